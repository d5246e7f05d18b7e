/**
 * Concurrent ingests of articles that name the same countries in different orders: the writer locks
 * shared nodes in one global order, so they wait for each other instead of deadlocking. The driver here
 * has no retry budget, so a deadlock would surface as a failed write instead of being retried away.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/graph/driver';
import { GraphClient } from '../../src/graph/graph-client';
import { IngestService } from '../../src/ingest/ingest.service';
import { testExtractor } from '../helpers/test-corenlp';
import { articleId } from '../../src/kg/kg-batch';

const cfg = loadConfig();
const driver = createDriver({ ...cfg.neo4j, uri: cfg.neo4j.uri ?? '', maxRetryMs: 0 });
const graph = new GraphClient(driver, { database: cfg.neo4j.database, txTimeoutMs: 30_000 });
afterAll(async () => {
  await driver.close();
});

const COUNTRIES = ['Vietnam', 'Laos', 'Thailand', 'Cambodia', 'Malaysia', 'Indonesia', 'Mongolia'];

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('concurrent ingest of overlapping articles', () => {
  it('lands every article without a deadlock, even with no retries', async () => {
    const tag = randomBytes(6).toString('hex');
    const texts = Array.from({ length: 16 }, (_, i) => {
      const order = shuffled(COUNTRIES, i + 1);
      const pairs = order.slice(1).map((c, k) => `${order[k] as string} praised ${c}.`);
      return `Regional talks ${tag}-${i}.\n\n${pairs.join(' ')}\n`;
    });
    const service = new IngestService(graph, testExtractor());
    const results = await Promise.allSettled(texts.map(text => service.ingest({ text })));
    const failures = results
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map(r => {
        const cause = (r.reason as { cause?: { code?: string } }).cause;
        return `${String(r.reason)} (${cause?.code ?? 'no code'})`;
      });
    expect(failures).toEqual([]);
    const [row] = await graph.read<{ n: number }>(
      'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN count(a) AS n',
      { ids: texts.map(articleId) },
    );
    expect(row?.n).toBe(16);
  });
});
