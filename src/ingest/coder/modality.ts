/**
 * Negation and modality of a verb, read from the parse: "did not condemn" and "refused to meet" are
 * negated; "will visit", "plans to send", "is due to meet" are PLANNED; "could impose", "threatened to
 * cut" are POSSIBLE; an act told inside what someone said ("said it had lodged") is REPORTED.
 */
import { Modality } from '../../schema/domain.enum';
import type { SentenceView } from './sentence-view';

const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
const REFUSALS: ReadonlySet<string> = new Set(['refuse', 'decline', 'fail', 'reject']);
const PLANNED_AUX: ReadonlySet<string> = new Set(['will', 'shall', "'ll"]);
const POSSIBLE_AUX: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'can']);
/** Verbs whose xcomp is a plan ("plans to send") or a possibility ("threatened to cut"). */
const PLAN_VERBS: ReadonlySet<string> = new Set([
  'plan',
  'intend',
  'aim',
  'expect',
  'prepare',
  'pledge',
  'promise',
  'vow',
  'agree',
  'decide',
  'seek',
  'sign',
]);
const POSSIBLE_VERBS: ReadonlySet<string> = new Set(['threaten', 'warn', 'consider', 'weigh']);
/** Adjectives and participles of a schedule: "is due to meet", "is set to sign", "is scheduled to visit". */
const SCHEDULED: ReadonlySet<string> = new Set(['due', 'set', 'scheduled', 'slated', 'poised']);
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'report',
  'announce',
  'state',
  'claim',
  'add',
  'note',
  'write',
  'insist',
  'confirm',
  'allege',
]);

/** Verbs whose xcomp is asked for, not done: "urged X to keep", "called on X to publish". */
const APPEALS: ReadonlySet<string> = new Set([
  'urge',
  'ask',
  'call',
  'demand',
  'request',
  'press',
  'invite',
  'encourage',
  'tell',
]);
/**
 * Nouns of what is offered or asked for, not done: the act of their clause ("an offer from Qatar to
 * mediate", "a call to lift the ban") is the noun's content, and its doer the noun's maker.
 */
const OFFERED: ReadonlySet<string> = new Set([
  'offer',
  'proposal',
  'request',
  'call',
  'appeal',
]).add('demand');
/** "must", "should": what someone says ought to happen, not an act. */
const DEONTIC_AUX: ReadonlySet<string> = new Set(['must', 'should', 'ought']);

/**
 * Is the verb at `v` denied: a negation on it or on a verb it is the xcomp of ("refused to meet"), an
 * obligation ("must be decided by"), what someone was asked to do ("urged Nauru to keep") or what an
 * offer or a call offered or asked for ("an offer from Qatar to mediate")?
 */
export function isNegated(view: SentenceView, v: number, depth = 0): boolean {
  if (view.dependents(v, 'advmod', 'neg').some(d => NEGATORS.has(view.lemma(d)))) {
    return true;
  }
  if (view.dependents(v, 'aux').some(d => DEONTIC_AUX.has(view.lemma(d)))) {
    return true;
  }
  // "urged Nauru to keep its ties": what is asked for has not happened ("called on X to keep" too,
  // where the parser hangs the clause as an advcl marked "on")
  const asked = (a: { rel: string; head: number }): boolean =>
    a.head > 0 &&
    APPEALS.has(view.lemma(a.head)) &&
    (a.rel === 'xcomp' ||
      (a.rel.startsWith('advcl') &&
        view.dependents(v, 'mark').some(m => ['on', 'upon'].includes(view.lemma(m)))));
  if (view.headArcs(v).some(asked)) {
    return true;
  }
  // "turned down an offer from Qatar to mediate": the clause of an offer's noun (its acl, or an xcomp
  // the parser gives the noun as controller) was offered, not done
  const offered = (k: number): boolean => OFFERED.has(view.lemma(k));
  if (
    view.headArcs(v).some(a => a.rel === 'acl' && a.head > 0 && offered(a.head)) ||
    view.dependents(v, 'nsubj:xsubj').some(offered)
  ) {
    return true;
  }
  // "had been due to sign an arrangement": a schedule told in the past perfect was overtaken (the
  // visit was called off), so what it scheduled did not happen
  const overtaken = (h: number): boolean =>
    SCHEDULED.has(view.lemma(h)) &&
    view.dependents(h, 'aux').some(d => view.token(d).word.toLowerCase() === 'had');
  // the parser may also make "due to" a fixed case of the verb, "had" its auxiliary
  const hadDue =
    view.dependents(v, 'aux').some(d => view.token(d).word.toLowerCase() === 'had') &&
    view.dependents(v, 'case', 'mark').some(d => SCHEDULED.has(view.lemma(d)));
  if (hadDue || view.headArcs(v).some(a => a.rel === 'xcomp' && a.head > 0 && overtaken(a.head))) {
    return true;
  }
  for (const a of view.headArcs(v)) {
    if (a.rel === 'xcomp' && a.head > 0) {
      if (REFUSALS.has(view.lemma(a.head)) || (depth < 4 && isNegated(view, a.head, depth + 1))) {
        return true;
      }
    }
  }
  return false;
}

/** The modality of the act at `v` (before dates make it HISTORICAL). */
/** A plan or a possibility: told as not (yet) done. */
export function isUnrealised(m: Modality): boolean {
  return m === Modality.PLANNED || m === Modality.POSSIBLE;
}

export function modalityOf(view: SentenceView, v: number, depth = 0): Modality {
  const aux = view.dependents(v, 'aux').map(d => view.lemma(d));
  if (aux.some(a => PLANNED_AUX.has(a))) {
    return Modality.PLANNED;
  }
  if (aux.some(a => POSSIBLE_AUX.has(a))) {
    return Modality.POSSIBLE;
  }
  for (const a of view.headArcs(v)) {
    // enhanced++ graphs have cycles (relative clauses): climb a few levels at most
    if (a.head === 0 || depth >= 4) {
      continue;
    }
    const head = view.lemma(a.head);
    if (a.rel === 'xcomp' && (PLAN_VERBS.has(head) || SCHEDULED.has(head))) {
      return Modality.PLANNED;
    }
    if (a.rel === 'xcomp' && POSSIBLE_VERBS.has(head)) {
      return Modality.POSSIBLE;
    }
    if ((a.rel === 'ccomp' || a.rel === 'parataxis') && REPORTING_VERBS.has(head)) {
      const inner = modalityOf(view, a.head, depth + 1);
      return inner === Modality.ASSERTED ? Modality.REPORTED : inner;
    }
    // a conjunct shares the first verb's auxiliaries only when it shares its subject: "will meet and
    // sign" is planned, "is due to visit …, offered …, a diplomat said" (a misparsed chain) is not
    const ownSubject = view.dependents(v, 'nsubj', 'nsubj:pass').length > 0;
    if (a.rel === 'xcomp' || (a.rel.startsWith('conj') && !ownSubject)) {
      return modalityOf(view, a.head, depth + 1);
    }
  }
  return Modality.ASSERTED;
}

/**
 * "“… so neither can we,” Blokland told reporters", parsed with the quotation's "can" as the verb's
 * auxiliary: a modal cut off from the verb by the end of a quotation (a comma or a quotation mark) is
 * the quotation's, so the verb was said.
 */
export function strayModals(view: SentenceView, v: number): boolean {
  const aux = view.dependents(v, 'aux');
  const cut = (a: number): boolean =>
    Array.from({ length: Math.max(0, v - a - 1) }, (_, i) => a + 1 + i).some(t =>
      /^[,"“”]$|^(?:``|'')$/u.test(view.token(t).word),
    );
  return aux.length > 0 && aux.every(a => a < v && cut(a));
}
