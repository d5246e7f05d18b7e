/** The language service of the test run (started once by global-setup.ts, or CORENLP_URL), and a client. */
import { parsingExtractor } from '../../src/ingest/article.extractor';
import type { Extractor } from '../../src/ingest/ingest.service';
import { CoreNlpClient } from '../../src/ingest/nlp/corenlp.client';

export function testCoreNlpUrl(): string {
  const url = process.env.CORENLP_URL;
  if (url === undefined || url === '') {
    throw new Error(
      'CORENLP_URL is not set: run the tests through `npm test` (jest global setup starts CoreNLP)',
    );
  }
  return url;
}

/** A client of the run's service with roomy bounds (tests that test the bounds make their own). */
export function testCoreNlpClient(maxInFlight = 2): CoreNlpClient {
  return new CoreNlpClient(testCoreNlpUrl(), {
    timeoutMs: 120_000,
    maxInFlight,
    maxQueued: 64,
    origin: 'the test CoreNLP',
  });
}

let shared: Extractor | undefined;

/** Ingest's extractor over the run's CoreNLP (parse, then the coder), one client per test file. */
export function testExtractor(): Extractor {
  shared ??= parsingExtractor(testCoreNlpClient());
  return shared;
}
