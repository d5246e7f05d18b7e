/**
 * Mutual acts told as nouns with their parties: "a meeting in Thimphu between Nepal's foreign minister
 * and his Bhutanese counterpart", "secret talks between the two sides", "clashes between Kyrgyz and
 * Tajik border troops" (a fight, 190 each way). The noun is read as the object
 * of the light verb that performs it ("held talks"): its code is the one CAMEO.2.0 gives the pattern
 * `HOLD * NOUN` (TALKS, MEETING, &NEGOTIATION [046:046], SUMMIT [040:040] …), and only a pattern whose
 * paired code is the same both ways (a mutual act) makes the parties act on each other, each way. The
 * parties are the noun's `between` (with conjuncts and appositions). A noun under a verb that tells the
 * act as not (yet) done ("offered to host talks between", "did not attend the meeting between") codes
 * nothing, but one under a plain plan does ("will host talks between": the talks are settled); nor
 * does one whose act the verbs already coded between the same pair; the subject of that verb (a host,
 * a mediator) is no party ("Muscat, which hosted talks between the two sides"). A noun with no
 * `between` whose host a participle's "by" names ("agreed …, at the end of talks hosted by Ghana") is
 * the act of the two or more subjects of its clause.
 */
import { Modality } from '../../schema/domain.enum';
import { verbEntries } from '../dictionaries/dictionary.loader';
import type { VerbPattern } from '../dictionaries/dictionary.types';
import { type Arg, type EventContext, args, withConjuncts, stateOf } from './arguments';
import type { DraftEvent } from './draft-event';
import { isNegated, modalityOf } from './modality';
import { addNounActs, inIgnoredSpan } from './nominal-events';
import type { SentenceView } from './sentence-view';
import { AGREEMENTS } from './supplement-words';

/** Fights between two parties, each fighting the other (CAMEO.2.0 reads the verbs 190). */
const FIGHTS: ReadonlyMap<string, string> = new Map([
  ['clash', '190'],
  ['skirmish', '190'],
]);

/** "a 1900 convention between France and Spain": an agreement is signed by its parties (057). */
const SIGNING = '057';

/** The light verb whose dictionary patterns name the mutual acts it performs. */
const PERFORMER = 'HOLD';

let mutualCodes: ReadonlyMap<string, string> | undefined;

/** Single-noun patterns `- * NOUN [c:c]` written for the performer: noun (upper case) → code. */
function codesByNoun(): ReadonlyMap<string, string> {
  if (mutualCodes === undefined) {
    const out = new Map<string, string>();
    const own = (p: VerbPattern): boolean => p.note.trim().toUpperCase() === PERFORMER;
    for (const e of verbEntries(PERFORMER).filter(x => x.verb.after.length === 0)) {
      for (const p of e.patterns.filter(own)) {
        const [phrase, ...rest] = p.post;
        const { forward, reverse } = p.code;
        const single = phrase?.length === 1 && rest.length === 0 && p.pre.length === 0;
        const plain = p.postPreps.length === 0 && p.prePreps.length === 0;
        const word = phrase?.[0] ?? '';
        if (single && plain && forward !== null && forward === reverse && !word.startsWith('&')) {
          out.set(word, forward);
        }
      }
    }
    mutualCodes = out;
  }
  return mutualCodes;
}

/** The mutual code of the noun at `n` ("talks" 046, "summit" 040), or null. */
export function mutualNounCode(view: SentenceView, n: number): string | null {
  const t = view.token(n);
  if (!t.pos.startsWith('NN')) {
    return null;
  }
  const codes = codesByNoun();
  return codes.get(t.word.toUpperCase()) ?? codes.get(t.lemma.toUpperCase()) ?? null;
}

/** The code of a mutual noun CAMEO.2.0 has no HOLD pattern for: a clash (190), an agreement (057). */
function addedNounCode(view: SentenceView, n: number): string | null {
  const t = view.token(n);
  const lemma = t.lemma.toLowerCase();
  if (!t.pos.startsWith('NN')) {
    return null;
  }
  return FIGHTS.get(lemma) ?? (AGREEMENTS.includes(lemma) ? SIGNING : null);
}

/** The nearest verb above the noun at `n`, or 0. */
function governingVerb(view: SentenceView, n: number): number {
  let h = view.headArc(n)?.head ?? 0;
  for (let depth = 0; depth < 4 && h > 0; depth++) {
    if (view.token(h).pos.startsWith('VB')) {
      return h;
    }
    h = view.headArc(h)?.head ?? 0;
  }
  return 0;
}

/**
 * Is the act told as done or settled: its verb asserted or planned ("will host talks between"), not
 * negated, not an xcomp ("offered to host")?
 */
function told(view: SentenceView, h: number): boolean {
  const lowered = view.headArcs(h).some(a => a.rel === 'xcomp');
  const m = modalityOf(view, h);
  const settled = m === Modality.ASSERTED || m === Modality.PLANNED;
  return h === 0 || (!lowered && !isNegated(view, h) && settled);
}

/**
 * "A and B agreed …, at the end of talks hosted by C": talks with no `between` whose host or mediator a
 * participle's "by" names are held by the two or more subjects of the clause they are told in (through
 * the verb it is the xcomp of: "agreed to reopen the border after talks"), not by the one "by" names;
 * else []. The clause must tell its act as done.
 */
function hostedParties(view: SentenceView, ctx: EventContext, n: number): Arg[] {
  const participles = view.dependents(n, 'acl').filter(p => view.token(p).pos === 'VBN');
  const agents = participles.flatMap(p => view.dependents(p, 'obl:agent', 'obl:by'));
  const hosts = new Set(
    args(
      view,
      ctx,
      agents.map((k): [number, null] => [k, null]),
    ).map(a => stateOf(ctx, a.actor.id)),
  );
  if (hosts.size === 0) {
    return [];
  }
  let h = view.headArcs(n).find(a => a.head > 0 && !participles.includes(a.head))?.head ?? 0;
  for (let depth = 0; depth < 5 && h > 0; depth++) {
    if (view.token(h).pos.startsWith('VB') && view.dependents(h, 'nsubj').length > 0) {
      break;
    }
    const up = view.headArcs(h).find(a => a.head > 0);
    h = up?.head ?? 0;
  }
  // "agreed to reopen …": the act told is the agreeing, done at the end of the talks
  const main = view.headArcs(h).find(a => a.rel === 'xcomp' && a.head > 0)?.head ?? h;
  if (h === 0 || isNegated(view, main) || modalityOf(view, main) !== Modality.ASSERTED) {
    return [];
  }
  const parties = args(
    view,
    ctx,
    view.dependents(h, 'nsubj').map((k): [number, null] => [k, null]),
  ).filter(d => !hosts.has(stateOf(ctx, d.actor.id)));
  return parties.length >= 2 ? parties : [];
}

/** The mutual acts the nouns of one sentence name with their parties; `coded` are drafted already. */
export function mutualNounEvents(
  view: SentenceView,
  ctx: EventContext,
  coded: readonly DraftEvent[],
): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const t of view.sentence.tokens) {
    const n = t.index;
    const code = mutualNounCode(view, n) ?? addedNounCode(view, n);
    const ignored = inIgnoredSpan(ctx, t);
    if (code === null || ignored) {
      continue;
    }
    // "at the end of talks hosted by Kenya": the talks' parties are the subjects of their clause
    const between = withConjuncts(view, view.dependents(n, 'nmod:between'));
    const hosted = between.length === 0 ? hostedParties(view, ctx, n) : [];
    const h = governingVerb(view, n);
    if (hosted.length === 0 && !told(view, h)) {
      continue;
    }
    // the host of the talks is no party to them ("Muscat, which hosted talks between the two sides")
    const doers =
      h === 0
        ? []
        : args(
            view,
            ctx,
            view.dependents(h, 'nsubj').map(k => [k, null]),
          );
    const skip = new Set(doers.flatMap(d => [d.actor.id, stateOf(ctx, d.actor.id)]));
    const parties =
      hosted.length > 0
        ? hosted
        : args(
            view,
            ctx,
            between.map((k): [number, null] => [k, null]),
            true,
            skip,
          ).filter(p => !skip.has(p.actor.id) && !skip.has(ctx.states.get(p.actor.id) ?? ''));
    const act = { code, patterned: true };
    addNounActs(view, ctx, n, act, { sources: parties, targets: parties }, coded, out);
  }
  return out;
}
