/**
 * Dated subjects. A clause that opens with a date and no comma, "In 2019 Kenyan police arrested …",
 * is often parsed as one prepositional phrase: the date becomes a modifier of the subject's noun and
 * the noun the verb's `in` oblique, so the verb has no subject (obl:in(arrested, police),
 * nummod(police, 2019)). sentence-view.ts reads such an arc as the subject it is: the noun comes after
 * the date, the date after the "in" that opens the phrase, and the verb after the noun has no subject.
 */
import type { NlpDependency, NlpSentence } from '../nlp/corenlp.client';

/** Relations of the date token the parser hangs on the subject noun ("2019 Kenyan police"). */
const DATE_MODIFIERS: ReadonlySet<string> = new Set(['nummod', 'compound', 'amod']);

/**
 * The arc `d` of the sentence read as a subject when it is the `in` oblique of a subjectless verb
 * whose noun the parser glued to an opening date; else `d` itself.
 */
export function pastDate(d: NlpDependency, sentence: NlpSentence): NlpDependency {
  const n = d.dependent;
  const v = d.governor;
  const token = (i: number) => sentence.tokens[i - 1];
  if (d.dep !== 'obl:in' || n > v || token(n)?.ner === 'DATE' || !token(v)?.pos.startsWith('VB')) {
    return d;
  }
  const arcs = sentence.enhancedPlusPlusDependencies;
  const date = arcs.find(
    x =>
      x.governor === n &&
      x.dependent < n &&
      DATE_MODIFIERS.has(x.dep) &&
      token(x.dependent)?.ner === 'DATE',
  )?.dependent;
  const opener = date === undefined ? undefined : token(date - 1);
  const opens =
    opener !== undefined &&
    opener.lemma.toLowerCase() === 'in' &&
    arcs.some(x => x.dep === 'case' && x.governor === n && x.dependent === opener.index);
  const subject = arcs.some(x => x.governor === v && x.dep.startsWith('nsubj'));
  return opens && !subject ? { ...d, dep: 'nsubj' } : d;
}
