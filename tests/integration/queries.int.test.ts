/** Each root query and Actor field against the seeded graph, through HTTP to the real Neo4j. */
import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { type TestServer, startTestServer } from '../helpers/test-server';

const { batch } = loadSeedArticle();
const ARTICLE_ID = batch.article.id;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface EventNode {
  date: string | null;
  modality: string;
  type: { code: string };
  source: { id: string };
  target: { id: string };
  evidence: { start: number; end: number; text: string; article: { text: string } }[];
}

describe('article and articles', () => {
  it('returns the seed article once, with its single title and inferred date', async () => {
    const res = await server.gql<{
      article: {
        id: string;
        title: string;
        publishedAt: string;
        publishedAtInferred: boolean;
        text: string;
      };
      articles: { totalCount: number; edges: { node: { id: string } }[] };
    }>(
      `query($id: ID!) {
        article(id: $id) { id title publishedAt publishedAtInferred text }
        articles(first: 100) { totalCount edges { node { id } } }
      }`,
      { id: ARTICLE_ID },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.article.title).toBe(
      'The Russian government vows to expand its relations with North Korea.',
    );
    expect(res.data?.article.publishedAt).toBe('2022-08-15T00:00:00.000Z');
    expect(res.data?.article.publishedAtInferred).toBe(true);
    expect(res.data?.article.text).toBe(batch.article.text);
    expect(res.data?.articles.edges.map(e => e.node.id)).toContain(ARTICLE_ID);
    expect(res.data?.articles.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('lists the actors an article mentions, filtered by kind', async () => {
    const res = await server.gql<{
      article: { countries: { id: string }[]; all: { id: string }[] };
    }>(
      `query($id: ID!) { article(id: $id) { countries: actors(kind: COUNTRY) { id } all: actors { id } } }`,
      { id: ARTICLE_ID },
    );
    expect(res.data?.article.countries.map(a => a.id).sort()).toEqual(
      ['country:JPN', 'country:PRK', 'country:RUS', 'country:UKR', 'country:USA'].sort(),
    );
    expect(res.data?.article.all).toHaveLength(batch.actors.length);
  });

  it("pages an article's statements and lists its events", async () => {
    const res = await server.gql<{
      article: {
        statements: {
          totalCount: number;
          edges: { node: { evidence: { start: number } } }[];
          pageInfo: { hasNextPage: boolean };
        };
        events: { totalCount: number; edges: { node: { id: string } }[] };
      };
    }>(
      `query($id: ID!) { article(id: $id) {
        statements(first: 3) { totalCount edges { node { evidence { start } } } pageInfo { hasNextPage } }
        events(first: 100) { totalCount edges { node { id } } } } }`,
      { id: ARTICLE_ID },
    );
    const starts = res.data?.article.statements.edges.map(e => e.node.evidence.start) ?? [];
    expect(res.data?.article.statements.totalCount).toBe(batch.statements.length);
    expect(res.data?.article.statements.pageInfo.hasNextPage).toBe(true);
    expect(starts).toHaveLength(3);
    expect(res.data?.article.events.totalCount).toBe(batch.events.length);
    expect(res.data?.article.events.edges).toHaveLength(batch.events.length);
  });

  it('returns null for an unknown article id', async () => {
    const res = await server.gql<{ article: null }>(
      `{ article(id: "article:0000000000000000") { id } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.article).toBeNull();
  });
});

describe('actor and country', () => {
  it('resolves Kim Jong Un with his office in North Korea and his country', async () => {
    const res = await server.gql<{
      actor: {
        kind: string;
        name: string;
        country: { id: string; iso3: string };
        offices: { title: string; role: string; since: string; country: { id: string } }[];
      };
    }>(`{ actor(id: "person:kim-jong-un") {
          kind name country { id iso3 } offices { title role since country { id } } } }`);
    expect(res.data?.actor).toMatchObject({
      kind: 'PERSON',
      name: 'Kim Jong Un',
      country: { id: 'country:PRK', iso3: 'PRK' },
    });
    expect(res.data?.actor.offices).toEqual([
      {
        title: 'Supreme Leader of North Korea',
        role: 'HEAD_OF_STATE',
        since: '2011-12-17',
        country: { id: 'country:PRK' },
      },
    ]);
  });

  it('finds a country by ISO code, case-insensitively, with its aliases', async () => {
    const res = await server.gql<{ country: { id: string; name: string; aliases: string[] } }>(
      `{ country(iso3: "prk") { id name aliases } }`,
    );
    expect(res.data?.country.id).toBe('country:PRK');
    expect(res.data?.country.aliases).toContain('Pyongyang');
  });

  it('returns null for a well-formed but unknown ISO code', async () => {
    const res = await server.gql<{ country: null }>(`{ country(iso3: "ZZZ") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.country).toBeNull();
  });

  it('lists actors by kind and by search over names and aliases', async () => {
    // other test files ingest articles in parallel: assert on the kinds and on the seed's actors
    const res = await server.gql<{
      territories: { edges: { node: { id: string; kind: string } }[] };
      pyongyang: { edges: { node: { id: string } }[] };
      media: { edges: { node: { id: string; kind: string; country: { id: string } } }[] };
    }>(`{
      territories: actors(kind: TERRITORY, first: 100) { edges { node { id kind } } }
      pyongyang: actors(search: "pyongyang") { edges { node { id } } }
      media: actors(kind: MEDIA_OUTLET, first: 100) { edges { node { id kind country { id } } } }
    }`);
    const territories = res.data?.territories.edges.map(e => e.node) ?? [];
    expect(new Set(territories.map(t => t.kind))).toEqual(new Set(['TERRITORY']));
    expect(territories.map(t => t.id)).toEqual(
      expect.arrayContaining([
        'territory:donetsk-peoples-republic',
        'territory:luhansk-peoples-republic',
      ]),
    );
    expect(res.data?.pyongyang.edges.map(e => e.node.id)).toEqual(['country:PRK']);
    const media = res.data?.media.edges.map(e => e.node) ?? [];
    expect(new Set(media.map(m => m.kind))).toEqual(new Set(['MEDIA_OUTLET']));
    expect(media).toContainEqual({
      id: 'media:kcna',
      kind: 'MEDIA_OUTLET',
      country: { id: 'country:PRK' },
    });
  });

  it("lists an actor's events by role", async () => {
    const res = await server.gql<{
      country: {
        asTarget: {
          edges: { node: EventNode & { respondsTo: { type: { code: string } } | null } }[];
        };
        asSource: { totalCount: number };
      };
    }>(`{ country(iso3: "PRK") {
          asTarget: events(role: TARGET) { edges { node { type { code } source { id } target { id } respondsTo { type { code } } } } }
          asSource: events(role: SOURCE) { totalCount } } }`);
    const cut = res.data?.country.asTarget.edges
      .map(e => e.node)
      .filter(n => n.type.code === '161');
    expect(cut).toEqual([
      {
        type: { code: '161' },
        source: { id: 'country:UKR' },
        target: { id: 'country:PRK' },
        respondsTo: { type: { code: '054' } },
      },
    ]);
    // PRK recognises DPR and LPR, and might send workers to both.
    expect(res.data?.country.asSource.totalCount).toBe(4);
  });
});

describe('statements', () => {
  it('returns everything Kim Jong Un said, each with evidence equal to the article slice', async () => {
    const res = await server.gql<{
      statements: {
        totalCount: number;
        edges: {
          node: {
            text: string;
            direct: boolean;
            speaker: { id: string };
            addressees: { id: string }[];
            evidence: { start: number; end: number; text: string; article: { text: string } };
          };
        }[];
      };
    }>(
      `query($article: ID!) { statements(speaker: "person:kim-jong-un", article: $article, first: 50) {
          totalCount edges { node {
          text direct speaker { id } addressees { id } evidence { start end text article { text } } } } } }`,
      { article: ARTICLE_ID },
    );
    const nodes = res.data?.statements.edges.map(e => e.node) ?? [];
    expect(res.data?.statements.totalCount).toBe(7);
    expect(nodes).toHaveLength(7);
    expect(nodes.filter(n => n.direct)).toHaveLength(4);
    for (const n of nodes) {
      expect(n.speaker.id).toBe('person:kim-jong-un');
      expect(n.addressees).toEqual([{ id: 'person:vladimir-putin' }]);
      expect(n.evidence.article.text.slice(n.evidence.start, n.evidence.end)).toBe(n.evidence.text);
      expect(n.text).toBe(n.evidence.text);
    }
    expect(nodes.map(n => n.text)).toContain('forged in the anti-Japanese fight');
  });

  it('filters by subject and article, and names the outlet that carried a quote', async () => {
    const res = await server.gql<{
      statements: {
        edges: {
          node: { text: string; reportedBy: { id: string } | null; speaker: { id: string } };
        }[];
      };
    }>(
      `query($article: ID!) { statements(about: "group:hostile-forces", article: $article) {
          edges { node { text reportedBy { id } speaker { id } } } } }`,
      { article: ARTICLE_ID },
    );
    expect(res.data?.statements.edges).toEqual([
      {
        node: {
          text: 'strategic and tactical collaboration, support, and solidarity',
          reportedBy: null,
          speaker: { id: 'person:kim-jong-un' },
        },
      },
    ]);
    const putin = await server.gql<{
      actor: {
        statements: { edges: { node: { direct: boolean; reportedBy: { name: string } | null } }[] };
      };
    }>(
      `{ actor(id: "person:vladimir-putin") { statements { edges { node { direct reportedBy { name } } } } } }`,
    );
    expect(putin.data?.actor.statements.edges.map(e => e.node)).toEqual([
      { direct: false, reportedBy: null },
      { direct: true, reportedBy: { name: 'Korean Central News Agency' } },
    ]);
  });
});

describe('relationsBetween', () => {
  const QUERY = `query($a: ID!, $b: ID!, $from: Date, $to: Date) {
    relationsBetween(a: $a, b: $b, from: $from, to: $to, first: 50) { totalCount edges { node {
      date modality type { code } source { id } target { id } evidence { start end text article { text } } } } } }`;

  it("returns Russia-North Korea events in both directions by date, including their leaders' letters", async () => {
    const res = await server.gql<{
      relationsBetween: { totalCount: number; edges: { node: EventNode }[] };
    }>(QUERY, {
      a: 'country:RUS',
      b: 'country:PRK',
    });
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.relationsBetween.edges.map(e => e.node) ?? [];
    expect(nodes.map(n => [n.date, n.type.code, n.source.id, n.target.id])).toEqual([
      ['2019-01-01', '040', 'person:kim-jong-un', 'person:vladimir-putin'],
      ['2022-08-15', '030', 'person:vladimir-putin', 'person:kim-jong-un'],
      ['2022-08-15', '051', 'person:kim-jong-un', 'person:vladimir-putin'],
      ['2022-08-15', '030', 'person:kim-jong-un', 'person:vladimir-putin'],
    ]);
    expect(res.data?.relationsBetween.totalCount).toBe(4);
    for (const n of nodes) {
      for (const ev of n.evidence) {
        expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.text);
      }
    }
  });

  it('is symmetric in its arguments and honours the date window', async () => {
    const reversed = await server.gql<{ relationsBetween: { totalCount: number } }>(QUERY, {
      a: 'country:PRK',
      b: 'country:RUS',
    });
    expect(reversed.data?.relationsBetween.totalCount).toBe(4);
    const windowed = await server.gql<{ relationsBetween: { edges: { node: EventNode }[] } }>(
      QUERY,
      {
        a: 'country:PRK',
        b: 'country:RUS',
        from: '2020-01-01',
        to: '2022-12-31',
      },
    );
    expect(windowed.data?.relationsBetween.edges.map(e => e.node.date)).toEqual([
      '2022-08-15',
      '2022-08-15',
      '2022-08-15',
    ]);
  });

  it('returns the Ukraine-North Korea break of ties', async () => {
    const res = await server.gql<{ relationsBetween: { edges: { node: EventNode }[] } }>(QUERY, {
      a: 'country:UKR',
      b: 'country:PRK',
    });
    expect(
      res.data?.relationsBetween.edges.map(e => [
        e.node.type.code,
        e.node.source.id,
        e.node.modality,
      ]),
    ).toEqual([['161', 'country:UKR', 'ASSERTED']]);
  });

  it('pages with opaque cursors without losing or repeating events', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const res: {
        data?: {
          relationsBetween: {
            edges: { cursor: string; node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
      } = await server.gql(
        `query($after: String) { relationsBetween(a: "country:RUS", b: "country:PRK", first: 1, after: $after) {
            edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const page = res.data?.relationsBetween;
      seen.push(...(page?.edges.map(e => e.node.id) ?? []));
      if (page?.pageInfo.hasNextPage !== true) {
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });
});

describe('eventTypes', () => {
  it('serves the whole CAMEO table with Goldstein scores and quad classes', async () => {
    const res = await server.gql<{
      all: { code: string }[];
      root16: {
        code: string;
        name: string;
        quadClass: string;
        goldstein: number;
        rootCode: string;
      }[];
    }>(
      `{ all: eventTypes { code } root16: eventTypes(root: "16") { code name quadClass goldstein rootCode } }`,
    );
    expect(res.data?.all).toHaveLength(311);
    expect(res.data?.root16.find(t => t.code === '161')).toEqual({
      code: '161',
      name: 'Reduce or break diplomatic relations',
      quadClass: 'MATERIAL_CONFLICT',
      goldstein: -4,
      rootCode: '16',
    });
    expect(res.data?.root16.every(t => t.rootCode === '16')).toBe(true);
  });
});
