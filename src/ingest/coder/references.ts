/**
 * References: spans that stand for an actor without being one of its mentions (the annotations count
 * names, demonyms and capitals as mentions, not descriptions). The event and statement rules resolve a
 * token through them when no mention covers it (`actorAt`):
 * - "the Argentine leader" found by the gazetteer's rules for the leader the article named;
 * - a title or body without a name or country word ("the foreign minister said", "the government",
 *   "the ministry") is the state of its context when that is unambiguous: exactly one state named in
 *   its sentence before it, else exactly one in the sentence before;
 * - but a title the article gave exactly one of its people ("the emir" after "the emir, Sheikh Faisal";
 *   "the prime minister" after "Prime Minister Levan Gogiashvili") is that person (titled-people.ts).
 */
import type { Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { NlpDocument, NlpSentence } from '../nlp/corenlp.client';
import { type MutableActor, isTitleWord, overlapsAny } from './name-spans';
import { personTitles, titledPerson } from './titled-people';

export interface ActorReference {
  readonly start: number;
  readonly end: number;
  readonly actorId: string;
}

/** Head nouns of a description that stands for a state's government. */
const STATE_DESCRIPTIONS: ReadonlySet<string> = new Set(
  ['government', 'ministry', 'minister', 'president', 'premier', 'chancellor', 'cabinet'].concat([
    'presidency',
    'administration',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'leader',
  ]),
);

/** Moves person mentions that contain a country mention ("Argentine leader") to references. */
export function roleMentionsToReferences(actors: MutableActor[]): ActorReference[] {
  const countries = actors.filter(a => a.kind === ActorKind.COUNTRY).flatMap(a => a.mentions);
  const out: ActorReference[] = [];
  for (const a of actors.filter(x => x.kind === ActorKind.PERSON)) {
    const roles = a.mentions.filter(m => overlapsAny(m, countries));
    a.mentions = a.mentions.filter(m => !roles.includes(m));
    out.push(...roles.map(m => ({ start: m.start, end: m.end, actorId: a.id })));
  }
  return out;
}

/** The distinct states whose mentions fall in [from, to). */
function statesIn(actors: readonly MutableActor[], from: number, to: number): string[] {
  return actors
    .filter(a => a.kind === ActorKind.COUNTRY)
    .filter(a => a.mentions.some(m => from <= m.start && m.end <= to))
    .map(a => a.id);
}

function sentenceSpan(s: NlpSentence): { start: number; end: number } {
  const first = s.tokens[0];
  const last = s.tokens[s.tokens.length - 1];
  return { start: first?.characterOffsetBegin ?? 0, end: last?.characterOffsetEnd ?? 0 };
}

/** "the foreign minister said" → the one state of its context (see above). */
export function descriptionReferences(
  doc: NlpDocument,
  actors: readonly MutableActor[],
  ignored: readonly Span[],
): ActorReference[] {
  const out: ActorReference[] = [];
  const taken = actors.flatMap(a => a.mentions);
  const titles = personTitles(doc, actors);
  doc.sentences.forEach((sentence, k) => {
    for (const t of sentence.tokens) {
      if (!(STATE_DESCRIPTIONS.has(t.word) || isTitleWord(t.word)) || t.pos !== 'NN') {
        continue;
      }
      const head = { start: t.characterOffsetBegin, end: t.characterOffsetEnd };
      // "the foreign minister": only a determiner and lower-case words between "the" and the head
      let i = t.index - 2;
      while (i >= 0 && /^\p{Ll}/u.test(sentence.tokens[i]?.word ?? '') && i > t.index - 4) {
        if (sentence.tokens[i]?.word.toLowerCase() === 'the') {
          break;
        }
        i -= 1;
      }
      const det = sentence.tokens[i];
      const named = sentence.tokens
        .slice(t.index, t.index + 3)
        .some(x => x.ner === 'PERSON' || x.ner === 'ORGANIZATION'); // "the minister, Kwame Asante"
      if (
        det?.word.toLowerCase() !== 'the' ||
        named ||
        overlapsAny(head, taken) ||
        overlapsAny(head, ignored)
      ) {
        continue;
      }
      const words = sentence.tokens.slice(i + 1, t.index).map(x => x.word.toLowerCase());
      const person = titledPerson(titles, words);
      if (person !== null) {
        out.push({ start: det.characterOffsetBegin, end: head.end, actorId: person });
        continue;
      }
      if (!STATE_DESCRIPTIONS.has(t.word)) {
        continue;
      }
      const own = sentenceSpan(sentence);
      let states = statesIn(actors, own.start, head.start);
      const prev = doc.sentences[k - 1];
      if (states.length === 0 && prev !== undefined) {
        const p = sentenceSpan(prev);
        states = statesIn(actors, p.start, p.end);
      }
      const state = states.length === 1 ? states[0] : undefined;
      if (state !== undefined) {
        out.push({ start: det.characterOffsetBegin, end: head.end, actorId: state });
      }
    }
  });
  return out;
}
