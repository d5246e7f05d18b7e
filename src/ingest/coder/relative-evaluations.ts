/**
 * Another party's verdict on an act, told in a clause that hangs on the noun naming the act: "…, a move
 * that Benin's government described as “a provocation”", "…, a visit that Gabon's minister called
 * “premature”". The parser makes the clause a relative (acl:relcl) or a content clause of the noun
 * (ccomp, with "that" its mark), so the verb has no object of its own and the dictionary's readings,
 * which want one, do not hold. A quoted label of an act is criticism (111, as "called X “a liar”" is,
 * verb-supplement.ts); whom it is aimed at, the doer of the act, is found by event-targets.ts
 * (`summedUpDoers`, else `appositionDoers` here).
 */
import { deverbalRoot } from './deverbal-nouns';
import { isActNoun } from './reactions';
import type { SentenceView } from './sentence-view';
import { AGREEMENTS } from './supplement-words';

/** Verbs that give their object a label ("described it as …", "called it …"). */
export const LABEL_VERBS: readonly string[] = [
  'call',
  'describe',
  'term',
  'dub',
  'brand',
  'label',
  'characterise',
  'characterize',
];

const QUOTES: ReadonlySet<string> = new Set(['"', '“', '``', '‘']);

/**
 * The noun before `v` that the clause `v` heads hangs on (acl:relcl, acl, or ccomp of a noun), when the
 * clause has a subject of its own (or a passive's agent) and no object but that noun; else null.
 */
export function hostNoun(view: SentenceView, v: number): number | null {
  const up = view
    .headArcs(v)
    .find(
      a =>
        ['acl:relcl', 'acl', 'ccomp'].includes(a.rel) &&
        a.head > 0 &&
        a.head < v &&
        /^NNS?$/.test(view.token(a.head).pos),
    );
  if (up === undefined) {
    return null;
  }
  const noun = up.head;
  if (view.dependents(v, 'obj').some(o => o !== noun)) {
    return null;
  }
  const relativizer = (t: number): boolean => /^W(?:DT|P)$/.test(view.token(t).pos);
  const own =
    view.dependents(v, 'nsubj').some(s => s !== noun && !relativizer(s)) ||
    view.dependents(v, 'obl:agent').length > 0;
  return own ? noun : null;
}

/** Does an opening quote follow `v` within its label ("described on radio as “…”"), before a comma or verb? */
function quoteFollows(view: SentenceView, v: number): boolean {
  for (let k = v + 1; k <= Math.min(view.size, v + 10); k++) {
    const t = view.token(k);
    if (QUOTES.has(t.word)) {
      return true;
    }
    if (t.pos.startsWith('VB') || t.word === ',') {
      return false;
    }
  }
  return false;
}

/**
 * "…, a move that X described as “…”": a labelling verb gives the act its host noun names a quoted
 * label. An agreement is left out: a label a third party gives a pact ("a model") is praise as often.
 */
export function labelsNamedAct(view: SentenceView, v: number): boolean {
  const noun = hostNoun(view, v);
  if (noun === null || !quoteFollows(view, v)) {
    return false;
  }
  const lemma = view.lemma(noun).toLowerCase();
  if (AGREEMENTS.includes(lemma)) {
    return false;
  }
  return isActNoun(lemma) || deverbalRoot(lemma) !== null;
}

/** Arcs by which a noun hangs on the clause it sums up, and by which a verb hangs on the next verb up. */
const UP_RELS = /^(?:obj|obl|nmod|appos|dep|advcl|xcomp|conj)(?::|$)/;

/**
 * The doers of the act a summing-up noun names when the noun is set off by a comma after its clause
 * (", a visit that …", ", in a move that …"): the subjects of the nearest verb above the noun that has
 * one ("would send a team …, a visit that …": Malabo), else [].
 */
export function appositionDoers(view: SentenceView, noun: number): number[] {
  let k = noun - 1;
  while (k > 1 && view.token(k).pos.startsWith('JJ')) {
    k--;
  }
  if (k < 3 || !/^an?$/i.test(view.token(k).word)) {
    return [];
  }
  const before = view.token(k - 1).pos === 'IN' ? k - 2 : k - 1;
  if (before < 2 || view.token(before).word !== ',') {
    return [];
  }
  let h = noun;
  for (let depth = 0; depth < 4; depth++) {
    const up = view.headArcs(h).find(a => a.head > 0 && a.head < noun && UP_RELS.test(a.rel));
    if (up === undefined) {
      return [];
    }
    h = up.head;
    if (view.token(h).pos.startsWith('VB')) {
      const subjects = view.dependents(h, 'nsubj').filter(s => s < k);
      if (subjects.length > 0) {
        return subjects;
      }
    }
  }
  return [];
}
