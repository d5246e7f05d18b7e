/**
 * The state a body named with no country belongs to: a generic body ("the Foreign Office said") or a
 * ministry of any field ("the Ministry of Transport announced") is the state of the wire story's
 * dateline ("BERLIN (Reuters) -"), the one state the story is told from, unless the sentence puts it in
 * another state first ("In Brasília, the Ministry of …").
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { NlpSentence, NlpToken } from '../nlp/corenlp.client';
import { isGenericBody } from './state-bodies';

/**
 * The dateline's state for the body `toks` named with no country, or null; `at` is the 0-based index of
 * the entity's first token as the parse cut it (a place told before it puts the body elsewhere).
 */
export function homeState(
  sentence: NlpSentence,
  toks: readonly NlpToken[],
  at: number,
  gaz: Gazetteer,
  dateline: string | null,
): string | null {
  const ministry = /^Ministry$/u.test(toks[0]?.word ?? '') && toks[1]?.word === 'of';
  const elsewhere = sentence.entitymentions.some(e => {
    const state =
      gaz.countryWords.get(e.text) ??
      gaz.aliases.find(a => a.role === 'capital' && a.text === e.text)?.id;
    return e.ner === 'LOCATION' && e.tokenEnd <= at && state !== undefined && state !== dateline;
  });
  return isGenericBody(toks) || (ministry && !elsewhere) ? dateline : null;
}
