/**
 * Small clauses: in 'called the bans "blackmail"' or "called the decision premature" the parser often
 * makes the one named the subject (nsubj) of the predicate ("blackmail", "premature"), which hangs on
 * the verb by xcomp, instead of the verb's object.
 */
import type { SentenceView } from './sentence-view';

/**
 * The subjects of the small clauses of verb `v`: nsubj of its xcomps that come after the verb and are
 * not its own dependents (the controlled subject of "refused to apologise" is the verb's subject).
 */
export function smallClauseSubjects(view: SentenceView, v: number): number[] {
  const own = new Set(view.arcsFrom(v).map(a => a.dep));
  return view
    .dependents(v, 'xcomp')
    .flatMap(x => view.dependents(x, 'nsubj'))
    .filter(k => k > v && !own.has(k));
}

/**
 * Verbs that take a bare infinitive after their object ("helped Tonga put down", "let Fiji set"), whose
 * clause head the tagger may read as a past or present form when the two are spelt alike.
 */
const BARE_INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'help',
  'let',
  'make',
  'have',
  'watch',
]);

/**
 * Is the clause head `c` under verb `v` a bare infinitive: tagged one (VB), or, after a verb that takes
 * one, tagged a past or present form spelt as its lemma ("helped the sultanate put down": "put" VBD)?
 */
function isBareInfinitive(view: SentenceView, v: number, c: number): boolean {
  const t = view.token(c);
  if (t.pos === 'VB') {
    return true;
  }
  const plain = t.word.toLowerCase() === view.lemma(c).toLowerCase();
  return (t.pos === 'VBD' || t.pos === 'VBP') && plain && BARE_INFINITIVE_VERBS.has(view.lemma(v));
}

/**
 * "helped Tonga rebuild its ports", "let Fiji resume fishing": the subject of a bare-infinitive clause
 * (a ccomp headed by a base-form verb with no "that", "to" or auxiliary) after verb `v`, which the parser
 * makes the clause's subject where the sense makes it the verb's object; else [].
 */
export function bareClauseSubjects(view: SentenceView, v: number): number[] {
  return view
    .dependents(v, 'ccomp')
    .filter(c => c > v && isBareInfinitive(view, v, c))
    .filter(c => view.dependents(c, 'mark', 'aux', 'aux:pass').length === 0)
    .flatMap(c => view.dependents(c, 'nsubj'))
    .filter(k => k > v);
}
