/**
 * A request or an offer told as a noun with its maker named: "refused a request from Libya to extradite
 * …", "turned down an offer from Qatar to mediate", "lowered its duties in 2023, following a request
 * from Quito". The noun's `from` / `of` / `by` / possessor makes the request (020) or the offer (030;
 * 039 an offer to mediate) to the one the clause it hangs on tells as answering it: the subject of the
 * verb whose object it is ("refused a request", "turned down an offer"), or of the verb it modifies ("at
 * the request of", "following a request from"), or the agent of a passive one ("the request was
 * rejected by"). That one is taken as its state, as the annotations code a request to a government's
 * body (a court that refuses an extradition request stands for its state). An agentless passive
 * ("was arrested at the request of Tegucigalpa") names no one who answered: then the other side of
 * the article's main dyad, under guards (`agentlessAnswerers`). Told as done (ASSERTED).
 */
import { type Arg, type EventContext, args, stateOf } from './arguments';
import type { DraftEvent } from './draft-event';
import { sourcesOf } from './event-sources';
import { addNounActs, inIgnoredSpan } from './nominal-events';
import type { SentenceView } from './sentence-view';
import { namedStates } from './summoned-envoys';

/** Nouns of a request or an offer, with the code of the act. */
const REQUEST_NOUNS: ReadonlyMap<string, string> = new Map([
  ['request', '020'],
  ['appeal', '020'],
  ['plea', '020'],
  ['offer', '030'],
]);

/** The relations by which a request noun names its maker. */
const MAKER_RELS: readonly string[] = ['nmod:from', 'nmod:of', 'nmod:by', 'nmod:poss'];

/** Verbs that mediate: an offer to do one is an offer to mediate (039). */
const MEDIATING: ReadonlySet<string> = new Set(['mediate', 'broker', 'facilitate']);

/** The code of the request or offer the noun at `n` names, or null. */
function codeOf(view: SentenceView, n: number, head: number): string | null {
  const code = REQUEST_NOUNS.get(view.lemma(n)) ?? null;
  if (code !== '030') {
    return code;
  }
  // "an offer from Qatar to mediate": the parser hangs the infinitive on the noun or on its verb
  const infinitives = [...view.dependents(n, 'acl'), ...view.dependents(head, 'xcomp')];
  return infinitives.some(x => MEDIATING.has(view.lemma(x))) ? '039' : code;
}

/** The ones a request noun hung on `head` by `rel` is made to: their states. */
function addressees(view: SentenceView, ctx: EventContext, head: number, rel: string): Arg[] {
  if (!view.token(head).pos.startsWith('VB')) {
    return [];
  }
  // "refused a request", "at the request of", "the request was rejected by Chile" (its agent)
  if (rel !== 'obj' && rel !== 'nsubj:pass' && !rel.startsWith('obl')) {
    return [];
  }
  const { args: found, passive } = sourcesOf(view, ctx, head);
  if (passive !== (rel === 'nsubj:pass') && !rel.startsWith('obl')) {
    return [];
  }
  return found.map(a => {
    const state = ctx.actors.actors.find(x => x.id === stateOf(ctx, a.actor.id));
    return state === undefined ? a : { ...a, actor: state };
  });
}

/**
 * "were frozen … at the request of prosecutors in Chisinau", "was arrested … at the request of
 * Tegucigalpa": an agentless passive act done at a state's request was done by the other side of the
 * article's main dyad, the one the request went to, when the maker's state is one side and the
 * sentence names no state but the maker's (in "troops from Fiji were flown in at the request of the
 * Tongan government" the ones who answered are named).
 */
function agentlessAnswerers(
  view: SentenceView,
  ctx: EventContext,
  head: number,
  rel: string,
  makers: readonly Arg[],
): Arg[] {
  if (!rel.startsWith('obl') || ctx.discourse === undefined) {
    return [];
  }
  const { args: found, passive } = sourcesOf(view, ctx, head);
  const states = [...new Set(makers.map(m => stateOf(ctx, m.actor.id)))];
  const [state] = states;
  if (!passive || found.length > 0 || state === undefined || states.length !== 1) {
    return [];
  }
  const other = ctx.discourse.counterpart(state);
  const actor = ctx.actors.actors.find(a => a.id === other);
  const alone = namedStates(view, ctx, new Set([state])).length === 0;
  return actor === undefined || !alone ? [] : [{ actor, token: head, prep: null }];
}

/** The requests and offers the nouns of one sentence name; `coded` are the events already drafted. */
export function requestNounEvents(
  view: SentenceView,
  ctx: EventContext,
  coded: readonly DraftEvent[],
): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const t of view.sentence.tokens) {
    const arc = view.headArc(t.index);
    if (!REQUEST_NOUNS.has(view.lemma(t.index)) || !t.pos.startsWith('NN') || arc === null) {
      continue;
    }
    const code = codeOf(view, t.index, arc.head);
    if (code === null || inIgnoredSpan(ctx, t) || arc.head === 0) {
      continue;
    }
    const makers = MAKER_RELS.flatMap(r => view.dependents(t.index, r));
    const sources = args(
      view,
      ctx,
      makers.map((k): [number, null] => [k, null]),
    );
    const answering = sources.length === 0 ? [] : addressees(view, ctx, arc.head, arc.rel);
    const targets =
      answering.length > 0 || sources.length === 0
        ? answering
        : agentlessAnswerers(view, ctx, arc.head, arc.rel, sources);
    addNounActs(view, ctx, t.index, { code, patterned: false }, { sources, targets }, coded, out);
  }
  return out;
}
