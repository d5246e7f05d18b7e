/**
 * The actor a pronoun stands for, without coreference (too slow to run): the nearest fitting name.
 * - "he", "she", "him", "her": the last person named before, never the subject of the same verb
 *   ("Marcos hosted him");
 * - "it", "they" as a subject: the subject of the clause it is told in ("The United States said it was
 *   disappointed", "officials it accused"), else the last state or body named before;
 * - "them" as an object: the nearest people or body named before it in the sentence, other than the
 *   subject ("ordered four Russian diplomats to leave, accusing them").
 */
import { ActorKind } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import { actorAt } from './actor-mentions';
import type { EventContext } from './arguments';
import type { SentenceView } from './sentence-view';

type Resolve = (view: SentenceView, ctx: EventContext, i: number) => KgActor | null;

const PERSON: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);
const THING: ReadonlySet<string> = new Set(['it', 'they']);

function lastBefore(
  ctx: EventContext,
  offset: number,
  fits: (a: KgActor) => boolean,
): KgActor | null {
  let best: KgActor | null = null;
  let at = -1;
  for (const a of ctx.actors.actors) {
    if (!fits(a)) {
      continue;
    }
    for (const m of a.mentions) {
      if (m.end <= offset && m.start > at) {
        at = m.start;
        best = a;
      }
    }
  }
  return best;
}

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
    return lastBefore(
      ctx,
      t.characterOffsetBegin,
      a => a.kind === ActorKind.PERSON && !skip.has(a.id),
    );
  }
  const rel = view.headArc(i)?.rel ?? '';
  if (THING.has(lemma) && isSubject(rel)) {
    return (
      governingSubject(view, ctx, i, resolve) ??
      lastBefore(
        ctx,
        t.characterOffsetBegin,
        a => a.kind === ActorKind.COUNTRY || a.kind === ActorKind.ORGANIZATION,
      )
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
