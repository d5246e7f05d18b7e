/**
 * Ingest through the language service (issue 12 §1 and §5), over HTTP and through the CLI's service:
 * - the service down: `ingestArticle` answers SERVICE_UNAVAILABLE naming CORENLP_URL and writes nothing,
 *   reads and /ready stay up;
 * - its queue full: SERVICE_BUSY at once, HTTP 429 with Retry-After, nothing written for the refused;
 * - `npm run ingest`'s service waits and tries again when the service says busy, instead of failing.
 * The run's CoreNLP parses; a small proxy in front of it makes every parse slow, or answers busy.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { ingestPaths, pacedIngestService } from '../../src/ingest/ingest-files';
import { CoreNlpClient } from '../../src/ingest/nlp/corenlp.client';
import { openLanguageService } from '../../src/ingest/nlp/language-service';
import { articleId } from '../../src/kg/kg-batch';
import { closedPort } from '../helpers/faults';
import { testCoreNlpUrl } from '../helpers/test-corenlp';
import { TEST_WRITER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

const INGEST = `mutation Ingest($text: String!) { ingestArticle(input: { text: $text }) { article { id } } }`;
const unique = (): string => randomBytes(6).toString('hex');
const article = (tag: string): string =>
  `Chile and Peru sign a trade pact (${tag})\n\nChile and Peru signed a trade agreement in Lima on Monday. ` +
  `Bolivia criticized the agreement on Tuesday.\n`;

interface Proxy {
  readonly url: string;
  readonly requests: () => number;
  close(): Promise<void>;
}

/** Forwards parses to the run's CoreNLP after `delayMs`; answers 503 + Retry-After: 1 while `busy(n)`. */
async function parseProxy(opts: {
  delayMs?: number;
  busy?: (n: number) => boolean;
}): Promise<Proxy> {
  const target = testCoreNlpUrl();
  let n = 0;
  const server = http.createServer((req, res) => {
    n += 1;
    const nth = n;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (opts.busy?.(nth) === true) {
        res.writeHead(503, { 'retry-after': '1' }).end('busy');
        return;
      }
      setTimeout(() => {
        fetch(`${target}${req.url ?? '/'}`, {
          method: req.method,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
        })
          .then(async upstream => {
            res.writeHead(upstream.status, { 'content-type': 'application/json' });
            res.end(Buffer.from(await upstream.arrayBuffer()));
          })
          .catch(() => res.writeHead(502).end());
      }, opts.delayMs ?? 0);
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => n,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}

async function stored(server: TestServer, text: string): Promise<boolean> {
  const rows = await server.graph.read<{ n: number }>(
    'MATCH (a:Article {id: $id}) RETURN count(a) AS n',
    { id: articleId(text) },
  );
  return rows[0]?.n === 1;
}

describe('when the language service is down', () => {
  let server: TestServer;
  let dead: string;
  beforeAll(async () => {
    dead = `http://127.0.0.1:${await closedPort()}`;
    const language = await openLanguageService({ ...loadConfig().nlp, url: dead }, () => undefined);
    server = await startTestServer({ nlp: { url: dead }, app: { language } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('ingestArticle answers SERVICE_UNAVAILABLE naming CORENLP_URL and writes nothing; reads stay up', async () => {
    const text = article(unique());
    const res = await server.gql(INGEST, { text }, { token: TEST_WRITER_TOKEN });
    expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.errors?.[0]?.message).toContain(dead);
    expect(res.errors?.[0]?.message).toContain('CORENLP_URL');
    expect(await stored(server, text)).toBe(false);

    const read = await server.gql<{ country: { id: string } }>('{ country(iso3: "PRK") { id } }');
    expect(read.errors).toBeUndefined();
    expect(read.data?.country.id).toBe('country:PRK');
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      components: { neo4j: 'up', corenlp: 'down' },
      ingest: expect.stringContaining(dead) as unknown,
    });
  });
});

describe('when the language service is busy', () => {
  let server: TestServer;
  let proxy: Proxy;
  beforeAll(async () => {
    // every parse takes at least 1.5 s: the five requests below all arrive while the first one runs
    proxy = await parseProxy({ delayMs: 1500 });
    server = await startTestServer({ nlp: { url: proxy.url, maxInFlight: 1, maxQueued: 1 } });
  });
  afterAll(async () => {
    await server.close();
    await proxy.close();
  });

  it('refuses what its queue cannot hold at once with SERVICE_BUSY, 429 and Retry-After, writing none of it', async () => {
    const texts = [0, 1, 2, 3, 4].map(i => article(`${unique()}-${i}`));
    const t0 = Date.now();
    const answers = await Promise.all(
      texts.map(async text => {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${TEST_WRITER_TOKEN}`,
          },
          body: JSON.stringify({ query: INGEST, variables: { text } }),
        });
        const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
        return { text, status: res.status, retryAfter: res.headers.get('retry-after'), body };
      }),
    );
    const busy = answers.filter(a => a.body.errors?.[0]?.extensions?.code === 'SERVICE_BUSY');
    const done = answers.filter(a => a.body.errors === undefined);
    // one parse running and one waiting: the other three are refused
    expect(done).toHaveLength(2);
    expect(busy).toHaveLength(3);
    for (const a of busy) {
      expect(a.status).toBe(429);
      // (1 queued + 1) / 1 in flight: the wait until both are through
      expect(a.retryAfter).toBe('2');
      expect(a.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_BUSY', retryAfter: 2 });
      expect(await stored(server, a.text)).toBe(false);
    }
    for (const a of done) {
      expect(a.status).toBe(200);
      expect(await stored(server, a.text)).toBe(true);
    }
    // the refused never reached the service, and the two accepted ran one after the other
    expect(proxy.requests()).toBe(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(3000);
  }, 60_000);
});

describe('npm run ingest on a busy language service', () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    server = await startTestServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-paced-'));
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('waits and tries again, saying so, instead of failing', async () => {
    // the service answers busy to the first two parses, then parses
    const proxy = await parseProxy({ busy: n => n <= 2 });
    const texts = [0, 1, 2].map(i => article(`${unique()}-paced-${i}`));
    texts.forEach((text, i) => fs.writeFileSync(path.join(dir, `${i}.txt`), text));
    const client = new CoreNlpClient(proxy.url, {
      timeoutMs: 120_000,
      maxInFlight: 1,
      maxQueued: 0,
      origin: 'CORENLP_URL',
    });
    const lines: string[] = [];
    const t0 = Date.now();
    try {
      const service = pacedIngestService(server.graph, client, l => lines.push(l));
      const totals = await ingestPaths([dir], service);
      expect(totals.skipped).toEqual([]);
      expect(totals.articles).toBe(3);
    } finally {
      await proxy.close();
    }
    expect(lines).toEqual([
      '[ingest] the language service is busy: waiting 1 s and trying again (1 wait so far)',
      '[ingest] the language service is busy: waiting 1 s and trying again (2 waits so far)',
    ]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2000);
    for (const text of texts) {
      expect(await stored(server, text)).toBe(true);
    }
  }, 60_000);
});
