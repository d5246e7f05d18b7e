/**
 * The evaluation table `npm run eval` prints (the coder on the parse), with the same columns the rules'
 * table had, so figures line up with the CHANGELOG's.
 */
import type { Score } from './evaluate';
import type { ArticleScore, SetTotals } from './eval-corpus';

/** The name column's width; a longer name ("holdout/<slug>") still gets one space after it. */
export const NAME_WIDTH = 66;
/** A cell's width; a longer cell still gets one space after it. */
const CELL_WIDTH = 30;

/** `text` padded to `width`, and never less than one space after it (scripts split rows on spaces). */
const column = (text: string, width: number): string => `${text.padEnd(width - 1)} `;
export const TABLE_HEAD = ['actors (by id)', 'mentions (by span)', 'statements', 'events'];

export const f = (x: number): string => x.toFixed(3);

const prf = (s: Score): string =>
  `${f(s.precision)} ${f(s.recall)} ${f(s.f1)} (${s.truePositives}/${s.falsePositives}/${s.falseNegatives})`;

/** The header line; `tail` is appended (e.g. the boilerplate column). */
export function headRow(first: string, tail = ''): string {
  return `${column(first, NAME_WIDTH)}${TABLE_HEAD.map(h => column(h, CELL_WIDTH)).join('')}${tail}`;
}

/** One row: P R F1 (TP/FP/FN) per kind, and the boilerplate hits when given. */
export function row(name: string, s: SetTotals, boilerplate?: number): string {
  const cells = [s.actors, s.mentions, s.statements, s.events].map(x => column(prf(x), CELL_WIDTH));
  const bp = boilerplate === undefined ? '' : String(boilerplate).padStart(4);
  return `${column(name, NAME_WIDTH)}${cells.join('')}${bp}`;
}

/** The misses and extras of one article, for `--details`. */
export function details(a: ArticleScore): string[] {
  const list = (label: string, xs: readonly string[]): string =>
    `  ${label.padEnd(20)}${xs.join('\n' + ' '.repeat(22)) || '-'}`;
  return [
    a.name,
    list('missing ids', a.actors.missingIds),
    list('extra ids', a.actors.extraIds),
    list('missing statements', a.statements.missing),
    list('extra statements', a.statements.extra),
    list('missing events', a.events.missing),
    list('extra events', a.events.extra),
    list('boilerplate hits', a.boilerplate),
    list('batch problems', a.problems),
  ];
}
