/**
 * The coder end to end on the real language service: a short wire story parsed by the run's CoreNLP
 * (tests/helpers/global-setup.ts) and coded into a sound batch with the expected actors and events.
 */
import { codeArticle } from '../../src/ingest/coder/coder';
import { validateBatch } from '../../src/kg/kg-batch';
import { testCoreNlpClient } from '../helpers/test-corenlp';

const client = testCoreNlpClient(1);

const ARTICLE = [
  'Poland expels Russian diplomats',
  '',
  'WARSAW, May 16 (Example Wire) - Poland expelled four Russian diplomats on Tuesday, the foreign ministry said.',
  'Russia and Belarus condemned Poland on Wednesday.',
  'Germany did not criticise Poland.',
  '"We will not tolerate sabotage," Polish Foreign Minister Radoslaw Sikorski told reporters.',
].join('\n');

it('parses and codes a short article: actors, events per conjoined subject, no denied act, a quote', async () => {
  const doc = await client.annotate(ARTICLE, '2024-05-16');
  const batch = codeArticle({ text: ARTICLE, publishedAt: '2024-05-16' }, doc);
  expect(validateBatch(batch)).toEqual([]);
  expect(batch.actors.map(a => a.id)).toEqual(
    expect.arrayContaining(['country:POL', 'country:RUS', 'country:BLR', 'country:DEU']),
  );
  const triples = batch.events.map(e => `${e.code.slice(0, 2)} ${e.sourceId} -> ${e.targetId}`);
  expect(triples).toEqual(
    expect.arrayContaining(['11 country:RUS -> country:POL', '11 country:BLR -> country:POL']),
  );
  expect(
    triples.some(
      t =>
        t.startsWith('16 country:POL -> country:RUS') ||
        t.startsWith('17 country:POL -> country:RUS'),
    ),
  ).toBe(true);
  expect(batch.events.some(e => e.sourceId === 'country:DEU')).toBe(false);
  // the quote is Sikorski's; "the foreign ministry said", bare, is the ministry of the dateline's
  // state (WARSAW), as the corpus's gold has such bodies
  expect(batch.statements.map(s => `${s.speakerId} ${String(s.direct)} ${s.span.text}`)).toEqual([
    'org:pol-foreign-ministry false Poland expelled four Russian diplomats on Tuesday',
    'person:radoslaw-sikorski true We will not tolerate sabotage',
  ]);
}, 120_000);
