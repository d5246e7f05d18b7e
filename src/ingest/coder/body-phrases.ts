/**
 * State bodies the parse tags as no entity: a body noun ("ministry", "police", "army", "Court") with
 * its modifiers in the parse (compound or amod: "foreign", "trade", "weather") and the capitalised words
 * of an "of" after it ("Court of Appeal") right after a country word that modifies it ("Belize's foreign
 * ministry", "Romanian foreign ministry", "Maltese police", "Malta court", "Malta's Court of Appeal") is
 * the body `org:<iso3>-<body>` of that country. The country word may hang on a modifier of the body ("the
 * Argentine interior ministry"), and a lower-case body the parse tagged ORGANIZATION without naming it is
 * read the same way. A body noun with no country word before it, or a country word the parse does not
 * hang on it, is not a body, except a bare "police" or named ministry ("Police detained", "the defence
 * ministry said"), which is the body of the state whose capital is the dateline (state-bodies.ts).
 */
import type { Span } from '../../kg/kg-batch';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/corenlp.client';
import { spanOf } from './name-spans';
import { bodySlug, countryBefore, datelineState } from './state-bodies';

/** Head nouns of a state body ("the Czech army", "Togolese presidency", "weather service"). */
const BODY_HEADS: ReadonlySet<string> = new Set(
  ['ministry', 'presidency', 'army', 'navy', 'police', 'court', 'parliament', 'service'].concat([
    'prosecutor',
    'embassy',
    'customs',
    'department',
    'bank',
    'lawmakers',
    'legislators',
    'mps',
    'parliamentarians',
    'senators',
  ]),
);
const MODIFIER_RELATIONS: ReadonlySet<string> = new Set(['compound', 'amod']);

export interface BodyPhrase {
  readonly countryId: string;
  /** The country word, without a possessive ("Belize" of "Belize's"); none for a bare body. */
  readonly countryWord?: Span;
  /** `<body>` of `org:<iso3>-<body>`: "foreign-ministry", "armed-forces". */
  readonly slug: string;
  /** The body's words without the country ("foreign ministry"). */
  readonly name: string;
  /** Country word to body noun ("Belize's foreign ministry"). */
  readonly mention: Span;
}

/**
 * A word no entity of the parse names: tagged O, or a lower-case word the parse put in an
 * ORGANIZATION it cannot name ("interior ministry" after "the Egyptian").
 */
const outside = (t: NlpToken | undefined): boolean =>
  t !== undefined && (t.ner === 'O' || (t.ner === 'ORGANIZATION' && /^\p{Ll}/u.test(t.word)));

/**
 * The words of the body headed by `head`: its adjacent modifiers, the noun, the capitalised words of an
 * "of" after it.
 */
function bodyWords(sentence: NlpSentence, head: NlpToken): NlpToken[] {
  const deps = sentence.basicDependencies.filter(d => d.governor === head.index);
  let first = head.index;
  // a modifier of the head or of a modifier already taken ("home" of "home affairs department")
  const modifies = (i: number): boolean =>
    sentence.basicDependencies.some(
      d =>
        d.dependent === i &&
        MODIFIER_RELATIONS.has(d.dep) &&
        d.governor >= first &&
        d.governor <= head.index,
    );
  const before = (): NlpToken | undefined => sentence.tokens[first - 2];
  while (modifies(first - 1) && /^\p{L}+$/u.test(before()?.word ?? '') && outside(before())) {
    first--;
  }
  let last = head.index;
  // the capitalised words of an of-phrase ("Court of Appeal", "Department of Foreign Affairs")
  let k = head.index + 1;
  while (outside(sentence.tokens[k]) && /^\p{Lu}/u.test(sentence.tokens[k]?.word ?? '')) {
    k++;
  }
  const tail = sentence.tokens.slice(head.index + 1, k);
  if (
    sentence.tokens[head.index]?.word === 'of' &&
    tail.length > 0 &&
    deps.some(d => tail.some(t => t.index === d.dependent))
  ) {
    last = k;
  }
  return sentence.tokens.slice(first - 1, last);
}

/** Bodies a story names bare for the state it is told from: "police detained", "the defence ministry". */
const HOME_HEADS: ReadonlySet<string> = new Set(['police', 'ministry']);

/**
 * A bare body of the dateline's state: "police" or a named ministry ("the defence ministry", not "the
 * ministry", which points back) with no owner ("its foreign ministry" is another state's) and not the
 * modifier of another noun ("police officers", "a ministry spokesperson").
 */
function isHomeBody(sentence: NlpSentence, head: NlpToken, words: readonly NlpToken[]): boolean {
  const owned = sentence.basicDependencies.some(
    d =>
      (d.governor === head.index && d.dep === 'nmod:poss') ||
      (d.dependent === head.index && d.dep === 'compound'),
  );
  const word = head.word.toLowerCase();
  return (
    !owned &&
    !isPlace(sentence, head) &&
    HOME_HEADS.has(word) &&
    (word === 'police' || words.length > 1)
  );
}

/** Prepositions that make a body the place something happens at or goes to, not a doer. */
const PLACE_CASES: ReadonlySet<string> = new Set(['to', 'at', 'in', 'into', 'outside', 'inside']);

/**
 * "summoned to the foreign ministry", "received at the foreign ministry": a bare body after a place
 * preposition is a building, the scene of the host state's act (eval/README.md: the envoy "summoned to
 * the ministry" is summoned by the ministry's state), not an actor of its own.
 */
function isPlace(sentence: NlpSentence, head: NlpToken): boolean {
  return sentence.basicDependencies.some(
    d =>
      d.governor === head.index &&
      d.dep === 'case' &&
      PLACE_CASES.has(sentence.tokens[d.dependent - 1]?.word.toLowerCase() ?? ''),
  );
}

/**
 * "a Chinese foreign ministry spokesman": the parse hangs the country word on the noun the body
 * modifies ("spokesman"), not on the body. Right before the body's words and a modifier of the same
 * noun the body is a compound of, it is the body's country word all the same.
 */
function sharesHolder(
  sentence: NlpSentence,
  head: NlpToken,
  words: readonly NlpToken[],
  country: Span,
): boolean {
  const holder = sentence.basicDependencies.find(
    d => d.dependent === head.index && d.dep === 'compound',
  )?.governor;
  const first = words[0];
  const before = first === undefined ? undefined : sentence.tokens[first.index - 2];
  return (
    holder !== undefined &&
    holder > head.index &&
    before !== undefined &&
    before.characterOffsetEnd === country.end &&
    sentence.basicDependencies.some(
      d => d.governor === holder && d.dependent === before.index && MODIFIER_RELATIONS.has(d.dep),
    )
  );
}

/** Every state body phrase the parse's entities miss, the longest body name first. */
export function bodyPhrases(text: string, doc: NlpDocument, gaz: Gazetteer): BodyPhrase[] {
  const out: BodyPhrase[] = [];
  const home = datelineState(text, gaz);
  for (const sentence of doc.sentences) {
    for (const head of sentence.tokens) {
      if (
        !head.pos.startsWith('NN') ||
        !outside(head) ||
        !BODY_HEADS.has(head.word.toLowerCase())
      ) {
        continue;
      }
      const words = bodyWords(sentence, head);
      const country = countryBefore(sentence, words, gaz);
      // the country word modifies the body, or a word of it, in the parse ("Belize's" is its
      // nmod:poss; "Argentine" a compound of "interior" in "the Argentine interior ministry")
      const inBody = new Set(words.map(t => t.index));
      const linked = sentence.basicDependencies.some(d => {
        const t = sentence.tokens[d.dependent - 1];
        return (
          inBody.has(d.governor) &&
          t !== undefined &&
          country !== null &&
          country.start <= t.characterOffsetBegin &&
          t.characterOffsetEnd <= country.end
        );
      });
      const shared = country !== null && sharesHolder(sentence, head, words, country);
      if (country === null && home !== null && isHomeBody(sentence, head, words)) {
        const { start, end } = spanOf(words);
        const name = text.slice(start, end);
        out.push({
          countryId: home,
          slug: bodySlug(words),
          name,
          mention: { start, end, text: name },
        });
        continue;
      }
      if (country === null || !(linked || shared)) {
        continue;
      }
      const { start } = country;
      const end = spanOf(words).end;
      out.push({
        countryId: country.id,
        countryWord: { start, end: country.end, text: country.text },
        slug: bodySlug(words),
        name: text.slice(spanOf(words).start, end),
        mention: { start, end, text: text.slice(start, end) },
      });
    }
  }
  // the fuller names first, so that a later short one ("Malta court") joins the body they name
  return out.sort((a, b) => b.slug.length - a.slug.length);
}
