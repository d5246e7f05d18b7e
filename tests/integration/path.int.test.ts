/** path and allShortestPaths, through HTTP against the real Neo4j: the seed, and a generated hub. */
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import { TraversalRepository } from '../../src/graph/traversal.repository';
import { validateBatch } from '../../src/kg/kg-batch';
import { LinkKind } from '../../src/schema/link.enum';
import { BadUserInputError } from '../../src/errors/errors';
import { type Hub, hubArticle } from '../helpers/hub';
import { type TestServer, startTestServer } from '../helpers/test-server';

interface StepNode {
  from: { id: string };
  to: { id: string };
  kind: string;
  direction: string;
  event: {
    type: { code: string };
    date: string | null;
    evidence: { start: number; end: number; text: string; article: { text: string } }[];
  } | null;
}

interface PathNode {
  length: number;
  actors: { id: string }[];
  steps: StepNode[];
}

const PATH_FIELDS = `length actors { id } steps {
  from { id } to { id } kind direction
  event { type { code } date evidence { start end text article { text } } } }`;

const PATH = `query($from: ID!, $to: ID!, $maxHops: Int, $via: [LinkKind!], $since: Date, $until: Date) {
  path(from: $from, to: $to, maxHops: $maxHops, via: $via, since: $since, until: $until) { ${PATH_FIELDS} } }`;

const ALL = `query($from: ID!, $to: ID!, $maxHops: Int, $via: [LinkKind!], $since: Date, $until: Date,
  $limit: Int) {
  allShortestPaths(from: $from, to: $to, maxHops: $maxHops, via: $via, since: $since, until: $until,
    limit: $limit) { ${PATH_FIELDS} } }`;

/** One line per step: `from -KIND/DIRECTION[code]-> to`. */
function show(path: PathNode): string[] {
  return path.steps.map(
    s =>
      `${s.from.id} -${s.kind}/${s.direction}${s.event === null ? '' : `[${s.event.type.code}]`}-> ${s.to.id}`,
  );
}

let server: TestServer;
let hub: Hub;
beforeAll(async () => {
  server = await startTestServer();
  hub = hubArticle(300, 3, 3);
  expect(validateBatch(hub.batch)).toEqual([]);
  await new KgWriterRepository(server.graph).writeBatch(hub.batch);
});
afterAll(async () => {
  await server.close();
});

describe('path on the seed', () => {
  it('connects Ukraine to North Korea in one step: the 161 break of ties, with its evidence', async () => {
    const res = await server.gql<{ path: PathNode }>(PATH, {
      from: 'country:UKR',
      to: 'country:PRK',
    });
    expect(res.errors).toBeUndefined();
    const path = res.data?.path;
    expect(path?.length).toBe(1);
    expect(path?.actors.map(a => a.id)).toEqual(['country:UKR', 'country:PRK']);
    expect(path && show(path)).toEqual(['country:UKR -EVENT/FORWARD[161]-> country:PRK']);
    const evidence = path?.steps[0]?.event?.evidence ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    for (const ev of evidence) {
      expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it('walks an event against its direction as BACKWARD', async () => {
    const res = await server.gql<{ path: PathNode }>(PATH, {
      from: 'country:PRK',
      to: 'country:UKR',
    });
    expect(res.data?.path && show(res.data.path)).toEqual([
      'country:PRK -EVENT/BACKWARD[161]-> country:UKR',
    ]);
  });

  it('mixes events and relations, and lists every shortest path', async () => {
    const one = await server.gql<{ path: PathNode }>(PATH, {
      from: 'country:UKR',
      to: 'person:kim-jong-un',
    });
    // Kim is OF_COUNTRY North Korea and HOLDS_OFFICE there: two equally short paths; OF_COUNTRY first.
    expect(one.data?.path && show(one.data.path)).toEqual([
      'country:UKR -EVENT/FORWARD[161]-> country:PRK',
      'country:PRK -OF_COUNTRY/BACKWARD-> person:kim-jong-un',
    ]);
    const all = await server.gql<{ allShortestPaths: PathNode[] }>(ALL, {
      from: 'country:UKR',
      to: 'person:kim-jong-un',
    });
    expect(all.errors).toBeUndefined();
    expect(all.data?.allShortestPaths.map(show)).toEqual([
      [
        'country:UKR -EVENT/FORWARD[161]-> country:PRK',
        'country:PRK -OF_COUNTRY/BACKWARD-> person:kim-jong-un',
      ],
      [
        'country:UKR -EVENT/FORWARD[161]-> country:PRK',
        'country:PRK -HOLDS_OFFICE/BACKWARD-> person:kim-jong-un',
      ],
    ]);
    expect(all.data?.allShortestPaths.every(p => p.steps[1]?.event === null)).toBe(true);
  });

  it('restricts the kinds of step with via', async () => {
    const events = await server.gql<{ path: PathNode | null }>(PATH, {
      from: 'country:UKR',
      to: 'person:kim-jong-un',
      via: ['EVENT'],
      maxHops: 4,
    });
    // Kim's only events are with Putin and the "hostile forces"; none leads to Ukraine in 4 events.
    expect(events.errors).toBeUndefined();
    expect(events.data?.path).toBeNull();
    const offices = await server.gql<{ allShortestPaths: PathNode[] }>(ALL, {
      from: 'country:UKR',
      to: 'person:kim-jong-un',
      via: ['EVENT', 'HOLDS_OFFICE'],
    });
    expect(offices.data?.allShortestPaths.map(show)).toEqual([
      [
        'country:UKR -EVENT/FORWARD[161]-> country:PRK',
        'country:PRK -HOLDS_OFFICE/BACKWARD-> person:kim-jong-un',
      ],
    ]);
  });

  it('restricts events to the date window, so the shortest path can get longer', async () => {
    const vars = { from: 'country:UKR', to: 'country:PRK', until: '2022-06-30' };
    // Before July 2022 the break of ties and the recognitions had not happened: the connection runs
    // through the invasion, Putin, and his 2019 meeting with Kim.
    const long = await server.gql<{ path: PathNode }>(PATH, { ...vars, maxHops: 4 });
    expect(long.errors).toBeUndefined();
    expect(long.data?.path && show(long.data.path)).toEqual([
      'country:UKR -EVENT/BACKWARD[190]-> country:RUS',
      'country:RUS -OF_COUNTRY/BACKWARD-> person:vladimir-putin',
      'person:vladimir-putin -EVENT/BACKWARD[040]-> person:kim-jong-un',
      'person:kim-jong-un -OF_COUNTRY/FORWARD-> country:PRK',
    ]);
    expect(long.data?.path.steps.map(s => s.event?.date ?? null)).toEqual([
      '2022-02-24',
      null,
      '2019-01-01',
      null,
    ]);
    const all = await server.gql<{ allShortestPaths: PathNode[] }>(ALL, { ...vars, maxHops: 4 });
    // OF_COUNTRY or HOLDS_OFFICE at each end.
    expect(all.data?.allShortestPaths).toHaveLength(4);
    const tooShort = await server.gql<{ path: PathNode | null }>(PATH, { ...vars, maxHops: 3 });
    expect(tooShort.data?.path).toBeNull();
    const inWindow = await server.gql<{ path: PathNode }>(PATH, {
      ...vars,
      since: '2022-07-01',
      until: '2022-07-31',
    });
    expect(inWindow.data?.path.length).toBe(1);
  });

  it('returns null and [] for unknown actors and for paths longer than maxHops', async () => {
    const res = await server.gql<{ unknown: null; none: PathNode[]; far: null }>(
      `{ unknown: path(from: "country:UKR", to: "person:nobody-at-all") { length }
         none: allShortestPaths(from: "country:ZZZ", to: "country:PRK") { length }
         far: path(from: "country:UKR", to: "country:JPN", maxHops: 2) { length } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ unknown: null, none: [], far: null });
    const near = await server.gql<{ path: PathNode }>(PATH, {
      from: 'country:UKR',
      to: 'country:JPN',
    });
    // Ukraine -190- Russia -SUCCEEDS- Soviet Union -190- Japan (or via North Korea and the Soviet aid).
    expect(near.data?.path.length).toBe(3);
  });
});

describe('path input errors', () => {
  it.each([
    ['maxHops', { maxHops: 0 }, 'between 1 and 4'],
    ['maxHops', { maxHops: 5 }, 'between 1 and 4'],
    ['via', { via: [] }, 'at least one'],
    ['until', { since: '2022-08-01', until: '2022-07-01' }, 'before since'],
    ['to', { to: 'country:UKR' }, 'differ'],
    ['from', { from: 'UKR' }, 'an id like'],
  ])('rejects a bad %s as BAD_USER_INPUT', async (argumentName, vars, text) => {
    const res = await server.gql(PATH, { from: 'country:UKR', to: 'country:PRK', ...vars });
    expect(res.data?.path).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(res.errors?.[0]?.message).toContain(text);
  });

  it('bounds limit to 1..100', async () => {
    for (const limit of [0, 101]) {
      const res = await server.gql(ALL, { from: 'country:UKR', to: 'country:PRK', limit });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'limit',
      });
      expect(res.errors?.[0]?.message).toContain('between 1 and 100');
    }
  });
});

describe('paths through a hub', () => {
  it('finds the two-step paths between two partners, one per pair of events, up to limit', async () => {
    const [a, b] = hub.heavyIds;
    // Each heavy partner has 1 + 3 events with the hub: 4 x 4 shortest paths.
    const all = await server.gql<{ allShortestPaths: PathNode[] }>(ALL, {
      from: a,
      to: b,
      limit: 100,
    });
    expect(all.errors).toBeUndefined();
    const paths = all.data?.allShortestPaths ?? [];
    expect(paths).toHaveLength(16);
    for (const p of paths) {
      expect(p.actors.map(x => x.id)).toEqual([a, hub.hubId, b]);
      expect(p.steps.every(s => s.kind === 'EVENT')).toBe(true);
    }
    const events = new Set(paths.map(p => p.steps.map(s => JSON.stringify(s.event)).join()));
    expect(events.size).toBe(16);
    const three = await server.gql<{ allShortestPaths: PathNode[] }>(ALL, {
      from: a,
      to: b,
      limit: 3,
    });
    expect(three.data?.allShortestPaths.map(show)).toEqual(paths.slice(0, 3).map(show));
  });

  it('reads 1 path or 16, with their actors, events and evidence, in one Cypher statement', async () => {
    const [a, b] = hub.heavyIds;
    const count = async (limit: number): Promise<{ statements: number; paths: number }> => {
      const before = server.graph.statementCount;
      const res = await server.gql<{ allShortestPaths: PathNode[] }>(ALL, {
        from: a,
        to: b,
        limit,
      });
      expect(res.errors).toBeUndefined();
      return {
        statements: server.graph.statementCount - before,
        paths: res.data?.allShortestPaths.length ?? 0,
      };
    };
    const one = await count(1);
    const many = await count(100);
    expect(one.paths).toBe(1);
    expect(many.paths).toBe(16);
    // The path statement reads the actors, events, types and evidence on the steps itself.
    expect(one.statements).toBe(1);
    expect(many.statements).toBe(1);
  });

  it('stays quick from the hub to any partner, and follows only the allowed kinds', async () => {
    const [first] = hub.partnerIds;
    const last = hub.partnerIds[hub.partnerIds.length - 1];
    const res = await server.gql<{ path: PathNode; relations: PathNode | null; country: PathNode }>(
      `query($hub: ID!, $first: ID!, $last: ID!, $country: ID!) {
        path(from: $hub, to: $last) { length steps { kind direction } }
        relations: path(from: $hub, to: $last, via: [OF_COUNTRY, HOLDS_OFFICE]) { length }
        country: path(from: $first, to: $country) { length steps { kind direction } } }`,
      { hub: hub.hubId, first, last, country: hub.countryId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.path.length).toBe(1);
    expect(res.data?.relations).toBeNull();
    expect(res.data?.country.steps).toEqual([
      { kind: 'EVENT', direction: 'BACKWARD' },
      { kind: 'OF_COUNTRY', direction: 'FORWARD' },
    ]);
  });

  it('refuses a search whose frontier outgrows the budget instead of running on', async () => {
    const small = new TraversalRepository(server.graph, { maxFrontier: 2 });
    const query = {
      from: hub.partnerIds[0] ?? '',
      to: 'country:PRK',
      maxHops: 4,
      via: Object.values(LinkKind),
      since: null,
      until: null,
    };
    // Each round expands the smaller side: the partner, then the hub (300 partners next); then North
    // Korea, whose 6 neighbours in the seed are more than 2 to expand in the fourth round.
    await expect(small.shortestPaths(query, 1)).rejects.toThrow(BadUserInputError);
    await expect(small.shortestPaths(query, 1)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'maxHops',
    });
  });
});
