/** dyadTimeline and topActors on the seed, through HTTP to the real Neo4j. */
import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { type TestServer, startTestServer } from '../helpers/test-server';

// Rankings are scoped to the seed article: other test files write their own actors in parallel.
const ARTICLE = loadSeedArticle().batch.article.id;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface Bucket {
  start: string;
  count: number;
  verbalCooperation: number;
  materialConflict: number;
  goldsteinSum: number;
  goldsteinMean: number | null;
}

const TIMELINE = `query($a: ID!, $b: ID!, $interval: Interval, $directed: Boolean, $modalities: [Modality!],
  $fillGaps: Boolean, $from: Date, $to: Date) {
  dyadTimeline(a: $a, b: $b, interval: $interval, directed: $directed, modalities: $modalities,
    fillGaps: $fillGaps, from: $from, to: $to) {
    start count verbalCooperation materialConflict goldsteinSum goldsteinMean
  }
}`;

describe('dyadTimeline', () => {
  it('counts Russia-North Korea events per month, officials included, history left out by default', async () => {
    const res = await server.gql<{ dyadTimeline: Bucket[] }>(TIMELINE, {
      a: 'country:RUS',
      b: 'country:PRK',
    });
    expect(res.errors).toBeUndefined();
    // 030 (4.0) + 051 (3.4) + 030 (4.0) in August 2022; the 2019 meeting is HISTORICAL
    expect(res.data?.dyadTimeline).toEqual([
      {
        start: '2022-08-01',
        count: 3,
        verbalCooperation: 3,
        materialConflict: 0,
        goldsteinSum: 11.4,
        goldsteinMean: 3.8,
      },
    ]);
  });

  it('includes historical events on request and fills empty years', async () => {
    const res = await server.gql<{ dyadTimeline: Bucket[] }>(TIMELINE, {
      a: 'country:PRK',
      b: 'country:RUS',
      interval: 'YEAR',
      modalities: ['ASSERTED', 'REPORTED', 'HISTORICAL'],
    });
    expect(res.data?.dyadTimeline.map(b => [b.start, b.count, b.goldsteinMean])).toEqual([
      ['2019-01-01', 1, 1],
      ['2020-01-01', 0, null],
      ['2021-01-01', 0, null],
      ['2022-01-01', 3, 3.8],
    ]);
  });

  it('keeps directions apart when directed', async () => {
    const ukrToPrk = await server.gql<{ dyadTimeline: Bucket[] }>(TIMELINE, {
      a: 'country:UKR',
      b: 'country:PRK',
      directed: true,
    });
    const prkToUkr = await server.gql<{ dyadTimeline: Bucket[] }>(TIMELINE, {
      a: 'country:PRK',
      b: 'country:UKR',
      directed: true,
    });
    expect(ukrToPrk.data?.dyadTimeline).toEqual([
      {
        start: '2022-07-01',
        count: 1,
        verbalCooperation: 0,
        materialConflict: 1,
        goldsteinSum: -4,
        goldsteinMean: -4,
      },
    ]);
    expect(prkToUkr.data?.dyadTimeline).toEqual([]);
  });

  it('buckets by ISO week, starting on Monday, within a window', async () => {
    const res = await server.gql<{ dyadTimeline: Bucket[] }>(TIMELINE, {
      a: 'country:RUS',
      b: 'country:PRK',
      interval: 'WEEK',
      from: '2022-08-01',
      to: '2022-08-31',
    });
    const weeks = res.data?.dyadTimeline ?? [];
    expect(weeks.map(w => w.start)).toEqual([
      '2022-08-01',
      '2022-08-08',
      '2022-08-15',
      '2022-08-22',
      '2022-08-29',
    ]);
    expect(weeks.map(w => w.count)).toEqual([0, 0, 3, 0, 0]);
  });

  it('rejects a range too fine to fill, and an empty modality list, as BAD_USER_INPUT', async () => {
    const tooFine = await server.gql(TIMELINE, {
      a: 'country:RUS',
      b: 'country:PRK',
      interval: 'DAY',
      from: '1900-01-01',
      to: '2022-12-31',
    });
    expect(tooFine.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'interval',
    });
    expect(tooFine.errors?.[0]?.message).toContain('2000');
    const none = await server.gql(TIMELINE, { a: 'country:RUS', b: 'country:PRK', modalities: [] });
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'modalities',
    });
  });
});

describe('topActors', () => {
  const TOP = `query($by: ActorMetric!, $of: ID, $first: Int, $article: ID) {
    topActors(by: $by, of: $of, first: $first, article: $article) { rank value support actor { id } } }`;

  it('ranks the most quoted speakers', async () => {
    const res = await server.gql<{
      topActors: { rank: number; value: number; actor: { id: string } }[];
    }>(TOP, {
      by: 'MOST_QUOTED',
      first: 2,
      article: ARTICLE,
    });
    expect(res.data?.topActors).toEqual([
      { rank: 1, value: 7, support: null, actor: { id: 'person:kim-jong-un' } },
      { rank: 2, value: 2, support: null, actor: { id: 'person:vladimir-putin' } },
    ]);
  });

  it('ranks the actors the article mentions most, with the articles behind each', async () => {
    const res = await server.gql<{
      topActors: { rank: number; value: number; support: number; actor: { id: string } }[];
    }>(TOP, { by: 'MOST_MENTIONED', first: 2, article: ARTICLE });
    expect(res.data?.topActors).toEqual([
      { rank: 1, value: 12, support: 1, actor: { id: 'country:PRK' } },
      { rank: 2, value: 8, support: 1, actor: { id: 'country:RUS' } },
    ]);
  });

  it("ranks North Korea's most conflictual partners by Goldstein sum", async () => {
    const res = await server.gql<{
      topActors: { value: number; support: number; actor: { id: string } }[];
    }>(TOP, {
      by: 'MOST_CONFLICTUAL_PARTNERS',
      of: 'country:PRK',
      article: ARTICLE, // other test files ingest articles about these countries in parallel
    });
    expect(res.data?.topActors.map(r => [r.actor.id, r.value, r.support])).toEqual([
      ['country:UKR', -4, 1],
      ['group:hostile-forces', -2, 1],
    ]);
  });

  it("rolls officials up to their country among Russia's cooperative partners", async () => {
    const res = await server.gql<{ topActors: { value: number; actor: { id: string } }[] }>(TOP, {
      by: 'MOST_COOPERATIVE_PARTNERS',
      of: 'country:RUS',
      article: ARTICLE,
    });
    const prk = res.data?.topActors.find(r => r.actor.id === 'country:PRK');
    expect(prk?.value).toBeCloseTo(11.4);
    expect(res.data?.topActors.map(r => r.actor.id)).not.toContain('person:kim-jong-un');
  });

  it('asks for `of` when ranking partners, and caps first', async () => {
    const noOf = await server.gql(TOP, { by: 'MOST_COOPERATIVE_PARTNERS' });
    expect(noOf.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'of',
    });
    const tooMany = await server.gql(TOP, { by: 'MOST_QUOTED', first: 1000 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
  });
});
