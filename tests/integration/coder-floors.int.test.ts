/**
 * Floors under the coder's scores on the development set (the seed, eval/articles, the fixtures), parsed
 * by the run's CoreNLP: a change that loses facts on the texts the coder was written against fails here,
 * before `npm run eval` shows it. The floors sit a little under the figures measured when they were set
 * (in each test's name); the targets of issue 12 are measured by `npm run eval`, not asserted. Held-out
 * articles are never parsed or scored here.
 */
import {
  type ArticleScore,
  loadEvalSet,
  scoreArticleWith,
  totals,
} from '../../src/eval/eval-corpus';
import { codeArticle } from '../../src/ingest/coder/coder';
import { testCoreNlpClient } from '../helpers/test-corenlp';

const client = testCoreNlpClient(2);
let scores: ArticleScore[] = [];

beforeAll(async () => {
  const set = loadEvalSet().filter(g => g.group !== 'holdout');
  scores = await Promise.all(
    set.map(async g => {
      const a = g.gold.batch.article;
      const doc = await client.annotate(a.text, a.publishedAt?.slice(0, 10));
      return scoreArticleWith(g, input => codeArticle(input, doc));
    }),
  );
}, 300_000);

it('reads only the development groups', () => {
  expect(new Set(scores.map(s => s.group))).toEqual(new Set(['seed', 'corpus', 'fixture']));
  expect(scores.filter(s => s.group === 'corpus').length).toBeGreaterThanOrEqual(23);
});

it('keeps the corpus floors (29 articles; coder 0.4.0 measured F1 0.942 / 0.899 / 0.636, events precision 0.874)', () => {
  // the six actors3 articles joined the corpus unseen (events F1 0.32 on them), so the event floors sit
  // under the 29-article figures, not the 0.680 / 0.934 of the 23 fitted ones
  const t = totals(scores.filter(s => s.group === 'corpus'));
  expect(t.actors.f1).toBeGreaterThanOrEqual(0.91);
  expect(t.statements.f1).toBeGreaterThanOrEqual(0.88);
  expect(t.events.f1).toBeGreaterThanOrEqual(0.61);
  expect(t.events.precision).toBeGreaterThanOrEqual(0.85);
});

it('keeps the seed and fixture floors (seed 0.963 / 0.947 / 0.867, fixtures 1.000 / 0.952 / 0.593)', () => {
  const seed = totals(scores.filter(s => s.group === 'seed'));
  expect(seed.actors.f1).toBeGreaterThanOrEqual(0.93);
  expect(seed.statements.f1).toBeGreaterThanOrEqual(0.9);
  expect(seed.events.f1).toBeGreaterThanOrEqual(0.8);
  const fixtures = totals(scores.filter(s => s.group === 'fixture'));
  expect(fixtures.actors.f1).toBeGreaterThanOrEqual(0.97);
  expect(fixtures.statements.f1).toBeGreaterThanOrEqual(0.9);
  expect(fixtures.events.f1).toBeGreaterThanOrEqual(0.55);
});

it('takes nothing from boilerplate and writes only sound batches', () => {
  expect(scores.flatMap(s => s.boilerplate)).toEqual([]);
  expect(scores.flatMap(s => s.problems)).toEqual([]);
});
