/**
 * One read transaction per GraphQL query (issue 13 §1): a recording driver sees every session,
 * transaction and statement the server opens for the benchmark's documents, over a synthetic hub of
 * this file's own. A query with one root field runs its first statement auto-commit (no BEGIN/COMMIT)
 * and any later ones in one explicit transaction; a query with several shares one from the start. Then
 * what must close it: a failing or timed-out statement, a client that goes away, and load.
 */
import type { Driver, Session } from 'neo4j-driver';
import { neo4jError } from '../helpers/faults';
import { type Operation, operations } from '../../src/bench/read-operations';
import { GraphClient, type CallOptions, type Params } from '../../src/graph/graph-client';
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import { NEIGHBORHOOD_NODES } from '../../src/graph/cypher/traversal.cypher';
import { type Hub, hubArticle } from '../helpers/hub';
import { type TestServer, startTestServer } from '../helpers/test-server';

interface Recorded {
  /** Per transaction: 'managed', 'explicit' or 'auto' (commit), and the statements run in it. */
  readonly txs: { kind: Kind; statements: number; cypher: string[] }[];
  /** The most statements of one transaction that were in flight at once. */
  maxInFlight: number;
  /** The next auto-commit statements fail with these Neo4j codes, instead of running. */
  autoFaults: string[];
}

type Kind = 'managed' | 'explicit' | 'auto';

/** Wraps a driver's sessions to record transactions and statements; the work is the real one. */
function recordingDriver(real: Driver, rec: Recorded): Driver {
  const track = <T extends { run: (...a: never[]) => unknown }>(tx: T, kind: Kind) => {
    const entry = { kind, statements: 0, cypher: [] as string[] };
    rec.txs.push(entry);
    let inFlight = 0;
    return new Proxy(tx, {
      get: (target, prop, receiver) => {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (prop !== 'run' || typeof value !== 'function') {
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        }
        return (...args: unknown[]) => {
          entry.statements += 1;
          entry.cypher.push(String(args[0]));
          inFlight += 1;
          rec.maxInFlight = Math.max(rec.maxInFlight, inFlight);
          const result = (value as (...a: unknown[]) => PromiseLike<unknown>).apply(target, args);
          result.then(
            () => (inFlight -= 1),
            () => (inFlight -= 1),
          );
          return result;
        };
      },
    });
  };
  const wrap = (session: Session): Session =>
    new Proxy(session, {
      get: (target, prop, receiver) => {
        if (prop === 'beginTransaction') {
          return (config?: Parameters<Session['beginTransaction']>[0]) =>
            track(target.beginTransaction(config), 'explicit');
        }
        if (prop === 'run') {
          // an auto-commit statement: a transaction of its own
          const auto = {
            run: (...args: Parameters<Session['run']>) => {
              const code = rec.autoFaults.shift();
              return code === undefined
                ? target.run(...args)
                : Promise.reject(neo4jError(code, `auto-commit fault ${code}`));
            },
          };
          return track(auto, 'auto').run;
        }
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: never) => unknown, config?: object) =>
            target[prop](tx => work(track(tx, 'managed') as never), config);
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  return new Proxy(real, {
    get: (target, prop, receiver) =>
      prop === 'session'
        ? (config?: Parameters<Driver['session']>[0]) => wrap(target.session(config))
        : (Reflect.get(target, prop, receiver) as unknown),
  });
}

/**
 * A GraphClient that can make the neighbourhood statement fail in Neo4j itself (a division by zero, a
 * real error of the real transaction) or start only after a pause.
 */
class FaultyGraph extends GraphClient {
  neighbourhood: 'fail' | { delayMs: number } | undefined;

  override async read<T extends Record<string, unknown>>(
    cypher: string,
    params?: Params,
    call?: CallOptions,
  ): Promise<T[]> {
    const fault = cypher === NEIGHBORHOOD_NODES ? this.neighbourhood : undefined;
    if (fault === 'fail') {
      return super.read<T>('UNWIND [0] AS z RETURN 1 / z AS n', {}, call);
    }
    if (fault !== undefined) {
      await new Promise(r => setTimeout(r, fault.delayMs));
    }
    return super.read<T>(cypher, params, call);
  }
}

const rec: Recorded = { txs: [], maxInFlight: 0, autoFaults: [] };
let server: TestServer;
let graph: FaultyGraph;
let hub: Hub;
let ops: Map<string, Operation>;

async function settled(): Promise<void> {
  for (let i = 0; i < 100 && graph.openSessions > 0; i += 1) {
    await new Promise(r => setTimeout(r, 20));
  }
}

async function run(name: string): Promise<{ data: unknown; errors: unknown }> {
  const op = ops.get(name);
  if (op === undefined) {
    throw new Error(`no operation ${name}`);
  }
  const res = await server.gql(op.newsgraph.query, op.newsgraph.variables);
  await settled();
  return { data: res.data, errors: res.errors };
}

beforeAll(async () => {
  server = await startTestServer({
    makeGraph: (driver, options) => {
      graph = new FaultyGraph(recordingDriver(driver, rec), options);
      return graph;
    },
  });
  hub = hubArticle(12, 2, 3);
  await new KgWriterRepository(server.graph).writeBatch(hub.batch);
  // the deep page starts after the hub's 5th event: its cursor comes from a first page
  const first = await server.gql<{
    actor: { events: { edges: { cursor: string }[] } };
  }>(`{ actor(id: "${hub.hubId}") { events(first: 5) { edges { cursor } } } }`);
  const cursor = first.data?.actor.events.edges[4]?.cursor ?? '';
  const deepKey = Buffer.from(cursor, 'base64url').toString('utf8').replace(/^ng1:/, '');
  const [a, b] = [hub.hubId, hub.heavyIds[0] ?? ''];
  const list = operations({
    a,
    b,
    dyadSize: 20,
    actorSize: 10,
    deepOffset: 5,
    deepKey,
    deepSize: 5,
    search: hub.tag,
    searchSize: 5,
    articleId: hub.batch.article.id,
    topSize: 5,
    neighbours: 5,
    pathFrom: a,
    pathTo: b,
  });
  ops = new Map(list.map(op => [op.name, op]));
}, 60_000);

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  graph.neighbourhood = undefined;
  await settled();
  rec.txs.length = 0;
  rec.maxInFlight = 0;
  rec.autoFaults.length = 0;
});

describe('one read transaction per query', () => {
  // planned entirely (graph/planner): one statement, which runs auto-commit, no explicit transaction
  // the dyad and the deep page are one statement each too (the planner)
  it.each(['article', 'actor', 'search', 'dyad', 'deep'])(
    'runs the one statement of the %s document auto-commit, with no explicit transaction',
    async name => {
      const statements0 = graph.statementCount;
      const transactions0 = graph.transactionCount;
      const res = await run(name);
      expect(res.errors).toBeUndefined();
      expect(res.data).not.toBeNull();
      expect(graph.statementCount - statements0).toBe(1);
      expect(graph.transactionCount - transactions0).toBe(1);
      expect(rec.txs.map(t => [t.kind, t.statements])).toEqual([['auto', 1]]);
      expect(graph.openSessions).toBe(0);
    },
  );

  it('runs a one-root-field query needing more statements: the first auto-commit, the rest in one transaction', async () => {
    // the article and its actors are planned; `memberOf` and `mentionedIn` are left to DataLoaders
    const query = `query($id: ID!) { article(id: $id) { id
      actors { id memberOf { id } mentionedIn { id } } } }`;
    const statements0 = graph.statementCount;
    const res = await server.gql(query, { id: hub.batch.article.id });
    await settled();
    expect(res.errors).toBeUndefined();
    const statements = graph.statementCount - statements0;
    expect(statements).toBeGreaterThanOrEqual(2);
    expect(rec.txs.map(t => [t.kind, t.statements])).toEqual([
      ['auto', 1],
      ['explicit', statements - 1],
    ]);
    expect(graph.openSessions).toBe(0);
  });

  // the dashboard has five root fields, one statement each; the timeline one
  it.each([
    ['dashboard', 5, 'explicit'],
    ['timeline', 1, 'auto'],
  ])(
    'runs the statements of the %s document (%i) in one read transaction (%s)',
    async (name, expected, kind) => {
      const statements0 = graph.statementCount;
      const transactions0 = graph.transactionCount;
      const res = await run(name);
      expect(res.errors).toBeUndefined();
      const statements = graph.statementCount - statements0;
      expect(statements).toBe(expected);
      expect(graph.transactionCount - transactions0).toBe(1);
      expect(rec.txs.map(t => [t.kind, t.statements])).toEqual([[kind, statements]]);
      expect(graph.openSessions).toBe(0);
    },
  );

  it('sends the dashboard root fields statements together, pipelined in the transaction', async () => {
    const res = await run('dashboard');
    expect(res.errors).toBeUndefined();
    // five root fields resolve at once: their statements are in flight together, not one by one
    expect(rec.maxInFlight).toBeGreaterThanOrEqual(3);
  });
});

describe('a failing auto-commit statement', () => {
  it('answers TIMEOUT when it timed out, as the explicit transaction did, without running it again', async () => {
    rec.autoFaults.push('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    const res = await run('article');
    const errors = res.errors as { path: string[]; extensions: { code: string } }[];
    expect(errors.map(e => [e.path[0], e.extensions.code])).toEqual([['article', 'TIMEOUT']]);
    expect(rec.txs.map(t => t.kind)).toEqual(['auto']);
    expect(graph.openSessions).toBe(0);
  });

  it('runs it again in a managed transaction (retries, breaker, error mapping) after a transient fault', async () => {
    rec.autoFaults.push('Neo.TransientError.General.DatabaseUnavailable');
    const res = await run('article');
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ article: { id: hub.batch.article.id } });
    expect(rec.txs.map(t => [t.kind, t.statements])).toEqual([
      ['auto', 1],
      ['managed', 1],
    ]);
    expect(graph.openSessions).toBe(0);
  });

  it('answers the same error code as before when the statement fails in Neo4j itself', async () => {
    graph.neighbourhood = 'fail';
    const res = await server.gql(
      `query($a: ID!) { neighbourhood: neighborhood(id: $a, hops: 1, limitPerHop: 5) { nodes { id } } }`,
      { a: hub.hubId },
    );
    await settled();
    const errors = res.errors as { path: string[]; extensions: { code: string } }[];
    expect(errors.map(e => [e.path[0], e.extensions.code])).toEqual([
      ['neighbourhood', 'INTERNAL_SERVER_ERROR'],
    ]);
    expect(String(server.loggedErrors.at(-1))).toContain('/ by zero');
    expect(rec.txs.map(t => t.kind)).toEqual(['auto', 'managed']);
    expect(graph.openSessions).toBe(0);
  });
});

describe('the transaction is closed', () => {
  it('when a statement fails mid-request: the error is answered, the next request has one again', async () => {
    graph.neighbourhood = 'fail';
    const res = await run('dashboard');
    const errors = res.errors as { path: string[]; extensions: { code: string } }[];
    expect(errors.map(e => e.path[0])).toEqual(['neighbourhood']);
    expect(errors[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(String(server.loggedErrors.at(-1))).toContain('/ by zero');
    // the shared transaction failed with the bad statement, which failed again on its own (managed)
    expect(rec.txs[0]?.kind).toBe('explicit');
    expect(rec.txs.filter(t => t.kind === 'managed').length).toBeGreaterThanOrEqual(1);
    expect(graph.openSessions).toBe(0);
    graph.neighbourhood = undefined;
    rec.txs.length = 0;
    expect((await run('dashboard')).errors).toBeUndefined();
    expect(rec.txs.map(t => t.kind)).toEqual(['explicit']);
  });

  it('when the client goes away mid-request: a statement after that runs on its own', async () => {
    graph.neighbourhood = { delayMs: 400 };
    const op = ops.get('dashboard');
    const ctrl = new AbortController();
    const aborted = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op?.newsgraph.query, variables: op?.newsgraph.variables }),
      signal: ctrl.signal,
    }).catch((e: unknown) => e);
    // the other four fields have opened the transaction by now; the neighbourhood waits
    await new Promise(r => setTimeout(r, 200));
    ctrl.abort();
    expect(String(await aborted)).toMatch(/abort/i);
    // the neighbourhood statement starts after its pause, in a session of its own
    const late = (): boolean =>
      rec.txs.some(t => t.kind === 'managed' && t.cypher.includes(NEIGHBORHOOD_NODES));
    for (let i = 0; i < 500 && !late(); i += 1) {
      await new Promise(r => setTimeout(r, 20));
    }
    await settled();
    expect(late()).toBe(true);
    expect(graph.openSessions).toBe(0);
    // no transaction began after the client left; the one it had did not run the late statement
    expect(rec.txs.filter(t => t.kind === 'explicit')).toHaveLength(1);
    expect(rec.txs[0]?.cypher).not.toContain(NEIGHBORHOOD_NODES);
  });

  it('after each of 40 concurrent dashboards', async () => {
    const transactions0 = graph.transactionCount;
    const many = await Promise.all(Array.from({ length: 40 }, () => run('dashboard')));
    expect(many.filter(r => r.errors !== undefined)).toEqual([]);
    await settled();
    expect(graph.openSessions).toBe(0);
    expect(rec.txs.filter(t => t.kind !== 'explicit')).toEqual([]);
    expect(graph.transactionCount - transactions0).toBe(40);
    expect(rec.txs.filter(t => t.kind === 'explicit')).toHaveLength(40);
  });
});
