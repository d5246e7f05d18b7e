/**
 * The read benchmark's equivalence check, without a database: three tiny local HTTP servers stand in for
 * newsgraph, the peer and the floor and give canned answers. What is tested is the harness: it asks
 * each server each operation, counts the statements a request ran, compares the canonical answers,
 * marks the operation (and only it) whose answers differ, and keeps no body of a server that answered
 * errors, so that server is not timed on it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Tamper, checkOperations, target } from '../../src/bench/read-check';
import {
  type Operation,
  type OperationName,
  type OperationParams,
  operations,
} from '../../src/bench/read-operations';
import type { ServerProcess } from '../../src/bench/read-processes';
import type { ServerKind } from '../../src/bench/read-server';

const params: OperationParams = {
  a: 'country:AAA',
  b: 'country:BBB',
  dyadSize: 2,
  actorSize: 2,
  deepOffset: 1,
  deepKey: 'k',
  deepSize: 2,
  search: 'an',
  searchSize: 2,
  articleId: 'article:1',
  topSize: 2,
  neighbours: 2,
  pathFrom: 'person:x',
  pathTo: 'media:y',
};

const ops = operations(params).filter(o => o.name === 'deep' || o.name === 'timeline');

/** Each server's answer to each operation, in its own shape; `null` answers a GraphQL error. */
type Answers = Record<ServerKind, Partial<Record<OperationName, unknown>>>;

const events = [
  { id: 'event:1', date: '2021-02-03', code: '161' },
  { id: 'event:2', date: '2021-02-01', code: '051' },
];
const buckets = [
  { start: '2021-01-01', count: 2, goldsteinSum: -3.0000001 },
  { start: '2021-02-01', count: 1, goldsteinSum: 3.4 },
];

function agreeing(): Answers {
  return {
    newsgraph: {
      deep: {
        data: {
          actor: {
            events: {
              edges: events.map(e => ({
                node: { id: e.id, date: e.date, type: { code: e.code } },
              })),
            },
          },
        },
      },
      timeline: { data: { timeline: buckets } },
    },
    peer: {
      deep: {
        data: {
          events: {
            edges: events.map(e => ({
              node: { id: e.id, date: e.date, type: [{ code: e.code }] },
            })),
          },
        },
      },
      // sums of floats agree to three places
      timeline: {
        data: {
          timeline: buckets.map((b, i) => ({ ...b, goldsteinSum: i === 0 ? -3 : 3.4000004 })),
        },
      },
    },
    floor: {
      deep: { data: events },
      timeline: { data: buckets },
    },
  };
}

interface Fake {
  readonly process: ServerProcess;
  /** Requests answered, by operation. */
  readonly asked: Map<OperationName, number>;
}

/**
 * A stand-in server: POST answers each operation's request (as `target` builds it), GET /stats the
 * statements counted so far (`perRequest` per answer, as the real servers count theirs); its db hits
 * are HITS_PER_STATEMENT for each statement since the log was last cleared.
 */
const HITS_PER_STATEMENT = 10;

async function fakeServer(
  kind: ServerKind,
  answers: Partial<Record<OperationName, unknown>>,
  perRequest: number,
): Promise<Fake> {
  const byBody = new Map<string, OperationName>(
    ops.map((op: Operation) => [target(kind, op).body, op.name]),
  );
  const asked = new Map<OperationName, number>();
  let statements = 0;
  let logged = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET') {
        res.end(JSON.stringify({ statements }));
        return;
      }
      // the floor has a route per operation; GraphQL servers tell them by their documents
      const name =
        kind === 'floor'
          ? ops.find(op => `/floor/${op.name}` === req.url)?.name
          : byBody.get(Buffer.concat(chunks).toString('utf8'));
      if (name === undefined) {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: 'unknown request' }));
        return;
      }
      asked.set(name, (asked.get(name) ?? 0) + 1);
      statements += perRequest;
      logged += perRequest;
      const answer = answers[name];
      res.end(JSON.stringify(answer ?? { errors: [{ message: 'timeout' }] }));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    asked,
    process: {
      kind,
      pid: process.pid,
      url,
      statements: async () =>
        ((await (await fetch(`${url}/stats`)).json()) as { statements: number }).statements,
      clearLog: () => {
        logged = 0;
        return Promise.resolve();
      },
      dbHits: () => Promise.resolve(logged * HITS_PER_STATEMENT),
      stop: () => new Promise<void>(resolve => server.close(() => resolve())),
    },
  };
}

let fakes: Fake[] = [];

async function start(answers: Answers): Promise<ServerProcess[]> {
  fakes = [
    await fakeServer('newsgraph', answers.newsgraph, 3),
    await fakeServer('peer', answers.peer, 1),
    await fakeServer('floor', answers.floor, 2),
  ];
  return fakes.map(f => f.process);
}

afterEach(async () => {
  await Promise.all(fakes.map(f => f.process.stop()));
  fakes = [];
});

async function run(
  answers: Answers,
  tamper?: Tamper,
): Promise<{ lines: string[]; result: Awaited<ReturnType<typeof checkOperations>> }> {
  const lines: string[] = [];
  const result = await checkOperations(await start(answers), ops, tamper, l => lines.push(l));
  return { lines, result };
}

it('finds the same answers in three shapes and counts each server’s statements and db hits per request', async () => {
  const { lines, result } = await run(agreeing());
  expect(result.reports.map(r => [r.name, r.mismatch])).toEqual([
    ['deep', ''],
    ['timeline', ''],
  ]);
  expect(result.reports[0]?.statements).toEqual({ newsgraph: 3, peer: 1, floor: 2 });
  // the db hits of the checked request's statements only (not the cold request's before it)
  expect(result.reports[0]?.dbHits).toEqual({ newsgraph: 30, peer: 10, floor: 20 });
  expect(lines).toEqual([
    '[bench] answers of deep: the same',
    '[bench] answers of timeline: the same',
  ]);
  // every server's body is kept, to be timed; a cold first request is not compared
  expect([...(result.bodies.get('deep')?.keys() ?? [])].sort()).toEqual([
    'floor',
    'newsgraph',
    'peer',
  ]);
  expect(fakes.map(f => f.asked.get('deep'))).toEqual([2, 2, 2]);
});

it('marks the operation whose answers differ, and only that one', async () => {
  // the floor's timeline loses its first bucket
  const tamper: Tamper = (server, op, answer) =>
    server === 'floor' && op === 'timeline' && Array.isArray(answer) ? answer.slice(1) : answer;
  const { lines, result } = await run(agreeing(), tamper);
  const marked = result.reports.filter(r => r.mismatch !== '');
  expect(marked.map(r => r.name)).toEqual(['timeline']);
  expect(marked[0]?.mismatch).toBe('newsgraph vs floor at [0].count: 2 vs 1');
  expect(lines[1]).toMatch(/^\[bench\] answers of timeline: DIFFER \(newsgraph vs floor/u);
});

it('names the server whose answer differs and where', async () => {
  const answers = agreeing();
  const peerDeep = answers.peer.deep as {
    data: { events: { edges: { node: { date: string } }[] } };
  };
  const second = peerDeep.data.events.edges[1];
  if (second !== undefined) {
    second.node.date = '2021-01-31';
  }
  const { result } = await run(answers);
  expect(result.reports.map(r => r.mismatch)).toEqual([
    'peer vs floor at [1].date: "2021-01-31" vs "2021-02-01"',
    '',
  ]);
});

it('asks once more after errors, then reports them and keeps no body of that server', async () => {
  const answers = agreeing();
  delete answers.peer.timeline;
  const { result } = await run(answers);
  const timeline = result.reports.find(r => r.name === 'timeline');
  expect(timeline?.mismatch).toMatch(/^peer answered errors: .*timeout/u);
  expect([...(result.bodies.get('timeline')?.keys() ?? [])].sort()).toEqual(['floor', 'newsgraph']);
  // a cold request, then two attempts
  expect(fakes[1]?.asked.get('timeline')).toBe(3);
  expect(result.reports.find(r => r.name === 'deep')?.mismatch).toBe('');
});
