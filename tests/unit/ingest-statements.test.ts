import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { validateBatch } from '../../src/kg/kg-batch';
import { evaluateStatements } from '../../src/eval/evaluate';
import { extractArticle } from '../../src/ingest/pipeline';
import { findQuotes } from '../../src/ingest/statements';

function statementsOf(text: string, publishedAt: string | null = '2022-08-15T00:00:00Z') {
  const { batch } = extractArticle({ text, publishedAt });
  expect(validateBatch(batch)).toEqual([]);
  return batch.statements;
}

describe('findQuotes', () => {
  it('finds curly and straight quotes and trims a trailing comma or period inside them', () => {
    const text = 'He said “we will win,” and then "it is over." Done.';
    expect(findQuotes(text).map(q => q.text)).toEqual(['we will win', 'it is over']);
  });

  it('finds a quote that spans sentences', () => {
    const text = 'Mr. Putin said: “We are ready. We will act.”';
    expect(findQuotes(text).map(q => q.text)).toEqual(['We are ready. We will act']);
  });
});

describe('extractStatements', () => {
  it('takes a short quote when its reporting verb introduces it', () => {
    const text = 'Vladimir Putin said: “Never again.”';
    expect(statementsOf(text).map(s => [s.span.text, s.direct])).toEqual([['Never again', true]]);
  });

  it('does not make a statement of a scare quote', () => {
    const text = 'North Korea recognized two “people’s republics” in eastern Ukraine.';
    expect(statementsOf(text)).toEqual([]);
  });

  it('attributes reported speech to the subject of the reporting verb, not its object', () => {
    const text =
      'Vladimir Putin wrote to his counterpart Kim Jong Un and stated that the ties will grow.';
    const [s, ...rest] = statementsOf(text);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      speakerId: 'person:vladimir-putin',
      direct: false,
      reportingVerb: 'stated',
      date: '2022-08-15',
      datePrecision: 'DAY',
      eventIds: [],
    });
    expect(s?.span.text).toBe('the ties will grow');
  });

  it('attributes a direct quote via "according to" a person and records the outlet', () => {
    const text =
      'Kim Jong Un met Vladimir Putin. Putin stated that the talks were “useful and very frank for both sides,” according to a report by KCNA.';
    const [s] = statementsOf(text);
    expect(s).toMatchObject({
      speakerId: 'person:vladimir-putin',
      reportedById: 'media:kcna',
      direct: true,
      reportingVerb: 'stated',
    });
    expect(s?.span.text).toBe('useful and very frank for both sides');
  });

  it('resolves "he" in "<clause>, he continued" to the last person mentioned', () => {
    const text =
      'Kim Jong Un wrote a letter. Their friendship would only get stronger, he continued.';
    const [s] = statementsOf(text, null);
    expect(s).toMatchObject({ speakerId: 'person:kim-jong-un', date: null, datePrecision: null });
    expect(s?.span.text).toBe('Their friendship would only get stronger');
  });
});

describe('statements on the seed', () => {
  const seed = loadSeedArticle();
  const { batch } = extractArticle({
    text: seed.batch.article.text,
    publishedAt: seed.batch.article.publishedAt,
  });
  const ev = evaluateStatements(seed.batch.statements, batch.statements);

  it('reaches statement F1 >= 0.94 (speaker + overlapping span) with no false positive', () => {
    expect(ev.score.f1).toBeGreaterThanOrEqual(0.94);
    expect(ev.extra).toEqual([]);
  });

  it('keeps direct/indirect, the reporting verb and the outlet of the curated statements', () => {
    const key = (s: { span: { start: number }; direct: boolean; reportingVerb: string | null }) =>
      `${s.span.start} ${String(s.direct)} ${s.reportingVerb ?? ''}`;
    const gold = new Set(seed.batch.statements.map(key));
    expect(batch.statements.filter(s => !gold.has(key(s)))).toEqual([]);
    expect(batch.statements.find(s => s.reportedById !== null)?.reportedById).toBe('media:kcna');
  });

  it('produces a sound batch', () => {
    expect(validateBatch(batch)).toEqual([]);
  });
});
