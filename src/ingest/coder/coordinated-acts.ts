/**
 * Coordinated acts of one subject (event-coder.ts): "Mauritania summoned Mali's ambassador and demanded
 * an inquiry", "Egypt's foreign ministry summoned the Canadian ambassador and rejected the findings".
 * Verb phrases joined under one subject tell acts of one doer towards one party, so an act whose own
 * phrase names no one acted on is aimed at the party its coordinate act names. Only finite verbs in the
 * active voice with the same subjects (enhanced++ copies the subject onto each conjunct) count, and a
 * reaction to a noun naming an act ("called the decision premature and urged the EU") is left to the
 * act that noun names (reactions.ts).
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
  const active = (k: number): boolean =>
    FINITE.has(view.token(k).pos) && view.dependents(k, 'nsubj:pass', 'aux:pass').length === 0;
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
