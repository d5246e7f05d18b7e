/**
 * What a gold actor the coder did not recognise is called in a missed event's sentence, for the causes
 * report's "source / target not recognised" sub-classes (event-causes.ts): its gold mention there when
 * the annotations give one (a name, a short name, a demonym, a capital or place, a title or role noun,
 * a body noun, a pronoun), else the first word of the evidence that names no actor for the coder and is
 * a reference of one of those kinds ("the two countries", "he", "the minister", "the ministry") that the
 * coder's argument reader (`args`) does not read as the event's other actor (it gives what the coder
 * read the word as, if anything), else nothing. The nouns are the coder's own (speaker-nouns.ts).
 */
import type { KgActor, Span } from '../kg/kg-batch';
import { type EventContext, actorOfToken, args } from '../ingest/coder/arguments';
import { possessiveActor } from '../ingest/coder/pronouns';
import { isElidedPair, isPairNoun } from '../ingest/coder/pair-words';
import type { SentenceView } from '../ingest/coder/sentence-view';
import { BODY_NOUNS, ROLE_NOUNS, SPOKES_NOUNS } from '../ingest/coder/speaker-nouns';

export type GoldActor = Pick<KgActor, 'id' | 'name' | 'mentions'>;

export interface Reference {
  /** "a pronoun", "a title or role noun", "a body noun", "a plural of the pair", "a capital or place",
   * "a short name", "a demonym", "a name", "a common noun", or "nothing". */
  readonly kind: string;
  /** The words, or '' for nothing. */
  readonly words: string;
}

const PLACES: ReadonlySet<string> = new Set(['CITY', 'LOCATION', 'STATE_OR_PROVINCE']);
const PRONOUNS: ReadonlySet<string> = new Set(['PRP', 'PRP$']);

const inside = (view: SentenceView, i: number, s: { start: number; end: number }): boolean =>
  s.start <= view.token(i).characterOffsetBegin && view.token(i).characterOffsetEnd <= s.end;

const tokens = (view: SentenceView): number[] => [...Array(view.size).keys()].map(k => k + 1);

/** The kind of a common-noun or pronoun reference at `i`, or null. */
function wordKind(view: SentenceView, i: number): string | null {
  const t = view.token(i);
  const lemma = view.lemma(i).toLowerCase();
  if (PRONOUNS.has(t.pos)) {
    return 'a pronoun';
  }
  if (isPairNoun(view, i) || isElidedPair(view, i)) {
    return 'a plural of the pair';
  }
  if (t.pos.startsWith('NNP')) {
    return null;
  }
  if (ROLE_NOUNS.has(lemma) || SPOKES_NOUNS.has(lemma) || t.ner === 'TITLE') {
    return 'a title or role noun';
  }
  return BODY_NOUNS.has(lemma) ? 'a body noun' : null;
}

/** The kind of the gold mention `m` of `actor` (tokens of `view`). */
function mentionKind(view: SentenceView, m: Span, actor: GoldActor): string {
  const ks = tokens(view).filter(i => inside(view, i, m));
  const head = ks[ks.length - 1];
  if (head === undefined) {
    return 'a name';
  }
  const kind = ks.map(i => wordKind(view, i)).find(k => k !== null);
  if (kind !== undefined && kind !== null) {
    return kind;
  }
  if (ks.some(i => PLACES.has(view.token(i).ner))) {
    return 'a capital or place';
  }
  if (ks.some(i => view.token(i).ner === 'NATIONALITY' || view.token(i).pos.startsWith('JJ'))) {
    return 'a demonym';
  }
  if (!ks.some(i => view.token(i).pos.startsWith('NNP'))) {
    return 'a common noun';
  }
  const name = actor.name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const words = m.text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const short = words.length < name.filter(Boolean).length && words.every(w => name.includes(w));
  return short || /^\p{Lu}{2,}$/u.test(m.text.trim()) ? 'a short name' : 'a name';
}

/** The actors the coder reads token `i` as: an argument (`args`), or a possessive "its" (pronouns.ts). */
function readAs(view: SentenceView, ctx: EventContext, i: number): string[] {
  const own = args(view, ctx, [[i, null]], true).map(a => a.actor.id);
  const its = view.token(i).pos === 'PRP$' ? possessiveActor(view, ctx, i, actorOfToken) : null;
  return its === null ? own : [...own, its.id];
}

/**
 * The reference to `actor` in the sentences `views` of a missed event with evidence `spans`; `actor`
 * undefined when the gold names no such actor, `other` the event's other actor's id.
 */
export function referenceOf(
  views: readonly SentenceView[],
  ctx: EventContext,
  spans: readonly Span[],
  actor: GoldActor | undefined,
  other: string,
): Reference {
  for (const view of views) {
    const from = view.token(1).characterOffsetBegin;
    const to = view.token(view.size).characterOffsetEnd;
    const here = (actor?.mentions ?? []).filter(m => from <= m.start && m.end <= to);
    const m =
      here.find(x => spans.some(s => s.start <= x.start && x.end <= s.end)) ?? here[0] ?? null;
    if (m !== null && actor !== undefined) {
      return { kind: mentionKind(view, m, actor), words: m.text };
    }
  }
  for (const view of views) {
    for (const i of tokens(view).filter(k => spans.some(s => inside(view, k, s)))) {
      const kind = wordKind(view, i);
      const read = kind === null ? [] : readAs(view, ctx, i);
      // a word the coder reads as the event's other actor is that actor's reference, not this one's
      if (kind !== null && !read.some(id => id === other || ctx.states.get(id) === other)) {
        const as = read.length > 0 ? ` (read as ${read.join(', ')})` : '';
        return { kind, words: `${view.token(i).word}${as}` };
      }
    }
  }
  return { kind: 'nothing', words: '' };
}
