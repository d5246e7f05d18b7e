/**
 * Raising an issue, a case or a dispute with someone is a consultation (040: "will raise the issue with
 * Lebanese Prime Minister Rami Salameh when they meet", "is expected to raise the dispute with his
 * Chinese counterpart"; CAMEO.2.0 has no RAISE pattern for it), but raising it with a bloc or a
 * commission ("would raise the matter with the European Commission", "plans to raise the dispute with
 * the Andean Community") takes it to a forum, which the annotations do not code: no reading then.
 */
import type { SentenceView } from './sentence-view';

/** What is raised with someone: a matter, not a sum or a flag. */
export const RAISED = ['issue', 'question', 'case', 'dispute', 'matter', 'claim', 'complaint'];

/** Is the one `v` raises its matter with an organisation (the parse's NER)? */
export function raisedWithForum(view: SentenceView, v: number): boolean {
  const objects = view.dependents(v, 'obj');
  const withs = [
    ...view.dependents(v, 'obl:with'),
    ...objects.flatMap(o => view.dependents(o, 'nmod:with')),
  ];
  return withs.some(k => view.token(k).ner === 'ORGANIZATION');
}
