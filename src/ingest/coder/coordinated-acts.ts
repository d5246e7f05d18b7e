/**
 * Coordinated acts of one subject (event-coder.ts): "Mauritania summoned Mali's ambassador and demanded
 * an inquiry", "Egypt's foreign ministry summoned the Canadian ambassador and rejected the findings".
 * Verb phrases joined under one subject tell acts of one doer towards one party, so an act whose own
 * phrase names no one acted on is aimed at the party its coordinate act names. Only finite verbs in the
 * active voice with the same subjects (enhanced++ copies the subject onto each conjunct) count, and a
 * reaction to a noun naming an act ("called the decision premature and urged the EU") is left to the
 * act that noun names (reactions.ts). A second conjunct the tagger reads as a participle (VBN) with no
 * auxiliary of its own, coordinated with a finite verb, is that verb's past tense ("officers seized the
 * boats and detained the crew").
 */
import type { SentenceView } from './sentence-view';

const subjectsOf = (view: SentenceView, k: number): string =>
  view
    .dependents(k, 'nsubj')
    .sort((a, b) => a - b)
    .join(',');

const FINITE: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP']);

/** The verbs coordinated with `v` (either way) that share its subjects, nearest first. */
export function coordinatedActs(view: SentenceView, v: number): number[] {
  const own = subjectsOf(view, v);
  // a conjunct tagged VBN with no auxiliary of its own ("officers seized the boats and detained the
  // crew") is a past tense mis-tagged as a participle: its subject is copied from the first conjunct
  const finite = (k: number): boolean =>
    FINITE.has(view.token(k).pos) ||
    (view.token(k).pos === 'VBN' &&
      view.dependents(k, 'aux').length === 0 &&
      view.headArcs(k).some(a => a.rel.startsWith('conj') && FINITE.has(view.token(a.head).pos)));
  const active = (k: number): boolean =>
    finite(k) && view.dependents(k, 'nsubj:pass', 'aux:pass').length === 0;
  if (own === '' || !active(v)) {
    return [];
  }
  const around = [
    ...view
      .arcsFrom(v)
      .filter(a => a.rel.startsWith('conj'))
      .map(a => a.dep),
    ...view
      .headArcs(v)
      .filter(a => a.rel.startsWith('conj') && a.head > 0)
      .map(a => a.head),
  ];
  return around
    .filter(k => active(k) && subjectsOf(view, k) === own)
    .sort((a, b) => Math.abs(a - v) - Math.abs(b - v));
}
