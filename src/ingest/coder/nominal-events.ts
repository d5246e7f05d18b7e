/**
 * Acts told as nouns that carry their own doer: "a Russian invasion of its territory", "Azerbaijan's
 * attack on the enclave", "the bombing of Gaza by Israel". The noun stands for its verb (invasion →
 * invade), whose CAMEO.2.0 reading gives the code; the doer is the noun's demonym, possessor or `by`,
 * the one acted on its `of` / `on` / `against` / `into`. The act is presupposed as done (ASSERTED), so
 * a noun under a threat, a warning, a plan or a denial ("warned of an invasion") codes nothing, nor one
 * whose act, source and target the verbs already coded.
 */
import { Modality } from '../../schema/domain.enum';
import { verbEntries } from '../dictionaries/dictionary.loader';
import { type Arg, type EventContext, args, evidenceOf, stateOf } from './arguments';
import type { DraftEvent } from './draft-event';
import { dateNear } from './event-dates';
import { isNegated } from './modality';
import type { NlpToken } from '../nlp/corenlp.client';
import type { SentenceView } from './sentence-view';

/** Nouns of acts with the verb whose reading codes them (morphology only: the code is CAMEO's). */
const NOMINALS: ReadonlyMap<string, string> = new Map([
  ['invasion', 'invade'],
  ['attack', 'attack'],
  ['occupation', 'occupy'],
  ['annexation', 'annex'],
  ['bombing', 'bomb'],
  ['bombardment', 'bomb'],
  ['shelling', 'shell'],
  ['blockade', 'blockade'],
  ['abduction', 'abduct'],
  ['kidnapping', 'kidnap'],
  ['assassination', 'assassinate'],
]);
/** Verbs over an act that has not happened: "warned of an invasion", "denied any attack". */
const UNREAL: ReadonlySet<string> = new Set([
  'threaten',
  'warn',
  'fear',
  'plan',
  'prepare',
  'deny',
  'prevent',
  'avoid',
  'rule',
  'risk',
  'deter',
]);
const TARGET_RELS: readonly string[] = ['nmod:of', 'nmod:on', 'nmod:against', 'nmod:into'];

/** The dictionary code of the verb a noun stands for, or null. */
function codeOf(verb: string): string | null {
  return verbEntries(verb).find(e => e.code.forward !== null)?.code.forward ?? null;
}

/** Is the act the noun at `n` names told as not (yet) done? */
function unreal(view: SentenceView, n: number): boolean {
  let h = view.headArc(n)?.head ?? 0;
  for (let depth = 0; depth < 4 && h > 0; depth++) {
    if (UNREAL.has(view.lemma(h)) || (view.token(h).pos.startsWith('VB') && isNegated(view, h))) {
      return true;
    }
    if (view.token(h).pos.startsWith('VB')) {
      return false;
    }
    h = view.headArc(h)?.head ?? 0;
  }
  return false;
}

const same = (a: DraftEvent, b: DraftEvent): boolean =>
  a.code.slice(0, 2) === b.code.slice(0, 2) &&
  a.sourceId === b.sourceId &&
  a.targetId === b.targetId;

/**
 * Adds the act `code` that the noun `n` tells, done (ASSERTED), from each source to each target of
 * another state, unless the same root between the same pair is in `known` or `out` already.
 */
export function addNounActs(
  view: SentenceView,
  ctx: EventContext,
  n: number,
  act: { code: string; patterned: boolean },
  parties: { sources: readonly Arg[]; targets: readonly Arg[] },
  known: readonly DraftEvent[],
  out: DraftEvent[],
): void {
  for (const s of parties.sources) {
    for (const o of parties.targets) {
      if (stateOf(ctx, s.actor.id) === stateOf(ctx, o.actor.id)) {
        continue;
      }
      const d: DraftEvent = {
        code: act.code,
        sourceId: s.actor.id,
        targetId: o.actor.id,
        modality: Modality.ASSERTED,
        date: dateNear(view, n),
        evidence: evidenceOf(view, ctx, [n, s.token, o.token]),
        verbPhrase: view.token(n).word,
        preposition: null,
        passive: false,
        patterned: act.patterned,
      };
      if (![...known, ...out].some(x => same(x, d))) {
        out.push(d);
      }
    }
  }
}

/** Is the token inside a span the article's boilerplate check ignores? */
export function inIgnoredSpan(ctx: EventContext, t: NlpToken): boolean {
  return ctx.ignored.some(s => t.characterOffsetBegin < s.end && s.start < t.characterOffsetEnd);
}

/** The acts the nouns of one sentence name; `coded` are the events already drafted. */
export function nominalEvents(
  view: SentenceView,
  ctx: EventContext,
  coded: readonly DraftEvent[],
): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const t of view.sentence.tokens) {
    const verb = NOMINALS.get(view.lemma(t.index));
    const code = verb === undefined || !t.pos.startsWith('NN') ? null : codeOf(verb);
    const ignored = inIgnoredSpan(ctx, t);
    if (code === null || ignored || unreal(view, t.index)) {
      continue;
    }
    const n = t.index;
    const doers = [...view.dependents(n, 'amod', 'nmod:poss', 'nmod:by', 'nmod:agent')];
    const sources = args(
      view,
      ctx,
      doers.filter(k => /^\p{Lu}/u.test(view.token(k).word)).map(k => [k, null]),
    );
    const targets = args(
      view,
      ctx,
      TARGET_RELS.flatMap(r => view.dependents(n, r)).map(k => [k, null]),
    );
    addNounActs(view, ctx, n, { code, patterned: false }, { sources, targets }, coded, out);
  }
  return out;
}
