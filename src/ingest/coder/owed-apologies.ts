/**
 * An apology is owed by whoever gave offence. "Madrid demanded a public apology" after "the Argentine
 * president called the Spanish premier's wife 'corrupt'": a demand or an appeal (roots 10, 02) whose
 * object is an apology, and which names no one to give it, is aimed at the one who criticised,
 * insulted or accused (root 11) the demander's side before. Only when that is one actor: every act of
 * root 11 told in an earlier sentence and aimed at the demander's side has the same doer, which is
 * not of the demander's side. A person stays the person (the one who has to apologise).
 */
import { type Arg, type EventContext, stateOf } from './arguments';
import type { DraftEvent } from './draft-event';
import { isRequest } from './release-holders';
import type { SentenceView } from './sentence-view';

/** Nouns for an apology asked for. */
const APOLOGY_NOUNS: ReadonlySet<string> = new Set(['apology']);

/** The apology noun the act at `v` asks for: its object, passive subject or `for` oblique. */
function apologyNoun(view: SentenceView, v: number): number | undefined {
  const nouns = [...view.dependents(v, 'obj', 'nsubj:pass'), ...view.dependents(v, 'obl:for')];
  return nouns.find(n => APOLOGY_NOUNS.has(view.lemma(n)));
}

/** The one who owes the apology the demand at `v` asks for, or []. */
export function apologyOwers(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  code: string,
  sources: readonly Arg[],
  prior: readonly DraftEvent[],
): Arg[] {
  const n = apologyNoun(view, v);
  if (!isRequest(code) || sources.length === 0 || n === undefined) {
    return [];
  }
  const own = new Set(sources.map(s => stateOf(ctx, s.actor.id)));
  const begin = view.token(1).characterOffsetBegin;
  const offenders = new Set(
    prior
      .filter(
        d =>
          d.evidence.start < begin && d.code.startsWith('11') && own.has(stateOf(ctx, d.targetId)),
      )
      .map(d => d.sourceId),
  );
  const [offender] = [...offenders];
  const actor = ctx.actors.actors.find(a => a.id === offender);
  if (offenders.size !== 1 || actor === undefined || own.has(stateOf(ctx, actor.id))) {
    return [];
  }
  return [{ actor, token: n, prep: null }];
}
