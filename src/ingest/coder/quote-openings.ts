/**
 * Quotations that close right before a speech act's speaker ("“…,” Foreign Minister X told …"): whether
 * one does, and where the one that does opens (it may open sentences before the act's own).
 */
import type { Span } from '../../kg/kg-batch';
import type { BasicTree } from './basic-tree';
import type { SentenceView } from './sentence-view';
import type { SpeechAct } from './speech';

/** The article's text and its quotations. */
export interface QuoteScope {
  readonly text: string;
  readonly quotes: readonly Span[];
}

/** "“…,” Foreign Minister X told …": the quotation closes right before the speaker's phrase. */
export function quoteBefore(
  scope: QuoteScope,
  view: SentenceView,
  tree: BasicTree,
  q: Span,
  subject: number | null,
): boolean {
  const first = subject === null ? undefined : tree.subtree(subject)[0];
  if (first === undefined) {
    return false;
  }
  const at = view.token(first).characterOffsetBegin;
  return q.end <= at && /^[\s,.”"’]*$/.test(scope.text.slice(q.end, at));
}

/**
 * Where a quotation that closes right before `act`'s speaker opens ("“…. …,” she told X"): it may open
 * sentences before the act's own; null when there is none.
 */
export function openedBefore(
  scope: QuoteScope,
  view: SentenceView,
  tree: BasicTree,
  act: SpeechAct,
): number | null {
  return scope.quotes.find(q => quoteBefore(scope, view, tree, q, act.subject))?.start ?? null;
}
