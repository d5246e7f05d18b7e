/**
 * Floors under the coder's scores on the development set (the seed, eval/articles, the fixtures), parsed
 * by the run's CoreNLP: a change that loses facts on the texts the coder was written against fails here,
 * before `npm run eval` shows it. The floors sit a little under the figures measured when they were set
 * (in each test's name); the targets of issue 12 are measured by `npm run eval`, not asserted. Blind
 * articles (eval/holdout, eval/validation) are never parsed or scored here.
 */
import {
  type ArticleScore,
  isBlind,
  loadEvalSet,
  scoreArticleWith,
  totals,
} from '../../src/eval/eval-corpus';
import { codeArticle } from '../../src/ingest/coder/coder';
import { testCoreNlpClient } from '../helpers/test-corenlp';
import {
  ACTORS3_ARTICLES,
  DEV_GROUPS,
  FIRST_SIGHT_ARTICLES,
  isOlderCorpusArticle,
} from '../../src/eval/dev-groups';

const client = testCoreNlpClient(2);
let scores: ArticleScore[] = [];

/**
 * `fn` over the items, at most `limit` at a time, in order: the development set has outgrown the test
 * client's queue (64 waiting), so handing it every article at once fails with NlpBusyError.
 */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) {
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
}

beforeAll(async () => {
  const set = loadEvalSet().filter(g => !isBlind(g.group));
  scores = await mapBounded(set, 8, async g => {
    const a = g.gold.batch.article;
    const doc = await client.annotate(a.text, a.publishedAt?.slice(0, 10));
    return scoreArticleWith(g, input => codeArticle(input, doc));
  });
}, 300_000);

const FIRST_SIGHT = FIRST_SIGHT_ARTICLES;
const ACTORS3 = ACTORS3_ARTICLES;

it('reads only the development groups', () => {
  expect(new Set(scores.map(s => s.group))).toEqual(new Set(['seed', 'corpus', 'fixture']));
  expect(scores.filter(s => s.group === 'corpus').length).toBeGreaterThanOrEqual(81);
  expect(scores.filter(s => FIRST_SIGHT.has(s.name)).length).toBe(FIRST_SIGHT.size);
  expect(scores.filter(s => ACTORS3.has(s.name)).length).toBe(ACTORS3.size);
  // every first-sight group (dev4 on) is read but gets no floors: its first-sight figures are the lead's
  for (const g of DEV_GROUPS) {
    expect(scores.filter(s => g.articles.has(s.name)).length).toBe(g.articles.size);
  }
});

it('keeps the floors of the 23 earlier corpus articles (F1 0.982 / 0.962 / 0.764, events P 0.965)', () => {
  const older = scores.filter(s => s.group === 'corpus' && isOlderCorpusArticle(s.name));
  expect(older).toHaveLength(23);
  const t = totals(older);
  expect(t.actors.f1).toBeGreaterThanOrEqual(0.96);
  expect(t.statements.f1).toBeGreaterThanOrEqual(0.95);
  expect(t.events.f1).toBeGreaterThanOrEqual(0.73);
  expect(t.events.precision).toBeGreaterThanOrEqual(0.95);
});

it('keeps the floors of the six actors3 articles (F1 0.979 / 0.930 / 0.500, events P 0.667)', () => {
  const t = totals(scores.filter(s => ACTORS3.has(s.name)));
  expect(t.actors.f1).toBeGreaterThanOrEqual(0.95);
  expect(t.statements.f1).toBeGreaterThanOrEqual(0.91);
  expect(t.events.f1).toBeGreaterThanOrEqual(0.4);
  expect(t.events.precision).toBeGreaterThanOrEqual(0.6);
});

it('keeps the floors of the ten first-sight articles (F1 0.971 / 0.935 / 0.683, events P 0.932)', () => {
  const t = totals(scores.filter(s => FIRST_SIGHT.has(s.name)));
  expect(t.actors.f1).toBeGreaterThanOrEqual(0.94);
  expect(t.statements.f1).toBeGreaterThanOrEqual(0.91);
  expect(t.events.f1).toBeGreaterThanOrEqual(0.62);
  expect(t.events.precision).toBeGreaterThanOrEqual(0.9);
});

it('keeps the seed and fixture floors (seed 0.963 / 0.947 / 0.867, fixtures 1.000 / 0.833 / 0.643)', () => {
  const seed = totals(scores.filter(s => s.group === 'seed'));
  expect(seed.actors.f1).toBeGreaterThanOrEqual(0.93);
  expect(seed.statements.f1).toBeGreaterThanOrEqual(0.9);
  expect(seed.events.f1).toBeGreaterThanOrEqual(0.8);
  const fixtures = totals(scores.filter(s => s.group === 'fixture'));
  expect(fixtures.actors.f1).toBeGreaterThanOrEqual(0.97);
  // the fixtures' gold, older than the corpus conventions, leaves a quoted label ("calling it a
  // “provocation”", "dismissed … as “hysteria”") off the statements, which eval/README.md and every later
  // gold count (coder 0.18.0, quotes15): three such statements are false here by that older gold alone
  expect(fixtures.statements.f1).toBeGreaterThanOrEqual(0.8);
  expect(fixtures.events.f1).toBeGreaterThanOrEqual(0.62);
});

it('takes nothing from boilerplate and writes only sound batches', () => {
  expect(scores.flatMap(s => s.boilerplate)).toEqual([]);
  expect(scores.flatMap(s => s.problems)).toEqual([]);
});
