/**
 * The small words inside a name the parse tagged as no entity ("the Front for National Renewal (FRN),
 * an armed group"): org-kinds.ts reads such a joined name as an actor when a class noun in apposition
 * describes it.
 */
import type { NlpSentence, NlpToken } from '../nlp/corenlp.client';
import { NAME_JOINERS } from './name-spans';

/**
 * Extends the capitalised words `toks` over the small words inside a name and the capitalised words after
 * them ("Front for National Renewal"); true when it did.
 */
export function joinWords(
  sentence: NlpSentence,
  toks: NlpToken[],
  name: (t: NlpToken | undefined) => boolean,
): boolean {
  let joined = false;
  for (let k = toks[toks.length - 1]?.index ?? 0; ;) {
    const joiner = sentence.tokens[k];
    if (joiner === undefined || !NAME_JOINERS.has(joiner.word) || !name(sentence.tokens[k + 1])) {
      return joined;
    }
    toks.push(joiner);
    for (k += 1; name(sentence.tokens[k]); k++) {
      toks.push(sentence.tokens[k] as NlpToken);
    }
    joined = true;
  }
}
