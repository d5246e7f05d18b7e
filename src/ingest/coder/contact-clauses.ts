/**
 * Contact clauses: relative clauses with no relative pronoun whose gap is the object ("Poland expelled
 * 45 Russian diplomats it accused of spying", "a charge Nouakchott rejects", "officials it accused of
 * helping"). CoreNLP rarely parses them as `acl:relcl`: it hangs the clause's verb on the clause before
 * (dep, parataxis) or the noun on the verb (dep), and the verb has no object. The noun right before the
 * clause's subject is the verb's object; sentence-view.ts adds that arc.
 */
import type { NlpDependency, NlpSentence, NlpToken } from '../nlp/corenlp.client';

/** Relations that make up the phrase of a subject, to find its first word. */
const SUBJECT_PHRASE: ReadonlySet<string> = new Set([
  'compound',
  'flat',
  'amod',
  'det',
  'nummod',
  'nmod:poss',
  'case',
]);
/** How a parser that missed the relative clause joins it to its sentence. */
const LOOSE: ReadonlySet<string> = new Set(['dep', 'parataxis']);
/** Named entity classes of nouns that are no object: "On Monday Russia expelled". */
export const NOT_OBJECTS: ReadonlySet<string> = new Set([
  'DATE',
  'TIME',
  'DURATION',
  'NUMBER',
  'SET',
]);

/**
 * The first token of the subject phrase headed by `i`. A common noun the parser made a compound of a
 * name ("a practice Reykjavik has condemned" read as the compound "practice Reykjavik") is not part of
 * it: it is the clause's object.
 */
function firstToken(sentence: NlpSentence, i: number): number {
  const deps = sentence.enhancedPlusPlusDependencies;
  const token = (k: number): NlpToken | undefined => sentence.tokens[k - 1];
  // "a practice Reykjavik": an indefinite common noun read as part of a name
  const misread = (k: number): boolean =>
    (token(i)?.pos ?? '').startsWith('NNP') &&
    /^NNS?$/.test(token(k)?.pos ?? '') &&
    deps.some(
      d =>
        (d.governor === k || d.governor === i) &&
        d.dep === 'det' &&
        d.dependent < k &&
        /^an?$/i.test(token(d.dependent)?.word ?? ''),
    );
  const cut = deps.find(d => d.governor === i && d.dep === 'compound' && misread(d.dependent));
  if (cut !== undefined) {
    return cut.dependent + 1;
  }
  let first = i;
  for (const d of deps) {
    if (d.governor === i && SUBJECT_PHRASE.has(d.dep) && d.dependent < i) {
      first = Math.min(first, firstToken(sentence, d.dependent));
    }
  }
  return first;
}

/** The object arcs the contact clauses of `sentence` leave out: obj(verb, noun before its subject). */
export function contactObjects(sentence: NlpSentence): NlpDependency[] {
  const deps = sentence.enhancedPlusPlusDependencies;
  const pos = (i: number): string => sentence.tokens[i - 1]?.pos ?? '';
  const out: NlpDependency[] = [];
  for (const s of deps) {
    const v = s.governor;
    if (s.dep !== 'nsubj' || !/^VB[DZPN]?$/.test(pos(v)) || s.dependent > v) {
      continue;
    }
    const n = firstToken(sentence, s.dependent) - 1;
    const noun = sentence.tokens[n - 1];
    if (noun === undefined || !noun.pos.startsWith('NN') || NOT_OBJECTS.has(noun.ner)) {
      continue;
    }
    // a noun phrase that opens the sentence is no clause's object: "The opposition Unity Party accused
    // the president …", misparsed with "opposition" as the root and "accused" hung on it
    if (firstToken(sentence, n) === 1) {
      continue;
    }
    // the clause is loose: the verb hangs on another head by dep/parataxis, or the noun on the verb
    const loose = deps.some(
      d =>
        (d.dependent === v && LOOSE.has(d.dep) && d.governor !== 0) ||
        (d.dependent === n && d.governor === v && LOOSE.has(d.dep)),
    );
    // a relative clause with its own link, or a clause that reports speech, has no gap to fill
    const linked = deps.some(
      d =>
        d.governor === v &&
        (d.dep === 'mark' || d.dep === 'ccomp' || d.dep === 'nsubj:pass' || d.dependent === n) &&
        !(d.dependent === n && LOOSE.has(d.dep)),
    );
    if (loose && !linked) {
      out.push({
        dep: 'obj',
        governor: v,
        governorGloss: sentence.tokens[v - 1]?.word ?? '',
        dependent: n,
        dependentGloss: noun.word,
      });
    }
  }
  return out;
}
