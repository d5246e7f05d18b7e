/**
 * Clauses whose act the sentence does not assert, beside the negations of modality.ts: what someone
 * denied ("denied that it had seized", "denied seizing", "rejected allegations that it had expelled"),
 * what is in question ("unclear whether Laos will sign", "Will Peru expel …?") and what is ruled out by
 * a "no" on the noun that frames it ("had no plans to expel"). An act coded from such a clause is false.
 */
import type { SentenceView } from './sentence-view';

/** Verbs whose complement is denied: "denied that it had", "dismissed reports that". */
const DENIALS: ReadonlySet<string> = new Set(['deny', 'dismiss', 'refute', 'rebut', 'reject']);
/** Nouns of a claim whose content clause is what the claim says: "allegations that it had …". */
const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'allegation',
  'accusation',
  'claim',
  'charge',
  'report',
  'suggestion',
  'rumour',
  'rumor',
  'speculation',
  'assertion',
]);
/** The relations by which a clause hangs from the verb or noun that frames it. */
const CLAUSE_RELS: ReadonlySet<string> = new Set(['ccomp', 'xcomp', 'acl', 'acl:to']);

/**
 * Is `n` a claim noun that a denial verb other than `v` takes as its object ("rejected allegations")?
 * The relative clause's own verb is not ("a charge Benin denies": the denial is the act).
 */
function deniedClaim(view: SentenceView, n: number, v: number): boolean {
  const denial = (h: number): boolean => h > 0 && h !== v && DENIALS.has(view.lemma(h));
  return (
    CLAIM_NOUNS.has(view.lemma(n)) && view.headArcs(n).some(a => a.rel === 'obj' && denial(a.head))
  );
}

/** Does the noun `n` carry a "no" ("no plans", "no intention")? */
function ruledOut(view: SentenceView, n: number): boolean {
  return view.dependents(n, 'det', 'advmod').some(d => view.lemma(d) === 'no');
}

/** Is the head `h` of a clause one that does not assert it: a denial, a denied claim, a "no" noun? */
function framesUnasserted(view: SentenceView, h: number, v: number): boolean {
  if (DENIALS.has(view.lemma(h)) || deniedClaim(view, h, v) || ruledOut(view, h)) {
    return true;
  }
  // "had no plans to expel", parsed with the clause on "had" beside its object "no plans"
  return view.lemma(h) === 'have' && view.dependents(h, 'obj').some(o => ruledOut(view, o));
}

/** A direct question: an auxiliary before the verb's subject, the sentence ending in "?". */
function isQuestion(view: SentenceView, v: number): boolean {
  const tokens = view.sentence.tokens;
  if (tokens[tokens.length - 1]?.word !== '?' || view.headArcs(v).some(a => a.head !== 0)) {
    return false;
  }
  const subject = view.dependents(v, 'nsubj', 'nsubj:pass')[0];
  return subject !== undefined && view.dependents(v, 'aux').some(a => a < subject);
}

/**
 * "The Houthis, who control most of the north, …", "Hungary, which holds the presidency, …": a verb in
 * the simple present, without an auxiliary, in a relative clause set off by a comma describes its
 * noun (a standing state of affairs), not an act the article reports.
 */
function describesNoun(view: SentenceView, v: number): boolean {
  if (!['VBZ', 'VBP'].includes(view.token(v).pos) || view.dependents(v, 'aux').length > 0) {
    return false;
  }
  const noun = view.headArcs(v).find(a => a.rel === 'acl:relcl' && a.head > 0)?.head;
  // the noun is the clause's subject ("Malawi, which Zambia accuses of …" is Zambia's act on Malawi)
  if (noun === undefined || !view.dependents(v, 'nsubj').includes(noun)) {
    return false;
  }
  // the relative pronoun ("who", "which"; `ref` of the noun in enhanced++) follows a comma
  const pronoun = view.dependents(noun, 'ref')[0];
  return pronoun !== undefined && pronoun < v && view.sentence.tokens[pronoun - 2]?.word === ',';
}

/** Is the act at `v` told in a clause the sentence does not assert? */
export function isUnasserted(view: SentenceView, v: number): boolean {
  if (describesNoun(view, v)) {
    return true;
  }
  if (view.dependents(v, 'mark').some(m => view.lemma(m) === 'whether')) {
    return true;
  }
  if (isQuestion(view, v)) {
    return true;
  }
  // a loose "dep" only for the shapes a denied clause takes: a gerund ("denied shelling") or a clause
  // opened by "that"; any other misparse under a denial is no sign the act was denied
  const denied = (rel: string): boolean =>
    CLAUSE_RELS.has(rel) ||
    (rel === 'dep' &&
      (view.token(v).pos === 'VBG' ||
        view.dependents(v, 'mark').some(m => view.lemma(m) === 'that')));
  return view
    .headArcs(v)
    .some(a => a.head > 0 && denied(a.rel) && framesUnasserted(view, a.head, v));
}
