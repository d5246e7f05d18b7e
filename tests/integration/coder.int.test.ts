/**
 * The coder end to end on the real language service: a short wire story parsed by the local CoreNLP
 * (one start for this file) and coded into a sound batch with the expected actors and events.
 */
import { loadConfig } from '../../src/config/config';
import { codeArticle } from '../../src/ingest/coder/coder';
import { CoreNlpClient } from '../../src/ingest/nlp/corenlp.client';
import { type RunningNlp, startLocalCoreNlp } from '../../src/ingest/nlp/corenlp.launcher';
import { validateBatch } from '../../src/kg/kg-batch';

let nlp: RunningNlp;
let client: CoreNlpClient;

beforeAll(async () => {
  nlp = await startLocalCoreNlp(
    { ...loadConfig().nlp, url: undefined, port: 0, threads: 1 },
    { watchPid: process.pid, log: line => process.stdout.write(`${line}\n`) },
  );
  client = new CoreNlpClient(nlp.url, {
    timeoutMs: 120_000,
    maxInFlight: 1,
    maxQueued: 4,
    origin: 'the test CoreNLP',
  });
}, 360_000);

afterAll(async () => {
  await nlp?.stop();
});

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
  // the quote is Sikorski's; "the foreign ministry said" names no ministry the article knows
  expect(batch.statements.map(s => `${s.speakerId} ${String(s.direct)} ${s.span.text}`)).toEqual([
    'person:radoslaw-sikorski true We will not tolerate sabotage',
  ]);
}, 120_000);
