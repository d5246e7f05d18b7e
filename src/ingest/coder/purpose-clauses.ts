/**
 * Purpose clauses: "telephoned his counterpart on Sunday night to ask for help". A "to" infinitive with
 * no subject of its own that hangs as an adverbial clause on a contact (CAMEO 04: a call, a visit, a
 * meeting) and asks for something (02) is a request made in that contact: its doer is the contact's
 * doer (event-sources.ts) and, naming no party of its own, it is aimed at the one contacted
 * (event-targets.ts). A purpose under any other act is part of that act ("summoned the ambassador to
 * ask for an explanation" is the summons, "paid Lebanon to help it curb departures" the payment), as
 * the annotations code it.
 */
import type { SentenceView } from './sentence-view';
import { readingOf } from './verb-readings';

const root = (view: SentenceView, k: number): string => {
  const code = readingOf(view, k)?.code;
  return (code?.forward ?? code?.reverse ?? '').slice(0, 2);
};

/** The contact whose request the subjectless "to" infinitive at `v` tells, else null. */
export function purposeHead(view: SentenceView, v: number): number | null {
  const infinitive =
    view.token(v).pos === 'VB' &&
    view.dependents(v, 'mark').some(m => view.lemma(m) === 'to') &&
    view.dependents(v, 'nsubj', 'nsubj:pass', 'nsubj:xsubj').length === 0;
  const up = view.headArcs(v).find(a => a.head > 0 && a.rel.startsWith('advcl'));
  if (!infinitive || up === undefined || !view.token(up.head).pos.startsWith('VB')) {
    return null;
  }
  return root(view, up.head) === '04' && root(view, v) === '02' ? up.head : null;
}
