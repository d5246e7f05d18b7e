/**
 * A reaction to an act named by a noun ("condemned the decision", "criticised the pact") is aimed at the
 * states of the ones who did the act told just before (both sides of a mutual act, the doer of a
 * one-sided one), when the noun can name that act.
 */
import { type Arg, type EventContext, actorOfToken } from './arguments';
import type { DraftEvent } from './draft-event';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';

/**
 * Nouns that name an act reacted to ("condemned the decision", "criticised the pact") with the codes of
 * the acts they can name; [] for any act.
 */
const ACT_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['decision', []],
  ['move', []],
  ['step', []],
  ['announcement', []],
  ['action', []],
  ['switch', ['05', '16']],
  ['recognition', ['054']],
  ['sanction', ['163', '17']],
  ['measure', ['16', '17']],
  ['expulsion', ['161', '174']],
  ['pact', ['057', '03', '06']],
  ['agreement', ['057', '03', '06', '087']],
  ['deal', ['057', '03', '06']],
  ['accord', ['057', '03', '06', '087']],
  ['treaty', ['057']],
  ['truce', ['087']],
  ['ceasefire', ['087']],
  ['visit', ['042', '043']],
  ['attack', ['18', '19']],
  ['strike', ['18', '19']],
  ['ruling', ['11']],
]);
/** Praise, support, criticism, rejection: the codes of a reaction. */
const REACTION_CODES: readonly string[] = ['051', '052', '11', '12'];

/**
 * The states of the doers of the act of one of `codes` told last, as arguments at token `at`;
 * acts whose sides have no known state are passed over.
 */
function reactedTo(
  ctx: EventContext,
  prior: readonly DraftEvent[],
  codes: readonly string[],
  at: number,
): Arg[] {
  const fits = prior.filter(d => codes.length === 0 || codes.some(c => d.code.startsWith(c)));
  for (let i = fits.length - 1; i >= 0; i--) {
    const start = fits[i]?.evidence.start;
    const act = fits.filter(d => d.evidence.start === start);
    // the ones who acted: both sides of a mutual act ("the pact"), the doer of a one-sided one
    const sides = act.map(d => d.sourceId);
    const ids = new Set(sides.map(id => ctx.states.get(id)).filter(Boolean));
    const out = ctx.actors.actors.filter(a => ids.has(a.id));
    if (out.length > 0) {
      return out.map(actor => ({ actor, token: at, prep: null }));
    }
  }
  return [];
}

/** The targets of a reaction at `v` to an act its object names, or []. */
export function reactionTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  match: VerbMatch,
  prior: readonly DraftEvent[],
): Arg[] {
  const code = match.code.forward ?? '';
  const obj = view.dependents(v, 'obj')[0];
  const reaction = REACTION_CODES.some(c => code.startsWith(c));
  const codes = obj === undefined ? undefined : ACT_NOUNS.get(view.lemma(obj));
  if (!reaction || obj === undefined || codes === undefined) {
    return [];
  }
  return actorOfToken(view, ctx, obj) === null ? reactedTo(ctx, prior, codes, obj) : [];
}
