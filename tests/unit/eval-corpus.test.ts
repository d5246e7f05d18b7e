import fs from 'node:fs';
import path from 'node:path';
import {
  EVAL_ARTICLES_DIR,
  type GoldArticle,
  HOLDOUT_ARTICLES_DIR,
  loadEvalSet,
  microAverage,
  scoreArticle,
  totals,
} from '../../src/eval/eval-corpus';
import { precisionByBand } from '../../src/eval/evaluate';

/** Every annotated span (ignored, mention, statement, evidence) equals its slice of the article. */
function expectSpansMatchText(gold: GoldArticle['gold']): void {
  const { text } = gold.batch.article;
  const spans = [
    ...gold.ignoredSpans,
    ...gold.batch.actors.flatMap(a => a.mentions),
    ...gold.batch.statements.map(s => s.span),
    ...gold.batch.events.flatMap(e => e.evidence),
  ];
  expect(spans.length).toBeGreaterThan(20);
  expect(spans.filter(s => text.slice(s.start, s.end) !== s.text)).toEqual([]);
}
/**
 * The hand-annotated evaluation corpus (eval/articles) and the scores of the pipeline on it. Floors
 * are the values `npm run eval` measured when the rules were last changed, minus a small margin.
 */
describe('the evaluation corpus', () => {
  const set = loadEvalSet();
  const corpus = set.filter(a => a.group === 'corpus');

  it('holds at least five articles besides the seed, each 1.5-4 KB with a publication date', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(5);
    for (const { name, gold } of corpus) {
      const bytes = Buffer.byteLength(gold.batch.article.text, 'utf8');
      expect([name, bytes >= 1500 && bytes <= 4096]).toEqual([name, true]);
      expect(gold.batch.article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(fs.existsSync(path.join(EVAL_ARTICLES_DIR, `${name}.txt`))).toBe(true);
    }
  });

  it('has every span equal to its slice of the article (the loader checks; so do we)', () => {
    for (const { gold } of corpus) {
      expectSpansMatchText(gold);
    }
  });

  it('annotates statements, events and boilerplate in every article', () => {
    for (const { name, gold } of corpus) {
      const b = gold.batch;
      expect([name, b.statements.length >= 3, b.events.length >= 5]).toEqual([name, true, true]);
      expect([name, gold.ignoredSpans.length]).not.toEqual([name, 0]);
    }
  });
});

describe('pipeline scores (npm run eval)', () => {
  const scores = loadEvalSet().map(scoreArticle);
  const seed = scores.find(s => s.name === 'seed');
  const corpus = totals(scores.filter(s => s.group === 'corpus'));

  it('keeps the seed targets: actors >= 0.95, statements >= 0.9, events >= 0.8', () => {
    expect(seed?.actors.byId.f1).toBeGreaterThanOrEqual(0.95);
    expect(seed?.statements.score.f1).toBeGreaterThanOrEqual(0.9);
    expect(seed?.events.score.f1).toBeGreaterThanOrEqual(0.8);
  });

  // eight articles since the three held out until 0.4.0 joined them (0.3.0 measured 0.878 / 0.779 / 0.571)
  // 11 articles since rules 0.5.0 (three harder ones added: credit lines, an insult row, a pact in a
  // plural apposition); the first eight alone measured 0.969 / 0.916 / 0.788
  it('keeps the corpus micro F1 floors (measured 0.967 / 0.893 / 0.736)', () => {
    expect(corpus.actors.f1).toBeGreaterThanOrEqual(0.94);
    expect(corpus.statements.f1).toBeGreaterThanOrEqual(0.87);
    expect(corpus.events.f1).toBeGreaterThanOrEqual(0.71);
    expect(corpus.events.precision).toBeGreaterThanOrEqual(0.86);
  });

  it('loads the fully annotated fixtures too, every span equal to its slice', () => {
    const fixtures = loadEvalSet().filter(a => a.group === 'fixture');
    expect(fixtures.map(f => f.name)).toEqual([
      'fixture/china-taiwan-drills',
      'fixture/korea-summit',
      'fixture/moldova-transnistria',
    ]);
    for (const { gold } of fixtures) {
      const { text } = gold.batch.article;
      const spans = [
        ...gold.batch.actors.flatMap(a => a.mentions),
        ...gold.batch.statements.map(s => s.span),
        ...gold.batch.events.flatMap(e => e.evidence),
      ];
      expect(spans.filter(s => text.slice(s.start, s.end) !== s.text)).toEqual([]);
    }
  });

  it('keeps the fixture micro F1 floors (measured 1.000 / 1.000 / 1.000, tuned on them)', () => {
    const fixtures = totals(scores.filter(s => s.group === 'fixture'));
    expect(fixtures.actors.f1).toBeGreaterThanOrEqual(0.97);
    expect(fixtures.statements.f1).toBeGreaterThanOrEqual(0.95);
    expect(fixtures.events.f1).toBeGreaterThanOrEqual(0.93);
  });

  it('extracts nothing from boilerplate and produces sound batches (the sets the rules were written on)', () => {
    const read = scores.filter(s => s.group !== 'holdout');
    expect(read.flatMap(s => s.boilerplate)).toEqual([]);
    expect(read.flatMap(s => s.problems)).toEqual([]);
  });

  it('micro-averages by summing counts', () => {
    const s = (tp: number, fp: number, fn: number) => ({
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: 0,
      recall: 0,
      f1: 0,
    });
    const m = microAverage([s(1, 0, 0), s(1, 1, 2)]);
    expect(m).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 2 });
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(0.5);
  });
});

/**
 * eval/holdout: articles written, annotated and committed before the pipeline ever ran on them, and
 * never used to write a rule. Their scores are a measurement, so there are no floors here; only the
 * annotations and the boilerplate are checked. The three articles held out until rules 0.4.0 are in
 * eval/articles now and scored with the corpus; the first four in eval/holdout were committed before
 * 0.4.0, the ones added for issue 12 §4 before any extractor ran on them.
 */
/** The four held-out articles whose boilerplate rules 0.5.0 were checked against. */
const FIRST_HOLDOUT = [
  'holdout/african-union-suspends-gabon',
  'holdout/belgium-iran-prisoner-swap-oman',
  'holdout/cambodia-thailand-border-clash',
  'holdout/indonesia-tariffs-australia-beef-wheat',
];

describe('the held-out articles (eval/holdout)', () => {
  const holdout = loadEvalSet().filter(a => a.group === 'holdout');

  it('moved the articles held out until 0.4.0 into the corpus', () => {
    const corpus = loadEvalSet()
      .filter(a => a.group === 'corpus')
      .map(a => a.name);
    expect(corpus).toEqual(
      expect.arrayContaining([
        'armenia-azerbaijan-truce-kazakhstan',
        'kenya-india-state-visit',
        'spain-recalls-ambassador-argentina',
      ]),
    );
  });

  it('loads the held-out articles (1.5-4 KB, with a publication date)', () => {
    expect(holdout.map(h => h.name)).toEqual([
      'holdout/african-union-suspends-gabon',
      'holdout/belgium-iran-prisoner-swap-oman',
      'holdout/brazil-paraguay-itaipu-tariff-deal',
      'holdout/cambodia-thailand-border-clash',
      'holdout/china-solomon-islands-policing-pact',
      'holdout/congo-rwanda-ceasefire-angola-m23',
      'holdout/egypt-ethiopia-nile-dam-filling',
      'holdout/greece-turkey-aegean-airspace',
      'holdout/indonesia-tariffs-australia-beef-wheat',
      'holdout/iraq-turkey-pkk-air-strikes',
      'holdout/maldives-india-troop-withdrawal-row',
      'holdout/mexico-ecuador-embassy-raid',
      'holdout/niger-ecowas-sanctions-lifted-france-exit',
      'holdout/pakistan-afghanistan-torkham-reopens',
      'holdout/serbia-kosovo-police-arrests',
      'holdout/south-korea-court-japan-forced-labour',
    ]);
    for (const { name, gold } of holdout) {
      const bytes = Buffer.byteLength(gold.batch.article.text, 'utf8');
      expect([name, bytes >= 1500 && bytes <= 4096]).toEqual([name, true]);
      expect(gold.batch.article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const slug = name.slice('holdout/'.length);
      expect(fs.existsSync(path.join(HOLDOUT_ARTICLES_DIR, `${slug}.txt`))).toBe(true);
    }
  });

  it('has every span equal to its slice, and annotates statements, events and boilerplate', () => {
    for (const { name, gold } of holdout) {
      expectSpansMatchText(gold);
      const b = gold.batch;
      expect([name, b.statements.length >= 3, b.events.length >= 5]).toEqual([name, true, true]);
      expect([name, gold.ignoredSpans.length >= 2]).toEqual([name, true]);
    }
  });

  it('extracts no statement or event from held-out boilerplate and produces sound batches', () => {
    const scores = holdout.map(scoreArticle);
    const hits = scores.flatMap(s => s.boilerplate.map(b => `${s.name}: ${b}`));
    expect(hits.filter(h => /: (?:statement@|event )/.test(h))).toEqual([]);
    // With rules 0.4.0 five country mentions came from boilerplate lines of the first four (a related
    // headline, a photo caption, a "Reporting by … in Jakarta" credit). Rules 0.5.0, written without
    // them, ignore such lines, and none is left there.
    const first = new Set(FIRST_HOLDOUT);
    expect(hits.filter(h => first.has(h.slice(0, h.indexOf(':'))))).toEqual([]);
    // The twelve of issue 12 are blind to every rule: their mention leaks are a measurement (npm run
    // eval prints them), not something to fix by tuning rules on them.
    const unseen = hits.filter(h => !first.has(h.slice(0, h.indexOf(':'))));
    process.stdout.write(
      `[holdout] mentions found in boilerplate of the 12 unseen articles: ${unseen.length}\n`,
    );
    expect(scores.flatMap(s => s.problems)).toEqual([]);
  });
});

describe('confidence calibration', () => {
  it('scores every extracted statement and event, in bands that cover [0, 1]', () => {
    const scores = loadEvalSet().map(scoreArticle);
    const items = scores.flatMap(s => s.items);
    const bands = precisionByBand(items);
    expect(bands.reduce((n, b) => n + b.items, 0)).toBe(items.length);
    const extracted = scores.reduce(
      (n, s) =>
        n +
        s.statements.score.truePositives +
        s.statements.score.falsePositives +
        s.events.score.truePositives +
        s.events.score.falsePositives,
      0,
    );
    expect(items).toHaveLength(extracted);
    expect(items.filter(i => !i.correct)).toHaveLength(
      scores.reduce(
        (n, s) => n + s.statements.score.falsePositives + s.events.score.falsePositives,
        0,
      ),
    );
  });
});
