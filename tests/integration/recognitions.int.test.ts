/** `recognitions` and `diplomaticStatus`, derived from events, through HTTP to the real Neo4j. */
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { type SyntheticDiplomacy, syntheticDiplomacy } from '../helpers/synthetic-diplomacy';
import { type TestServer, startTestServer } from '../helpers/test-server';

const seedArticle = loadSeedArticle().batch.article;

interface Recognition {
  recognizer: { id: string };
  recognized: { id: string };
  since: string | null;
  sincePrecision: string | null;
  event: { id: string; type: { code: string }; source: { id: string } };
  evidence: { start: number; end: number; text: string; article: { id: string; text: string } }[];
}

const RECOGNITIONS = `query($of: ID!) {
  recognitions(of: $of) {
    recognizer { id } recognized { id } since sincePrecision
    event { id type { code } source { id } }
    evidence { start end text article { id text } }
  }
}`;

interface Status {
  status: string;
  at: string;
  since: string | null;
  sincePrecision: string | null;
  basedOn: {
    id: string;
    type: { code: string };
    source: { id: string };
    target: { id: string };
    evidence: { text: string; article: { id: string } }[];
  } | null;
}

const STATUS = `query($a: ID!, $b: ID!, $at: Date) {
  diplomaticStatus(a: $a, b: $b, at: $at) {
    status at since sincePrecision
    basedOn { id type { code } source { id } target { id } evidence { text article { id } } }
  }
}`;

let server: TestServer;
let data: SyntheticDiplomacy;
beforeAll(async () => {
  server = await startTestServer();
  data = syntheticDiplomacy();
  await new KgWriterRepository(server.graph).writeBatch(data.batch);
});
afterAll(async () => {
  await server.close();
});

async function recognitions(of: string): Promise<Recognition[]> {
  const res = await server.gql<{ recognitions: Recognition[] }>(RECOGNITIONS, { of });
  expect(res.errors).toBeUndefined();
  return res.data?.recognitions ?? [];
}

async function status(a: string, b: string, at?: string): Promise<Status | null> {
  const res = await server.gql<{ diplomaticStatus: Status | null }>(STATUS, { a, b, at });
  expect(res.errors).toBeUndefined();
  return res.data?.diplomaticStatus ?? null;
}

describe('recognitions on the seed', () => {
  it('lists who recognizes the Donetsk People’s Republic: Russia, then North Korea', async () => {
    const list = await recognitions('territory:donetsk-peoples-republic');
    expect(
      list.map(r => [r.recognizer.id, r.recognized.id, r.since, r.sincePrecision, r.event.type]),
    ).toEqual([
      ['country:RUS', 'territory:donetsk-peoples-republic', '2022-02-21', 'DAY', { code: '054' }],
      ['country:PRK', 'territory:donetsk-peoples-republic', '2022-07-01', 'MONTH', { code: '054' }],
    ]);
  });

  it('cites the article spans of each recognition', async () => {
    const [russia, northKorea] = await recognitions('territory:donetsk-peoples-republic');
    expect(russia?.evidence.map(e => e.text)).toEqual([
      'Russia issued a decree recognizing the independence of two separatist entities in eastern Ukraine',
    ]);
    expect(northKorea?.evidence.map(e => e.text)).toEqual([
      'North Korea was one of the few nations to formally recognize them',
      'In July, North Korea recognized two “people’s republics” in eastern Ukraine that were backed by Russia as sovereign nations',
    ]);
    for (const e of [...(russia?.evidence ?? []), ...(northKorea?.evidence ?? [])]) {
      expect(e.article.id).toBe(seedArticle.id);
      expect(seedArticle.text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('finds the same recognizers for the Luhansk People’s Republic', async () => {
    const list = await recognitions('territory:luhansk-peoples-republic');
    expect(list.map(r => [r.recognizer.id, r.since])).toEqual([
      ['country:RUS', '2022-02-21'],
      ['country:PRK', '2022-07-01'],
    ]);
  });

  it('returns [] for an actor nobody recognizes and for an unknown id', async () => {
    expect(await recognitions('country:JPN')).toEqual([]);
    expect(await recognitions('territory:atlantis')).toEqual([]);
  });

  it.each(['donetsk', 'planet:mars', 'territory:', ''])(
    'rejects the malformed id %j with BAD_USER_INPUT naming `of`',
    async of => {
      const res = await server.gql(RECOGNITIONS, { of });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'of' });
    },
  );
});

describe('recognitions on data of its own', () => {
  it('credits an official’s recognition to the country, from its earliest event', async () => {
    const list = await recognitions(data.ids.newState);
    expect(list.map(r => [r.recognizer.id, r.since, r.sincePrecision, r.event.id])).toEqual([
      [data.ids.x, '2019-05-05', 'DAY', data.events.officialRecognizesNewState.id],
      [data.ids.y, null, null, data.events.yRecognizesNewStateUndated.id],
    ]);
    expect(list[0]?.event.source.id).toBe(data.ids.official);
  });

  it('gathers the evidence of every recognition event by the same recognizer', async () => {
    const [x] = await recognitions(data.ids.newState);
    expect(x?.evidence.map(e => [e.start, e.end, e.text])).toEqual(
      [data.events.officialRecognizesNewState, data.events.xRecognizesNewStateAgain].map(
        ({ span }) => [span.start, span.end, span.text],
      ),
    );
  });

  it('ignores possible recognitions and other events', async () => {
    const list = await recognitions(data.ids.newState);
    expect(list.map(r => r.recognizer.id)).not.toContain(data.ids.z);
  });

  it('lists a 054 between two established states as a recognition too', async () => {
    const list = await recognitions(data.ids.x);
    expect(list.map(r => [r.recognizer.id, r.since, r.sincePrecision])).toEqual([
      [data.ids.y, '2021-05-01', 'MONTH'],
    ]);
  });
});

describe('diplomaticStatus on the seed', () => {
  it('is SEVERED between Ukraine and North Korea at the end of 2022, based on the 161 event', async () => {
    const s = await status('country:UKR', 'country:PRK', '2022-12-31');
    expect(s).toMatchObject({
      status: 'SEVERED',
      at: '2022-12-31',
      since: '2022-07-01',
      sincePrecision: 'MONTH',
      basedOn: {
        type: { code: '161' },
        source: { id: 'country:UKR' },
        target: { id: 'country:PRK' },
      },
    });
    expect(s?.basedOn?.evidence.map(e => e.text)).toEqual([
      'Ukraine, which is resisting a Russian invasion of its territory, severed all diplomatic connections with Pyongyang in retaliation.',
    ]);
  });

  it('is the same in either order of the two countries', async () => {
    const forward = await status('country:UKR', 'country:PRK', '2022-12-31');
    const backward = await status('country:PRK', 'country:UKR', '2022-12-31');
    expect(backward).toEqual(forward);
  });

  it('is UNKNOWN before any deciding event (no evidence is not evidence of ties)', async () => {
    expect(await status('country:UKR', 'country:PRK', '2022-01-01')).toEqual({
      status: 'UNKNOWN',
      at: '2022-01-01',
      since: null,
      sincePrecision: null,
      basedOn: null,
    });
  });

  it('evaluates at today when no date is given', async () => {
    const before = new Date().toISOString().slice(0, 10);
    const s = await status('country:UKR', 'country:PRK');
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(s?.at);
    expect(s?.status).toBe('SEVERED');
  });

  it('counts a recognition of a territory as ties with it', async () => {
    const s = await status('country:RUS', 'territory:donetsk-peoples-republic', '2022-03-01');
    expect(s).toMatchObject({
      status: 'ACTIVE',
      since: '2022-02-21',
      basedOn: { type: { code: '054' } },
    });
  });

  it('returns null when a well-formed id is unknown', async () => {
    expect(await status('country:UKR', 'country:ZZZ', '2022-12-31')).toBeNull();
  });

  it.each([
    ['a malformed a', { a: 'UKR', b: 'country:PRK' }, 'a'],
    ['a malformed b', { a: 'country:UKR', b: 'country:PRK) DETACH DELETE n' }, 'b'],
    ['a person', { a: 'person:kim-jong-un', b: 'country:UKR' }, 'a'],
    ['an outlet', { a: 'country:UKR', b: 'media:kcna' }, 'b'],
    ['the same state twice', { a: 'country:UKR', b: 'country:UKR' }, 'b'],
  ])('rejects %s with BAD_USER_INPUT naming the argument', async (_name, vars, argumentName) => {
    const res = await server.gql(STATUS, vars);
    expect(res.data?.diplomaticStatus).toBeNull();
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName });
  });

  it('rejects an invalid date as a GraphQL validation error', async () => {
    const res = await server.gql(STATUS, { a: 'country:UKR', b: 'country:PRK', at: '2022-02-30' });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('diplomaticStatus over a history of its own', () => {
  const timeline: [string, string, string | null, string | null][] = [
    ['2020-02-29', 'UNKNOWN', null, null],
    ['2020-03-01', 'SEVERED', '2020-03-01', 'xBreaksWithY'],
    ['2021-04-30', 'SEVERED', '2020-03-01', 'xBreaksWithY'],
    ['2021-05-01', 'ACTIVE', '2021-05-01', 'yRestoresTiesWithX'],
    ['2022-12-31', 'ACTIVE', '2021-05-01', 'yRestoresTiesWithX'],
    ['2023-01-10', 'SEVERED', '2023-01-10', 'officialBreaksWithY'],
    ['2023-12-31', 'SEVERED', '2023-01-10', 'officialBreaksWithY'],
    ['2025-01-01', 'SEVERED', '2023-01-10', 'officialBreaksWithY'],
  ];

  it.each(timeline)('on %s ties are %s since %s', async (at, expected, since, key) => {
    const s = await status(data.ids.x, data.ids.y, at);
    const basedOn = key === null ? null : data.events[key as keyof typeof data.events].id;
    expect([s?.status, s?.since, s?.basedOn?.id ?? null]).toEqual([expected, since, basedOn]);
  });

  it('credits an official’s break to the country, in either order', async () => {
    const s = await status(data.ids.y, data.ids.x, '2023-02-01');
    expect(s?.basedOn?.source.id).toBe(data.ids.official);
    expect(s?.basedOn?.evidence[0]?.text).toBe(data.events.officialBreaksWithY.span.text);
  });

  it('ignores undated events: they cannot be placed before a date', async () => {
    expect((await status(data.ids.x, data.ids.z, '2030-01-01'))?.status).toBe('UNKNOWN');
  });
});
