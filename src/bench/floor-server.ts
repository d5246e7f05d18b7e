/**
 * The floor server: a minimal node:http server answering each benchmarked operation with hand-written
 * Cypher (floor.cypher.ts) through the bare driver, in one read transaction per request (the dashboard's
 * five statements pipelined in it). `POST /floor/<op>` with the operation's parameters as a JSON body;
 * the answer is the canonical one (read-canonical.ts).
 */
import http from 'node:http';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toLuceneQuery } from '../graph/lucene';
import { FLOOR_CYPHER, FLOOR_RETURN } from './floor.cypher';
import type { OperationParams } from './read-operations';

type Run = (tx: ManagedTransaction, p: OperationParams) => Promise<unknown>;

async function rows(tx: ManagedTransaction, cypher: string, params: object): Promise<unknown[]> {
  const result = await tx.run(cypher, params);
  return result.records.map(r => r.get('row') as unknown);
}

const int = (n: number): ReturnType<typeof neo4j.int> => neo4j.int(n);

const dyad: Run = (tx, p) =>
  rows(tx, FLOOR_CYPHER.dyad, { a: p.a, b: p.b, limit: int(p.dyadSize) });
const timeline: Run = (tx, p) =>
  rows(tx, `${FLOOR_CYPHER.timeline}\n${FLOOR_RETURN.timeline}`, { a: p.a, b: p.b });
const search: Run = (tx, p) =>
  rows(tx, FLOOR_CYPHER.search, { query: toLuceneQuery(p.search), limit: int(p.searchSize) });
const top: Run = (tx, p) =>
  rows(tx, `${FLOOR_CYPHER.topMentioned}\n${FLOOR_RETURN.topMentioned}`, {
    limit: int(p.topSize),
  });
const neighbourhood: Run = (tx, p) =>
  rows(tx, `${FLOOR_CYPHER.neighbourhood}\n${FLOOR_RETURN.neighbourhood}`, {
    id: p.a,
    limit: int(p.neighbours),
  });

const ROUTES: Record<string, Run> = {
  dyad,
  actor: async (tx, p) =>
    (await rows(tx, FLOOR_CYPHER.actor, { id: p.a, limit: int(p.actorSize) }))[0] ?? null,
  deep: (tx, p) =>
    rows(tx, FLOOR_CYPHER.deep, { id: p.a, after: p.deepKey, limit: int(p.deepSize) }),
  search,
  article: async (tx, p) => (await rows(tx, FLOOR_CYPHER.article, { id: p.articleId }))[0] ?? null,
  timeline,
  dashboard: async (tx, p) => {
    // five statements sent back to back in one transaction, answers awaited together
    const [d, t, tp, n, s] = await Promise.all([
      dyad(tx, p),
      timeline(tx, p),
      top(tx, p),
      neighbourhood(tx, p),
      search(tx, p),
    ]);
    return { dyad: d, timeline: t, top: tp, neighbourhood: n, search: s };
  },
  path: async (tx, p) =>
    (
      await rows(tx, `${FLOOR_CYPHER.path}\n${FLOOR_RETURN.path}`, {
        from: p.pathFrom,
        to: p.pathTo,
      })
    )[0] ?? null,
};

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** The floor's HTTP server (not listening yet). `driver` should be created with disableLosslessIntegers. */
export function createFloorServer(driver: Driver, database: string): http.Server {
  return http.createServer((req, res) => {
    const send = (status: number, body: unknown): void => {
      const json = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json),
      });
      res.end(json);
    };
    const route = ROUTES[(req.url ?? '').replace(/^\/floor\//u, '')];
    if (req.method !== 'POST' || route === undefined) {
      send(404, { error: 'no such operation' });
      return;
    }
    readBody(req)
      .then(async text => {
        const params = JSON.parse(text) as OperationParams;
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          send(200, { data: await session.executeRead(tx => route(tx, params)) });
        } finally {
          await session.close();
        }
      })
      .catch((err: unknown) => {
        send(500, { error: err instanceof Error ? err.message : String(err) });
      });
  });
}
