/**
 * A participle that modifies a noun (acl) has no subject of its own; it acts for the noun:
 * - on a predicate noun, for the subject of the copula: "the Soviet Union was an ally of North Korea,
 *   providing aid" is the Soviet Union's act, and the noun's relation names whom it is for: aid to
 *   North Korea (`partnerTokens`);
 * - on a document, for the one who issued it: "Russia issued a decree recognizing …", "Poland's order
 *   expelling …".
 */
import type { SentenceView } from './sentence-view';

/** Documents whose acts are their issuer's. */
const DOCUMENTS: ReadonlySet<string> = new Set([
  'decree',
  'order',
  'law',
  'resolution',
  'bill',
  'directive',
  'declaration',
  'ordinance',
  'edict',
  'proclamation',
  'regulation',
]);
/** Nouns of a relation to another actor, named by their `of` / `to`: "an ally of North Korea". */
const PARTNERS: ReadonlySet<string> = new Set([
  'ally',
  'partner',
  'supporter',
  'backer',
  'patron',
  'sponsor',
  'donor',
  'supplier',
  'creditor',
  'friend',
]);

/** The noun the subjectless participle at `v` modifies, or null. */
function modifiedNoun(view: SentenceView, v: number): number | null {
  if (view.token(v).pos !== 'VBG' || view.dependents(v, 'nsubj', 'nsubj:pass').length > 0) {
    return null;
  }
  return view.headArcs(v).find(a => a.rel === 'acl' && a.head > 0)?.head ?? null;
}

/** The tokens that act for the participle at `v` (subjects, possessors), or []. */
export function participleSubjects(view: SentenceView, v: number): number[] {
  const n = modifiedNoun(view, v);
  if (n === null) {
    return [];
  }
  if (view.dependents(n, 'cop').length > 0) {
    return view.dependents(n, 'nsubj');
  }
  if (!DOCUMENTS.has(view.lemma(n))) {
    return [];
  }
  const poss = view.dependents(n, 'nmod:poss');
  if (poss.length > 0) {
    return poss;
  }
  const issued = view.headArcs(n).find(a => a.rel === 'obj' && a.head > 0);
  return issued === undefined ? [] : view.dependents(issued.head, 'nsubj');
}

/** "an ally of North Korea, providing aid": the partner the participle at `v` acts for, or []. */
export function partnerTokens(view: SentenceView, v: number): number[] {
  if (view.token(v).pos !== 'VBG') {
    return [];
  }
  // the parser hangs the participle on the noun (acl) or joins it to it (conj)
  const n = view
    .headArcs(v)
    .find(a => a.head > 0 && (a.rel === 'acl' || a.rel.startsWith('conj')))?.head;
  if (n === undefined || !PARTNERS.has(view.lemma(n)) || view.dependents(n, 'cop').length === 0) {
    return [];
  }
  return view.dependents(n, 'nmod:of', 'nmod:to');
}
