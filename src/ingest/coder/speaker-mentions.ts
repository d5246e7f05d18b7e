/**
 * The actor mentions of an article as the statement coder sees them: character ranges with the
 * actor's id and kind, which of them cover a set of parse tokens, and which are the subject of a
 * clause (a pronoun "he" refers back to a subject before a name merely mentioned).
 */
import type { ActorKind } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import type { NlpDocument } from '../nlp/corenlp.client';
import { SentenceView } from './sentence-view';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly kind: ActorKind;
}

export function mentionsOf(actors: readonly KgActor[]): Mention[] {
  return actors
    .flatMap(a => a.mentions.map(m => ({ start: m.start, end: m.end, id: a.id, kind: a.kind })))
    .sort((x, y) => x.start - y.start || y.end - x.end);
}

/** The mentions overlapping the characters of `tokens`. */
export function covering(
  mentions: readonly Mention[],
  view: SentenceView,
  tokens: readonly number[],
): Mention[] {
  const ids = new Set<Mention>();
  for (const t of tokens) {
    const tok = view.token(t);
    for (const m of mentions) {
      if (m.start < tok.characterOffsetEnd && tok.characterOffsetBegin < m.end) {
        ids.add(m);
      }
    }
  }
  return [...ids];
}

/** The mentions that are the subject (basic nsubj) of some clause of `doc`: "he" prefers these. */
export function clauseSubjects(doc: NlpDocument, mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  for (const sentence of doc.sentences) {
    const view = new SentenceView(sentence);
    for (const d of sentence.basicDependencies) {
      if (d.dep === 'nsubj') {
        // "FENATRAP's president, Wilson Chicaiza, said": the person in apposition is the subject too
        const appos = sentence.basicDependencies
          .filter(a => a.dep === 'appos' && a.governor === d.dependent)
          .map(a => a.dependent);
        covering(mentions, view, [d.dependent, ...appos]).forEach(m => out.add(m));
      }
    }
  }
  return out;
}
