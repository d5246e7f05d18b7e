/**
 * The whole extent of a state body's name that the parse cut short:
 * - a ministry or department of several fields ("Ministry of Development, Industry and Trade", "Ministry
 *   of Foreign Affairs and International Cooperation"), which the parse splits at the comma or ends
 *   before "and";
 * - a body's name closed by its country ("Ministry of Foreign Affairs of Zambia"), which the parse
 *   ends before "of".
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { NlpSentence, NlpToken } from '../nlp/corenlp.client';
import { isBody } from './state-bodies';

const capital = (t: NlpToken | undefined): boolean => /^\p{Lu}/u.test(t?.word ?? '');

/** "Ministry of Development" + ", Industry and Trade": the fields listed after the name. */
function fieldList(sentence: NlpSentence, toks: readonly NlpToken[]): NlpToken[] {
  const words = toks.map(t => t.word);
  if (!/^(?:Ministry|Department)$/u.test(words[0] ?? '') || words[1] !== 'of') {
    return [];
  }
  const tail: NlpToken[] = [];
  for (let i = toks.at(-1)?.index ?? 0; i < sentence.tokens.length; i++) {
    const t = sentence.tokens[i] as NlpToken;
    const joiner = t.word === ',' || t.word === 'and';
    const other = ['LOCATION', 'PERSON', 'TITLE'].includes(t.ner);
    if (!joiner && (!capital(t) || other)) {
      break;
    }
    tail.push(t);
  }
  while (tail.length > 0 && !capital(tail.at(-1))) {
    tail.pop();
  }
  const listed =
    tail[0]?.word === 'and' || (tail[0]?.word === ',' && tail.some(t => t.word === 'and'));
  return listed ? tail : [];
}

/** "Ministry of Foreign Affairs" + "of (the) Zambia": the country closing the body's name. */
function closingCountry(
  sentence: NlpSentence,
  toks: readonly NlpToken[],
  gaz: Gazetteer,
): NlpToken[] {
  const next = toks.at(-1)?.index ?? 0;
  if (!isBody(toks) || sentence.tokens[next]?.word !== 'of') {
    return [];
  }
  const from = next + (sentence.tokens[next + 1]?.word.toLowerCase() === 'the' ? 2 : 1);
  for (let n = 3; n >= 1; n--) {
    const word = sentence.tokens.slice(from, from + n);
    if (word.length === n && gaz.countryWords.has(word.map(t => t.word).join(' '))) {
      return sentence.tokens.slice(next, from + n);
    }
  }
  return [];
}

/** The body's tokens with what the parse cut off its name (the module's comment). */
export function withBodyExtent(
  sentence: NlpSentence,
  toks: readonly NlpToken[],
  gaz: Gazetteer,
): NlpToken[] {
  const listed = [...toks, ...fieldList(sentence, toks)];
  return [...listed, ...closingCountry(sentence, listed, gaz)];
}
