/**
 * The actor mentions of an article as the statement coder sees them: character ranges with the
 * actor's id and kind, which of them cover a set of parse tokens, and which are the subject of a
 * clause (a pronoun "he" refers back to a subject before a name merely mentioned).
 */
import { ActorKind } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import type { NlpDocument } from '../nlp/corenlp.client';
import { SentenceView } from './sentence-view';
import { POSTED_NOUNS } from './speaker-nouns';
import { nounPhrase, preferred } from './speaker-phrases';

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

/**
 * What "it" at `at` refers to: the last organisation, state or group named before it, as the whole
 * phrase, not the country word that opens it ("The Dominican foreign ministry rejected … it said" is
 * the ministry, of which "Dominican" is only a modifier).
 */
export function lastCollective(
  mentions: readonly Mention[],
  at: number,
  among?: ReadonlySet<Mention>,
): Mention | null {
  const ok = (x: Mention): boolean =>
    x.kind === ActorKind.ORGANIZATION || x.kind === ActorKind.COUNTRY || x.kind === ActorKind.GROUP;
  const last =
    mentions.filter(m => m.end <= at && ok(m) && (among === undefined || among.has(m))).at(-1) ??
    null;
  return last === null
    ? null
    : (mentions.find(
        x => x !== last && ok(x) && x.start <= last.start && last.end <= x.end && x.end <= at,
      ) ?? last);
}

/** A diplomat or envoy named in the text: where, and whom the phrase names (the person, else the state). */
export interface Posted {
  readonly at: number;
  readonly id: string;
}

/**
 * The phrases headed by a diplomat's noun ("a senior Brazilian diplomat", "the Chinese ambassador",
 * "Hungary's ambassador, Gábor Fekete") that name someone, in text order: a later "the diplomat" or
 * "the envoy" takes up the last of them (speakers.ts). A title before a name or in apposition to it
 * ("Ambassador X", "X, Hungary's ambassador") is read with the name it belongs to.
 */
export function postedPhrases(doc: NlpDocument, mentions: readonly Mention[]): Posted[] {
  const out: Posted[] = [];
  for (const sentence of doc.sentences) {
    const view = new SentenceView(sentence);
    for (let i = 1; i <= view.size; i++) {
      if (!POSTED_NOUNS.has(view.lemma(i)) || view.lemma(i) === 'embassy') {
        continue;
      }
      const up = view.headArc(i);
      const anchor = up !== null && (up.rel === 'compound' || up.rel === 'appos') ? up.head : i;
      const named = preferred(covering(mentions, view, nounPhrase(view, anchor)));
      if (named !== null) {
        out.push({ at: view.token(i).characterOffsetBegin, id: named.id });
      }
    }
  }
  return out;
}
