/**
 * A participle that modifies a noun (acl) has no subject of its own; it acts for the noun:
 * - on a predicate noun, for the subject of the copula: "the Soviet Union was an ally of North Korea,
 *   providing aid" is the Soviet Union's act, and the noun's relation names whom it is for: aid to
 *   North Korea (`partnerTokens`);
 * - on a document, for the one who issued it: "Russia issued a decree recognizing …", "Poland's order
 *   expelling …".
 */
import { isAgentNoun } from './agent-nouns';
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

/**
 * The noun the subjectless participle at `v` modifies, or null; an infinitival relative with a subject
 * gap counts too ("Sri Lanka was among the first states to recognise Bangladesh").
 */
function modifiedNoun(view: SentenceView, v: number): number | null {
  if (view.dependents(v, 'nsubj', 'nsubj:pass').length > 0) {
    return null;
  }
  const pos = view.token(v).pos;
  const infinitive = pos === 'VB' && view.dependents(v, 'mark').some(m => view.lemma(m) === 'to');
  if (pos !== 'VBG' && !infinitive) {
    return null;
  }
  const rel = (r: string): boolean => r === 'acl' || (infinitive && r === 'acl:to');
  return view.headArcs(v).find(a => rel(a.rel) && a.head > 0)?.head ?? null;
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

/** The noun a past participle with an agent modifies ("talks hosted by Ghana"), or null. */
export function agentParticipleNoun(view: SentenceView, v: number): number | null {
  if (view.token(v).pos !== 'VBN' || view.dependents(v, 'nsubj', 'nsubj:pass').length > 0) {
    return null;
  }
  const fused = hyphenDoer(view, v) !== null;
  const n = view
    .headArcs(v)
    .find(a => (a.rel === 'acl' || (fused && a.rel === 'amod')) && a.head > 0)?.head;
  return n === undefined || participleAgents(view, v, false).length === 0 ? null : n;
}

/**
 * "a French-brokered compromise", "Rwandan-backed rebels": the capitalised word fused by a hyphen to
 * a past participle that modifies a noun is its doer (the parser hangs it on the participle as dep,
 * compound, amod or npmod); else null.
 */
export function hyphenDoer(view: SentenceView, v: number): number | null {
  if (v < 3 || view.token(v).pos !== 'VBN' || view.token(v - 1).word !== '-') {
    return null;
  }
  const k = v - 2;
  const t = view.token(k);
  const hung = view.headArcs(k).some(a => a.head === v);
  return hung && /^\p{Lu}/u.test(t.word) && /^(NNP|JJ)/.test(t.pos) ? k : null;
}

/** Participles that tell whose a thing is: "a Finnish-owned ship", "a Panamanian-flagged tanker". */
export const OWNING: ReadonlySet<string> = new Set(['own', 'flag', 'register', 'operate']);

/** "a Finnish-owned cargo ship": the owner fused by a hyphen to a participle of owning on `n`. */
export function hyphenOwners(view: SentenceView, n: number): number[] {
  return view
    .dependents(n, 'amod')
    .filter(m => OWNING.has(view.lemma(m)))
    .map(m => hyphenDoer(view, m))
    .filter((k): k is number => k !== null);
}

/**
 * "a prisoner exchange mediated by Oman", "two days of talks hosted by Ghana": the agent of a past
 * participle that modifies a noun; it has no passive subject, so sources.ts would find none.
 */
export function participleAgents(view: SentenceView, v: number, check = true): number[] {
  if (check && agentParticipleNoun(view, v) === null) {
    return [];
  }
  const fused = hyphenDoer(view, v);
  return [
    ...view
      .arcsFrom(v)
      .filter(a => a.rel === 'obl:agent' || a.rel === 'obl:by')
      .map(a => a.dep),
    ...(fused === null ? [] : [fused]),
  ];
}

/**
 * The parties of the act such a participle's noun names: the noun's own "between X and Y", else the
 * subjects of the clause the noun hangs in, and of that clause's conjuncts ("Armenia and Azerbaijan
 * agreed … after talks mediated by Kazakhstan"; "Iran freed … and Denmark released …, in an exchange
 * mediated by Oman").
 */
export function participleParties(view: SentenceView, v: number): number[] {
  const n = agentParticipleNoun(view, v);
  if (n === null) {
    return [];
  }
  // "Rwandan-backed rebels": a fused doer's people noun is the one acted on, never the clause's parties
  if (hyphenDoer(view, v) !== null && isAgentNoun(view, n)) {
    return [];
  }
  const between = view.dependents(n, 'nmod:between');
  if (between.length > 0) {
    return between;
  }
  // "two of the attackers, detained by police, had admitted …": a noun that is a clause's subject
  // is the one the participle acted on, not an act whose parties are the main clause's subjects; a
  // pronoun ("two of them, detained …") is left unread rather than resolved across the sentence
  // (not the subject of its own relative clause: "a French-brokered compromise that required …")
  const own = new Set(view.dependents(n, 'acl:relcl'));
  if (view.headArcs(n).some(a => a.head > 0 && /^nsubj/.test(a.rel) && !own.has(a.head))) {
    return view.token(n).pos.startsWith('PRP') ? [] : [n];
  }
  let h = n;
  for (let depth = 0; depth < 4 && !view.token(h).pos.startsWith('VB'); depth++) {
    h = view.headArcs(h).find(a => a.head > 0 && /^(nmod|obl)/.test(a.rel))?.head ?? h;
  }
  if (!view.token(h).pos.startsWith('VB')) {
    // the parser hung the noun elsewhere ("… mark the frontier, at the end of talks hosted by Ghana"):
    // the sentence's main clause
    const root = view.verbs().find(k => view.headArcs(k).some(a => a.head === 0));
    if (root === undefined) {
      return [];
    }
    h = root;
  }
  // "agreed on Wednesday to withdraw": when the parser gives the lower clause a subject that names
  // no one ("Wednesday"), the clause above it acts
  const named = (k: number): boolean =>
    /^(NNP|PRP)/.test(view.token(k).pos) && view.token(k).ner !== 'DATE';
  const doers = (k: number): number[] =>
    view
      .arcsFrom(k)
      .filter(a => a.rel === 'nsubj' || a.rel === 'nsubj:xsubj')
      .map(a => a.dep);
  for (let depth = 0; depth < 2 && !doers(h).some(named); depth++) {
    const up = view.headArcs(h).find(a => a.head > 0 && /^(advcl|xcomp)/.test(a.rel));
    if (up === undefined) {
      break;
    }
    h = up.head;
  }
  const clauses = [
    h,
    ...view
      .headArcs(h)
      .filter(a => a.rel.startsWith('conj') && a.head > 0)
      .map(a => a.head),
    ...view.dependents(h, 'conj'),
  ];
  // the doers, not a passive subject ("arrested … on a warrant issued by X": the one arrested is no party)
  return [...new Set(clauses.flatMap(doers))];
}
