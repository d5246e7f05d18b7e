/**
 * Tier 3 of reliability.md §7: the real GraphClient and driver against the real test Neo4j, with faults
 * injected where a real database rarely produces them on demand (deadlocks, uniqueness races, a busy
 * pool, a statement over its transaction timeout). Cases 20–23 of §8, and a fault mid-ingest (issue 4).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/graph/driver';
import { GraphClient } from '../../src/graph/graph-client';
import { ingestPaths } from '../../src/ingest/ingest-files';
import { IngestService } from '../../src/ingest/ingest.service';
import { testExtractor } from '../helpers/test-corenlp';
import { articleId } from '../../src/kg/kg-batch';
import { FaultInjector, codeOf } from '../helpers/faults';
import { TEST_WRITER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

const cfg = loadConfig();
const DEADLOCK = 'Neo.TransientError.Transaction.DeadlockDetected';
const CONSTRAINT = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** Sums one billion integers: seconds of real work, cut short by the transaction timeout. */
const SLOW_READ = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { article { id } created { articles statements events } }
}`;
const ARTICLE = `query($id: ID!) { article(id: $id) { id title } }`;

/** What one article left in the graph: itself, its statements and events, its mentions. */
const ARTICLE_SUBGRAPH = `
OPTIONAL MATCH (a:Article {id: $id})
RETURN count(a) AS articles,
  COUNT { MATCH (s:Statement)-[:EXTRACTED_FROM]->(:Article {id: $id}) RETURN DISTINCT s } AS statements,
  COUNT { MATCH (e:Event)-[:EXTRACTED_FROM]->(:Article {id: $id}) RETURN DISTINCT e } AS events,
  COUNT { MATCH (:Article {id: $id})-[m:MENTIONS]->() RETURN m } AS mentions`;

interface Subgraph {
  articles: number;
  statements: number;
  events: number;
  mentions: number;
}

function text(): string {
  const tag = randomBytes(6).toString('hex');
  return (
    // a dyad the seed does not have: seed tests read the Russia-North Korea dyad in parallel
    `Report ${tag}: Beijing and Hanoi deepen ties.\n\n` +
    `Chinese President Xi Jinping met Vietnamese officials in Hanoi, Xinhua said (ref ${tag}). ` +
    `"Our friendship will only grow stronger," Xi told Vietnam.\n`
  );
}

interface Faulty {
  readonly faults: FaultInjector;
  readonly graph: GraphClient;
  close(): Promise<void>;
}

/** A GraphClient over a fault-injecting wrapper of a real driver to the test Neo4j. */
function faultyGraph(
  overrides: Partial<Parameters<typeof createDriver>[0]> = {},
  timeouts: { readTimeoutMs?: number; writeTimeoutMs?: number } = {},
): Faulty {
  const real = createDriver({ ...cfg.neo4j, uri: cfg.neo4j.uri ?? '', ...overrides });
  const faults = new FaultInjector(real);
  const graph = new GraphClient(faults.driver, {
    database: cfg.neo4j.database,
    readTimeoutMs: timeouts.readTimeoutMs ?? cfg.neo4j.readTimeoutMs,
    writeTimeoutMs: timeouts.writeTimeoutMs ?? cfg.neo4j.writeTimeoutMs,
  });
  return { faults, graph, close: () => real.close() };
}

let plain: TestServer;
beforeAll(async () => {
  plain = await startTestServer();
});
afterAll(async () => {
  await plain.close();
});

async function subgraph(id: string): Promise<Subgraph> {
  const [row] = await plain.graph.read<Subgraph>(ARTICLE_SUBGRAPH, { id });
  if (row === undefined) {
    throw new Error('no row');
  }
  return row;
}

describe('transient faults in a write (case 20)', () => {
  it('retries a deadlock twice, then succeeds: work ran 3 times and one article exists', async () => {
    const f = faultyGraph();
    const server = await startTestServer({ graph: f.graph });
    try {
      const t = text();
      f.faults.failNext(2, DEADLOCK, { mode: 'WRITE' });
      const before = f.faults.workRuns.WRITE;
      const t0 = Date.now();
      const res = await server.gql<{ ingestArticle: { article: { id: string } } }>(
        INGEST,
        { input: { text: t } },
        { token: TEST_WRITER_TOKEN },
      );
      const ms = Date.now() - t0;
      expect(res.errors).toBeUndefined();
      expect(res.data?.ingestArticle.article.id).toBe(articleId(t));
      expect(f.faults.workRuns.WRITE - before).toBe(3);
      expect(f.faults.fired).toBe(2);
      const { batch } = await testExtractor()({ text: t });
      expect(await subgraph(articleId(t))).toEqual({
        articles: 1,
        statements: batch.statements.length,
        events: batch.events.length,
        mentions: batch.actors.filter(a => a.mentions.length > 0).length,
      });
      process.stdout.write(`[faults] deadlock x2 then success: ${ms} ms\n`);
    } finally {
      await server.close();
      await f.close();
    }
  }, 30_000);

  it('answers SERVICE_UNAVAILABLE when transient faults outlast the retry budget, writing nothing', async () => {
    const f = faultyGraph({ maxRetryMs: 1500 });
    const service = new IngestService(f.graph, testExtractor());
    try {
      const t = text();
      f.faults.failNext(100, DEADLOCK, { mode: 'WRITE' });
      const err: unknown = await service.ingest({ text: t }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(codeOf(err)).toBe('SERVICE_UNAVAILABLE');
      expect(f.faults.workRuns.WRITE).toBeGreaterThanOrEqual(2);
      expect((await subgraph(articleId(t))).articles).toBe(0);
      expect(f.graph.openSessions).toBe(0);
    } finally {
      f.faults.clear();
      await f.close();
    }
  }, 30_000);
});

describe('uniqueness races (case 23)', () => {
  it('re-runs an ingest refused by a uniqueness constraint once, then answers CONFLICT', async () => {
    const f = faultyGraph();
    const service = new IngestService(f.graph, testExtractor());
    try {
      const once = text();
      f.faults.failNext(1, CONSTRAINT, { mode: 'WRITE', atStatement: 2 });
      const out = await service.ingest({ text: once });
      expect(out.created.articles).toBe(1);
      expect(service.conflictRetries).toBe(1);
      expect((await subgraph(articleId(once))).articles).toBe(1);

      const twice = text();
      f.faults.failNext(2, CONSTRAINT, { mode: 'WRITE', atStatement: 2 });
      const err: unknown = await service.ingest({ text: twice }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(codeOf(err)).toBe('CONFLICT');
      // the first statement (MERGE the article) ran in both attempts and was rolled back
      expect(await subgraph(articleId(twice))).toEqual({
        articles: 0,
        statements: 0,
        events: 0,
        mentions: 0,
      });
    } finally {
      await f.close();
    }
  });

  it('ends as one article when it is ingested 10 times at once: each call succeeds or says CONFLICT', async () => {
    const t = text();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        plain.gql(INGEST, { input: { text: t } }, { token: TEST_WRITER_TOKEN }),
      ),
    );
    const codes = results.map(r => r.errors?.[0]?.extensions?.code ?? 'OK');
    for (const code of codes) {
      expect(['OK', 'CONFLICT']).toContain(code);
    }
    expect(codes).toContain('OK');
    const after = await subgraph(articleId(t));
    const { batch } = await testExtractor()({ text: t });
    expect(after).toEqual({
      articles: 1,
      statements: batch.statements.length,
      events: batch.events.length,
      mentions: batch.actors.filter(a => a.mentions.length > 0).length,
    });
    const again = await plain.gql<{ ingestArticle: { created: Record<string, number> } }>(
      INGEST,
      { input: { text: t } },
      { token: TEST_WRITER_TOKEN },
    );
    expect(again.data?.ingestArticle.created).toEqual({ articles: 0, statements: 0, events: 0 });
    expect(await subgraph(articleId(t))).toEqual(after);
    const dupes = await plain.graph.read<{ n: number }>(
      `UNWIND $ids AS id MATCH (x:Actor {id: id}) WITH id, count(x) AS c WHERE c > 1 RETURN count(id) AS n`,
      { ids: batch.actors.map(a => a.id) },
    );
    expect(dupes[0]?.n).toBe(0);
  });
});

describe('slow statements and a busy pool (cases 21, 22)', () => {
  it('answers TIMEOUT for a read over its transaction timeout, and the next 100 requests succeed', async () => {
    const f = faultyGraph({}, { readTimeoutMs: 1000 });
    const server = await startTestServer({ graph: f.graph });
    try {
      f.faults.slowNext(1, SLOW_READ, { mode: 'READ' });
      const t0 = Date.now();
      const slow = await server.gql(ARTICLE, { id: 'article:none' });
      const ms = Date.now() - t0;
      expect(slow.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      expect(slow.errors?.[0]?.message).toContain('transaction timeout');
      // the server's transaction monitor checks every 2 s: timeout + one period + slack
      expect(ms).toBeLessThan(6000);
      expect(server.loggedErrors).toEqual([]);
      // 100 more in waves of 10: the point is that the pool and the driver came back, not how many reads
      // a loaded machine finishes inside this test's 1000 ms transaction timeout at once.
      const next: Awaited<ReturnType<typeof server.gql>>[] = [];
      for (let wave = 0; wave < 10; wave++) {
        next.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, () => server.gql(ARTICLE, { id: 'article:none' })),
          )),
        );
      }
      expect(next).toHaveLength(100);
      expect(next.filter(r => r.errors !== undefined)).toEqual([]);
      expect(f.graph.openSessions).toBe(0);
      process.stdout.write(
        `[faults] read over a 1000 ms transaction timeout: TIMEOUT after ${ms} ms\n`,
      );
    } finally {
      await server.close();
      await f.close();
    }
  }, 30_000);

  it('with pool 2 and a 500 ms acquisition timeout, 20 slow reads: the excess get SERVICE_UNAVAILABLE', async () => {
    const f = faultyGraph({ poolSize: 2, acquisitionTimeoutMs: 500, connectTimeoutMs: 500 });
    const server = await startTestServer({ graph: f.graph });
    try {
      f.faults.delayNext(20, 1500, { mode: 'READ' });
      const results = await Promise.all(
        Array.from({ length: 20 }, () => server.gql(ARTICLE, { id: 'article:none' })),
      );
      f.faults.clear();
      const codes = results.map(r => r.errors?.[0]?.extensions?.code ?? 'OK');
      const ok = codes.filter(c => c === 'OK').length;
      const unavailable = codes.filter(c => c === 'SERVICE_UNAVAILABLE').length;
      expect(ok).toBeGreaterThanOrEqual(2);
      expect(unavailable).toBeGreaterThanOrEqual(10);
      expect(ok + unavailable).toBe(20);
      expect(server.loggedErrors).toEqual([]);
      expect(f.graph.openSessions).toBe(0);
      const after = await server.gql(ARTICLE, { id: 'article:none' });
      expect(after.errors).toBeUndefined();
      process.stdout.write(
        `[faults] pool 2, 20 slow reads: ${ok} OK, ${unavailable} SERVICE_UNAVAILABLE\n`,
      );
    } finally {
      await server.close();
      await f.close();
    }
  }, 30_000);
});

describe('a fault in the middle of an ingest (issue 4)', () => {
  it('leaves no partial article, and the CLI loop reports it and goes on', async () => {
    const f = faultyGraph({ maxRetryMs: 0 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-faults-'));
    try {
      const texts = [text(), text(), text()];
      texts.forEach((t, i) => {
        fs.writeFileSync(path.join(dir, `${i}.txt`), t);
      });
      // the second file's write transaction fails at its 4th statement, on every attempt
      const service = new IngestService(f.graph, testExtractor());
      let seen = 0;
      // groups of one article, so the fault can be aimed at the second one
      const totals = await ingestPaths(
        [dir],
        service,
        done => {
          seen = done;
          if (done === 1) {
            f.faults.failNext(5, 'ServiceUnavailable', { mode: 'WRITE', atStatement: 4 });
          } else {
            f.faults.clear();
          }
        },
        1,
      );
      expect(seen).toBe(3);
      expect(totals.articles).toBe(2);
      expect(totals.skipped).toEqual([
        {
          where: path.join(dir, '1.txt'),
          reason: expect.stringContaining('database is unavailable') as string,
        },
      ]);
      const [first, second, third] = await Promise.all(texts.map(t => subgraph(articleId(t))));
      expect(first?.articles).toBe(1);
      expect(third?.articles).toBe(1);
      expect(second).toEqual({ articles: 0, statements: 0, events: 0, mentions: 0 });
      expect(f.graph.openSessions).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await f.close();
    }
  }, 30_000);
});
