/**
 * Whom a warning or threat (13) is aimed at when its own clause names no one: the one the act it warns
 * of is aimed at. "The navy would board Liberian trawlers, he warned", "warned that the coast guard would
 * seize Liberian trawlers": the targets of the coded act of its content clause (a ccomp, or a finite
 * clause fronted before it with no subordinator: not "if", "when" or "because" clauses, nor a
 * participle), never the warner's own side nor the forum a complaint warned of is lodged with, and only
 * for an act whose subject is not another's ("warned that the rebels could strike" threatens no one; an
 * agent of a passive is not read).
 */
import { type Arg, type EventContext, args, targetsOf } from './arguments';
import { withoutDoers } from './doer-side';
import { isForumComplaint } from './forum-complaints';
import { isNegated } from './modality';
import type { SentenceView } from './sentence-view';
import { readingOf } from './verb-readings';

/** The root of threats and warnings. */
const THREAT_ROOT = '13';

/**
 * The content clauses of the verb at `v`: its ccomps, and a clause fronted before it with no
 * subordinator, whether the parser hangs that clause on the verb (advcl, parataxis) or the verb on
 * the clause ("… would seize them, Ghana warned": warned is the parataxis of seize).
 */
function contentClauses(view: SentenceView, v: number): number[] {
  // a finite clause with a subject of its own: not a participle ("Meeting X on Monday, the minister
  // warned …"), whose doer is the warner
  const finite = (c: number): boolean =>
    !['VBG', 'VBN'].includes(view.token(c).pos) &&
    view.dependents(c, 'nsubj', 'nsubj:pass').length > 0;
  const fronted = view
    .dependents(v, 'advcl', 'parataxis')
    .filter(c => c < v && view.dependents(c, 'mark').length === 0 && finite(c));
  // (only a warning with no content of its own: "accused Israel …, and warned that …" is a second act)
  const bare = view.dependents(v, 'ccomp', 'obj').length === 0;
  const over = view
    .headArcs(v)
    .filter(a => bare && a.rel === 'parataxis' && a.head > 0 && a.head < v)
    .map(a => a.head);
  return [...view.dependents(v, 'ccomp'), ...fronted, ...over];
}

/** The targets of the act a warning at `v` (code `code`) warns of, not the doers' side; else []. */
export function warnedActTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  code: string,
  doers: ReadonlySet<string>,
): Arg[] {
  if (!code.startsWith(THREAT_ROOT)) {
    return [];
  }
  for (const c of contentClauses(view, v)) {
    const read = readingOf(view, c);
    if (read === null || isNegated(view, c)) {
      continue;
    }
    // "warned that al-Shabaab could attack Somalia": a warning of another's act threatens no one
    const doing = args(
      view,
      ctx,
      view.dependents(c, 'nsubj').map((k): [number, null] => [k, null]),
    );
    if (withoutDoers(ctx, doers, doing).length > 0) {
      continue;
    }
    const passive = view.dependents(c, 'nsubj:pass').length > 0;
    // "would lodge a complaint with the European Commission": the forum is not the one warned
    const found = withoutDoers(ctx, doers, targetsOf(view, ctx, c, read, passive, doers)).filter(
      t => !isForumComplaint(ctx, read.code.forward, t.prep, t.actor),
    );
    if (found.length > 0) {
      return found;
    }
  }
  return [];
}
