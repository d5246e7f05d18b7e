/**
 * The actor a pronoun stands for, without coreference (too slow to run): the nearest fitting name.
 * - "he", "she", "him", "her": the last person named before, never the subject of the same verb
 *   ("Marcos hosted him");
 * - "it", "they" as a subject: the subject of the clause it is told in ("The United States said it was
 *   disappointed", "officials it accused"), else the last state, body or armed group named before;
 * - "them" as an object: the nearest people or body named before it in the sentence, other than the
 *   subject ("ordered four Russian diplomats to leave, accusing them").
 */
import { ActorKind } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import { actorAt } from './actor-mentions';
import { lastMentionedBefore } from './name-spans';
import type { EventContext } from './arguments';
import type { SentenceView } from './sentence-view';
import { titledAntecedent } from './titled-antecedents';

type Resolve = (view: SentenceView, ctx: EventContext, i: number) => KgActor | null;

const PERSON: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);
const THING: ReadonlySet<string> = new Set(['it', 'they']);
/**
 * What "it" and "its" stand for when no clause above names it: a state, an organisation or an armed
 * group ("The group, which calls itself the Gourma Liberation Front, … It had demanded a ransom").
 */
export const BODIES: ReadonlySet<ActorKind> = new Set([
  ActorKind.COUNTRY,
  ActorKind.ORGANIZATION,
  ActorKind.GROUP,
]);

function own(view: SentenceView, ctx: EventContext, k: number): KgActor | null {
  const t = view.token(k);
  return actorAt(ctx.actors, t.characterOffsetBegin, t.characterOffsetEnd);
}

const isSubject = (rel: string): boolean => rel === 'nsubj' || rel === 'nsubj:pass';

/** The subject of the clause a subject pronoun at `i` is told in, climbing a few heads. */
function governingSubject(view: SentenceView, ctx: EventContext, i: number, resolve: Resolve) {
  let verb = view.headArcs(i).find(a => isSubject(a.rel))?.head ?? 0;
  for (let depth = 0; depth < 4 && verb > 0; depth++) {
    const up = view.headArcs(verb).find(a => a.head > 0 && a.head !== verb);
    if (up === undefined) {
      return null;
    }
    verb = up.head;
    for (const s of view.dependents(verb, 'nsubj', 'nsubj:pass')) {
      if (view.token(s).pos !== 'PRP') {
        const a = resolve(view, ctx, s);
        if (a !== null && a.kind !== ActorKind.PERSON) {
          return a;
        }
      }
    }
  }
  return null;
}

/** The actor the pronoun at `i` stands for, or null. */
export function pronounActor(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  resolve: Resolve,
): KgActor | null {
  const t = view.token(i);
  const lemma = view.lemma(i);
  const head = view.headArc(i)?.head ?? 0;
  const subjects = head > 0 ? view.dependents(head, 'nsubj').filter(k => k !== i) : [];
  if (PERSON.has(lemma)) {
    const skip = new Set(subjects.map(k => own(view, ctx, k)?.id));
    const titledOne = titledAntecedent(view, ctx, i, skip);
    if (titledOne !== null) {
      return titledOne;
    }
    return lastMentionedBefore(
      ctx.actors.actors,
      t.characterOffsetBegin,
      a => a.kind === ActorKind.PERSON && !skip.has(a.id),
    );
  }
  const rel = view.headArc(i)?.rel ?? '';
  if (THING.has(lemma) && isSubject(rel)) {
    return (
      governingSubject(view, ctx, i, resolve) ??
      lastMentionedBefore(ctx.actors.actors, t.characterOffsetBegin, a => BODIES.has(a.kind))
    );
  }
  if (lemma === 'they' || lemma === 'them') {
    for (let k = i - 1; k >= 1; k--) {
      if (view.token(k).pos.startsWith('NN') && !subjects.includes(k)) {
        const a = resolve(view, ctx, k);
        if (a !== null) {
          return a;
        }
      }
    }
  }
  return null;
}

/** Relations that keep a word inside its head's noun phrase (not a clause hung on the noun). */
function isInPhrase(rel: string): boolean {
  return (
    rel.startsWith('nmod') || ['compound', 'appos', 'amod', 'conj', 'flat', 'fixed'].includes(rel)
  );
}

/**
 * The actor a possessive "its" / "their" at `i` stands for: the subject of the nearest clause above it
 * that has one ("Ukraine, which is resisting an invasion of its territory"), else the last state or
 * body named before; null for other words.
 */
export function possessiveActor(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  resolve: Resolve,
): KgActor | null {
  const word = view.token(i).word.toLowerCase();
  if (word !== 'its') {
    return null;
  }
  // a noun phrase never holds its own antecedent: in "will keep its airspace closed" the small
  // clause's subject is "its airspace" itself, and resolving it would come back here (a relative
  // clause is no part of its noun's phrase: "Guyana, which is resisting an invasion of its territory")
  const within = new Set<number>();
  for (let k = i; k > 0 && isInPhrase(view.headArc(k)?.rel ?? '');) {
    k = view.headArc(k)?.head ?? 0;
    within.add(k);
  }
  let h = view.headArc(i)?.head ?? 0;
  for (let depth = 0; depth < 5 && h > 0; depth++) {
    for (const s of view.dependents(h, 'nsubj', 'nsubj:pass')) {
      const a = view.token(s).pos.startsWith('NN') && !within.has(s) ? resolve(view, ctx, s) : null;
      if (a !== null && a.kind !== ActorKind.PERSON) {
        return a;
      }
    }
    h = view.headArc(h)?.head ?? 0;
  }
  return lastMentionedBefore(ctx.actors.actors, view.token(i).characterOffsetBegin, a =>
    BODIES.has(a.kind),
  );
}

/** Relations of a doer: "there" never points back to one. */
const DOER_RELS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:xsubj', 'obl:agent', 'obl:by']);
const PLACES: ReadonlySet<ActorKind> = new Set([ActorKind.COUNTRY, ActorKind.TERRITORY]);

/**
 * The token of the place "there" at `i` points back to: the last state or territory named before it in
 * the sentence as what is acted on or where, never a doer (a subject or an agent) and never one of
 * `skip` ("recognized two republics that were backed by Russia, … deployed there": the republics).
 */
export function thereAntecedent(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  skip: ReadonlySet<string>,
  resolve: Resolve,
): number | null {
  for (let k = i - 1; k >= 1; k--) {
    const rels = view.headArcs(k).map(a => a.rel);
    if (!view.token(k).pos.startsWith('NN') || rels.some(r => DOER_RELS.has(r))) {
      continue;
    }
    const a = resolve(view, ctx, k);
    if (a !== null && PLACES.has(a.kind) && !skip.has(a.id)) {
      return k;
    }
  }
  return null;
}
