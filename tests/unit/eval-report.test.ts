import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type ArticleScore,
  type EvalGroup,
  type GoldArticle,
  EVAL_ARTICLES_DIR,
  FIXTURE_ARTICLES_DIR,
  isBlind,
  loadEvalSet,
} from '../../src/eval/eval-corpus';
import type { Score } from '../../src/eval/evaluate';
import { parseEvalFlags, reportLines, selectScored, unsound } from '../../src/eval/eval-report';

const score = (tp: number, fp: number, fn: number): Score => ({
  truePositives: tp,
  falsePositives: fp,
  falseNegatives: fn,
  precision: tp / Math.max(1, tp + fp),
  recall: tp / Math.max(1, tp + fn),
  f1: 0,
});

/** A scored article with one missed event and the given boilerplate hits. */
function scored(name: string, group: EvalGroup, boilerplate: string[] = []): ArticleScore {
  return {
    name,
    group,
    actors: {
      byId: score(2, 0, 0),
      byMention: score(3, 1, 0),
      missingIds: [],
      extraIds: [],
      missingMentions: [],
      extraMentions: [],
      boilerplateMentions: [],
    },
    statements: { score: score(1, 0, 0), missing: [], extra: [] },
    events: { score: score(1, 0, 1), missing: [`missed event in ${name}`], extra: [] },
    boilerplate,
    problems: [],
    items: [],
  };
}

/** Two articles of eval/articles copied into a fresh directory, standing for eval/validation. */
function validationDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validation-'));
  const slugs = fs
    .readdirSync(EVAL_ARTICLES_DIR)
    .filter(f => f.endsWith('.annotations.json'))
    .sort()
    .slice(0, 2)
    .map(f => f.slice(0, -'.annotations.json'.length));
  for (const slug of slugs) {
    for (const ext of ['.txt', '.annotations.json']) {
      fs.copyFileSync(path.join(EVAL_ARTICLES_DIR, slug + ext), path.join(dir, slug + ext));
    }
  }
  return dir;
}

describe('the validation group (eval/validation)', () => {
  const emptyHoldout = fs.mkdtempSync(path.join(os.tmpdir(), 'holdout-'));

  it('loads every annotated article of its directory as group validation, named validation/<slug>', () => {
    const dir = validationDir();
    const set = loadEvalSet(EVAL_ARTICLES_DIR, FIXTURE_ARTICLES_DIR, emptyHoldout, dir);
    const validation = set.filter(g => g.group === 'validation');
    const slugs = fs
      .readdirSync(dir)
      .filter(f => f.endsWith('.annotations.json'))
      .map(f => `validation/${f.slice(0, -'.annotations.json'.length)}`)
      .sort();
    expect(validation.map(g => g.name)).toEqual(slugs);
    expect(validation).toHaveLength(2);
    for (const g of validation) {
      expect(g.gold.batch.article.text.length).toBeGreaterThan(1000);
    }
    expect(set.filter(g => g.group === 'holdout')).toEqual([]);
  });

  it('is blind like the holdout, and the development groups are not', () => {
    expect(
      ['seed', 'corpus', 'fixture', 'holdout', 'validation'].map(g => isBlind(g as EvalGroup)),
    ).toEqual([false, false, false, true, true]);
  });

  it('is scored only with --validation, independently of --holdout', () => {
    const set = [
      { name: 'a', group: 'corpus' },
      { name: 'holdout/b', group: 'holdout' },
      { name: 'validation/c', group: 'validation' },
    ] as GoldArticle[];
    const names = (argv: string[]): string[] =>
      selectScored(set, parseEvalFlags(argv)).map(g => g.name);
    expect(names([])).toEqual(['a']);
    expect(names(['--details'])).toEqual(['a']);
    expect(names(['--holdout'])).toEqual(['a', 'holdout/b']);
    expect(names(['--validation'])).toEqual(['a', 'validation/c']);
    expect(names(['--validation', '--holdout'])).toEqual(['a', 'holdout/b', 'validation/c']);
  });
});

describe('the eval report', () => {
  const scores = [
    scored('poland-expels', 'corpus'),
    scored('validation/secret-one', 'validation', ['event 111 country:AAA -> country:BBB']),
    scored('validation/secret-two', 'validation', ['statement@12', 'mention Foo@40']),
  ];

  it('prints the validation set as one micro row, never an article of it, even with --details', () => {
    const text = reportLines(scores, parseEvalFlags(['--validation', '--details'])).join('\n');
    expect(text).not.toContain('secret');
    const micro = text.split('\n').filter(l => l.startsWith('validation micro'));
    expect(micro).toHaveLength(1);
    expect(micro[0]).toContain('validation micro (2 articles)');
    // the two validation articles summed: events 2 TP, 0 FP, 2 FN
    expect(micro[0]).toContain('1.000 0.500 0.667 (2/0/2)');
    expect(text).toContain('missed event in poland-expels');
    expect(text).toContain('all micro (3 articles)');
  });

  it('counts the boilerplate leaks of the validation set without listing them', () => {
    const lines = reportLines(scores, parseEvalFlags(['--validation']));
    expect(lines).toContain('facts from boilerplate in validation articles: 3');
    expect(lines.join('\n')).not.toMatch(/statement@12|country:AAA|Foo/);
    expect(lines.some(l => l.includes('held-out'))).toBe(false);
  });

  it('does not fail the run on validation boilerplate, but does on the corpus', () => {
    expect(unsound(scores)).toEqual([]);
    expect(unsound([scored('x', 'corpus', ['statement@1'])]).map(s => s.name)).toEqual(['x']);
  });

  it('prints no validation row or leak line when the set was not scored', () => {
    const lines = reportLines([scored('poland-expels', 'corpus')], parseEvalFlags([]));
    expect(lines.join('\n')).not.toMatch(/validation|held-out/);
  });
});
