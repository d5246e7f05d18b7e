/**
 * The eval table's rows are read by scripts that split on spaces, so a long article name or a wide cell
 * ("(1098/61/53)") must never run into the next column.
 */
import { row } from '../../src/eval/eval-table';
import type { Score } from '../../src/eval/evaluate';

const score = (tp: number, fp: number, fn: number): Score => ({
  truePositives: tp,
  falsePositives: fp,
  falseNegatives: fn,
  precision: tp / (tp + fp),
  recall: tp / (tp + fn),
  f1: (2 * tp) / (2 * tp + fp + fn),
});

describe('eval table rows', () => {
  it('keeps a space after an article name longer than the name column', () => {
    const name = `holdout/${'a-very-long-article-slug-'.repeat(3)}end`;
    const s = score(5, 1, 1);
    const line = row(name, { actors: s, mentions: s, statements: s, events: s });
    expect(line.split(/\s+/).slice(0, 2)).toEqual([name, '0.833']);
  });

  it('keeps a space after a cell as wide as its column', () => {
    const wide = score(1098, 61, 53);
    const line = row('all micro', { actors: wide, mentions: wide, statements: wide, events: wide });
    expect(line).toContain('(1098/61/53) 0.947');
    expect(line.match(/\(1098\/61\/53\)/g)).toHaveLength(4);
  });
});
