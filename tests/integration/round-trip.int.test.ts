/**
 * Nothing accepted that cannot be served back: every write path (the ingestArticle mutation, the CLI's
 * JSON Lines, the seed) stores values that every read field can serve. Each test writes, then reads back
 * EVERY field of the article, its events (type, source, target, evidence, sourcing, statements, dates),
 * its statements and its actors (with their offices), and expects no error. A legacy value written raw
 * with Cypher is migrated by prepareGraph and, before that, read without failing the query.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest-files';
import { IngestService } from '../../src/ingest/ingest.service';
import { testExtractor } from '../helpers/test-corenlp';
import { articleId } from '../../src/kg/kg-batch';
import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { prepareGraph } from '../../src/seed/seed.service';
import { TEST_WRITER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const tag = (): string => randomBytes(6).toString('hex');

const ACTOR = `id kind name aliases iso3 wikidataId description
  country { id name }
  offices { title role since until country { id name } }`;

const STATEMENT = `id text direct reportingVerb stance date datePrecision extractor confidence
  speaker { ${ACTOR} } reportedBy { id name } addressees { id name } about { id name }
  evidence { start end text article { id } }`;

const EVENT = `id date datePrecision dateInferred modality summary extractor confidence
  type { code name rootCode level quadClass goldstein }
  source { ${ACTOR} } target { ${ACTOR} }
  evidence { start end text article { id publishedAt } }
  sourcing { articleCount singleSource articles { id publishedAt } outlets { id name } }
  statements { ${STATEMENT} }
  respondsTo { id date summary }`;

const ARTICLE_FIELDS = `id title url source publishedAt publishedAtPrecision publishedAtInferred text
  extractor length
  actors { ${ACTOR} }
  statements(first: 50) { totalCount edges { node { ${STATEMENT} } } }
  events(first: 50) { totalCount edges { node { ${EVENT} } } }`;

const READ = `query($id: ID!) { article(id: $id) { ${ARTICLE_FIELDS} } }`;
const LIST = `query { articles(first: 100) { edges { node { id publishedAt publishedAtPrecision } } } }`;

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { article { id publishedAt publishedAtPrecision } }
}`;

interface ReadArticle {
  id: string;
  publishedAt: string | null;
  publishedAtPrecision: string | null;
  actors: { offices: { since: string | null }[] }[];
  statements: { totalCount: number; edges: { node: { date: string | null } }[] };
  events: {
    totalCount: number;
    edges: { node: { date: string | null; datePrecision: string | null; summary: string } }[];
  };
}

/**
 * An article of its own: states and people that no test reads exact answers about (the seed's Russia,
 * North Korea and Putin are read exactly by the query suites that share this database).
 */
function story(t: string): string {
  return (
    `Oslo offers aid to Montevideo (${t}).\n\n` +
    `Norwegian Prime Minister Jonas Gahr Store praised Uruguay on Tuesday, according to NTB.\n` +
    `Norway could send humanitarian aid to Uruguay, the government said.\n` +
    `Store stated that the two countries would expand their cooperation in every field.\n` +
    `Chilean President Gabriel Boric met with Peru on May 27.\n`
  );
}

async function readBack(id: string): Promise<ReadArticle> {
  const res = await server.gql<{ article: ReadArticle | null }>(READ, { id });
  expect(res.errors).toBeUndefined();
  expect(res.data?.article).not.toBeNull();
  return res.data?.article as ReadArticle;
}

async function articleCount(): Promise<number> {
  const [row] = await server.graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  return row?.n ?? 0;
}

describe('publishedAt through ingestArticle', () => {
  it.each([
    ['a date only', '2024-12-27', '2024-12-27T00:00:00.000Z', 'DAY'],
    ['a date-time in UTC', '2024-06-19T08:30:00Z', '2024-06-19T08:30:00.000Z', 'SECOND'],
    [
      'a date-time with an offset',
      '2024-06-19T10:30:00+02:00',
      '2024-06-19T08:30:00.000Z',
      'SECOND',
    ],
    ['a compact offset', '2024-06-19T10:30:00+0200', '2024-06-19T08:30:00.000Z', 'SECOND'],
    [
      'a date-time without a zone (taken as UTC)',
      '2024-06-19T08:30',
      '2024-06-19T08:30:00.000Z',
      'MINUTE',
    ],
    ['fractional seconds', '2024-06-19T08:30:05.123456Z', '2024-06-19T08:30:05.123Z', 'SECOND'],
    ['a space separator', '2024-06-19 08:30:05Z', '2024-06-19T08:30:05.000Z', 'SECOND'],
  ])('accepts %s and reads every field back', async (_name, publishedAt, stored, precision) => {
    const text = story(tag());
    const res = await server.gql<{
      ingestArticle: { article: { publishedAt: string; publishedAtPrecision: string } };
    }>(INGEST, { input: { text, publishedAt } }, { token: TEST_WRITER_TOKEN });
    expect(res.errors).toBeUndefined();
    expect(res.data?.ingestArticle.article).toEqual({
      id: articleId(text),
      publishedAt: stored,
      publishedAtPrecision: precision,
    });
    const a = await readBack(articleId(text));
    expect(a.publishedAt).toBe(stored);
    expect(a.publishedAtPrecision).toBe(precision);
    expect(a.events.totalCount).toBeGreaterThan(0);
    expect(a.statements.totalCount).toBeGreaterThan(0);
    // summaries name the actors and read like the seed's
    const summaries = a.events.edges.map(e => e.node.summary);
    expect(summaries.filter(s => /^Norway could send .*Uruguay$/.test(s))).toHaveLength(1);
    expect(summaries.join(' ')).not.toMatch(/country:/);
    // dates of facts are calendar days served by the Date scalar
    for (const e of a.events.edges) {
      expect(e.node.date ?? '2000-01-01').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each([['2024-13-01'], ['yesterday'], ['2024-02-30'], ['2024-06-19T25:00Z'], ['2024-06']])(
    'rejects publishedAt %s as BAD_USER_INPUT naming publishedAt, writing nothing',
    async publishedAt => {
      const text = story(tag());
      const before = await articleCount();
      const res = await server.gql(
        INGEST,
        { input: { text, publishedAt } },
        { token: TEST_WRITER_TOKEN },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('publishedAt');
      const rows = await server.graph.read<{ n: number }>(
        'MATCH (a:Article {id: $id}) RETURN count(a) AS n',
        { id: articleId(text) },
      );
      expect(rows[0]?.n).toBe(0);
      expect(await articleCount()).toBeLessThanOrEqual(before + 8); // other suites may write meanwhile
    },
  );
});

describe('publishedAt through the CLI (JSON Lines)', () => {
  it('normalises each shape and reads every field back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-roundtrip-'));
    try {
      const inputs = [
        { text: story(tag()), publishedAt: '2024-12-27' },
        { text: story(tag()), publishedAt: '2024-06-19T08:30' },
        { text: story(tag()), publishedAt: '2024-06-19T10:30:00.5+02:00' },
        { text: story(tag()), publishedAt: '2024-02-30' },
      ];
      fs.writeFileSync(
        path.join(dir, 'in.jsonl'),
        inputs.map(i => JSON.stringify(i)).join('\n') + '\n',
      );
      const totals = await ingestPaths(
        [path.join(dir, 'in.jsonl')],
        new IngestService(server.graph, testExtractor()),
      );
      expect(totals.articles).toBe(3);
      expect(totals.skipped).toHaveLength(1);
      expect(totals.skipped[0]?.reason).toContain('publishedAt');
      const expected = [
        ['2024-12-27T00:00:00.000Z', 'DAY'],
        ['2024-06-19T08:30:00.000Z', 'MINUTE'],
        ['2024-06-19T08:30:00.500Z', 'SECOND'],
      ];
      for (const [i, [at, precision]] of expected.entries()) {
        const a = await readBack(articleId(inputs[i]?.text ?? ''));
        expect([a.publishedAt, a.publishedAtPrecision]).toEqual([at, precision]);
      }
      const bad = await server.graph.read<{ n: number }>(
        'MATCH (a:Article {id: $id}) RETURN count(a) AS n',
        { id: articleId(inputs[3]?.text ?? '') },
      );
      expect(bad[0]?.n).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the seed', () => {
  it('reads every field of the seed article back', async () => {
    const a = await readBack(loadSeedArticle().batch.article.id);
    expect(a.publishedAt).toBe('2022-08-15T00:00:00.000Z');
    expect(a.publishedAtPrecision).toBe('DAY');
    expect(a.events.totalCount).toBe(17);
    expect(a.actors.flatMap(x => x.offices).length).toBeGreaterThan(0);
  });
});

describe('legacy stored values', () => {
  it('reads unreadable stored values as null instead of failing, and prepareGraph migrates them', async () => {
    const t = tag();
    const ids = {
      dateOnly: `article:legacy-day-${t}`,
      noZone: `article:legacy-nozone-${t}`,
      junk: `article:legacy-junk-${t}`,
    };
    const eventId = `event:legacy-${t}`;
    await server.graph.write(
      `UNWIND $rows AS r
       CREATE (a:Article {id: r.id, title: r.id, text: 'legacy ' + r.id, publishedAt: r.at,
                          publishedAtInferred: false, sortKey: r.at + '|' + r.id})`,
      {
        rows: [
          { id: ids.dateOnly, at: '2024-12-27' },
          { id: ids.noZone, at: '2024-06-19T08:30' },
          { id: ids.junk, at: 'last Tuesday' },
        ],
      },
    );
    // the legacy event joins two states this file's own articles bring (not the seed's, which other
    // suites read exactly): ingest one first, so they exist however this test is run
    const own = await server.gql(
      INGEST,
      { input: { text: story(tag()), publishedAt: '2024-06-19' } },
      { token: TEST_WRITER_TOKEN },
    );
    expect(own.errors).toBeUndefined();
    await server.graph.write(
      `MATCH (a:Article {id: $article})
       MATCH (src:Country {id: 'country:NOR'}), (tgt:Country {id: 'country:URY'})
       MATCH (type:EventType {code: '010'})
       CREATE (e:Event {id: $id, cameoCode: '010', date: '2024-02-30', datePrecision: 'WEEK',
                        dateInferred: false, modality: 'RUMOURED', summary: 'legacy',
                        sortKey: '2024-02-30|' + $id})
       CREATE (e)-[:SOURCE]->(src), (e)-[:TARGET]->(tgt), (e)-[:OF_TYPE]->(type),
              (e)-[:EXTRACTED_FROM {start: 0, end: 6, text: 'legacy'}]->(a)`,
      { article: ids.dateOnly, id: eventId },
    );

    // before the migration: the query answers, the unreadable values are null
    const before = await server.gql<{ article: ReadArticle }>(READ, { id: ids.dateOnly });
    expect(before.errors).toBeUndefined();
    expect(before.data?.article.publishedAt).toBe('2024-12-27T00:00:00.000Z');
    expect(before.data?.article.publishedAtPrecision).toBe('DAY');
    expect(before.data?.article.events.edges[0]?.node).toMatchObject({
      date: null,
      datePrecision: null,
    });
    const junk = await server.gql<{ article: ReadArticle }>(READ, { id: ids.junk });
    expect(junk.errors).toBeUndefined();
    expect(junk.data?.article.publishedAt).toBeNull();
    const list = await server.gql(LIST);
    expect(list.errors).toBeUndefined();

    // the migration normalises what it can, keeps what it cannot aside, and is idempotent
    await prepareGraph(server.graph);
    const stored = async (): Promise<unknown[]> =>
      server.graph.read(
        `UNWIND $ids AS id MATCH (a:Article {id: id})
         RETURN a.publishedAt AS at, a.publishedAtPrecision AS precision,
                a.publishedAtUnparsed AS unparsed, a.sortKey AS sortKey ORDER BY id`,
        { ids: [ids.dateOnly, ids.junk, ids.noZone] },
      );
    const migrated = await stored();
    expect(migrated).toEqual([
      {
        at: '2024-12-27T00:00:00.000Z',
        precision: 'DAY',
        unparsed: null,
        sortKey: `2024-12-27T00:00:00.000Z|${ids.dateOnly}`,
      },
      { at: null, precision: null, unparsed: 'last Tuesday', sortKey: `0000|${ids.junk}` },
      {
        at: '2024-06-19T08:30:00.000Z',
        precision: 'MINUTE',
        unparsed: null,
        sortKey: `2024-06-19T08:30:00.000Z|${ids.noZone}`,
      },
    ]);
    await prepareGraph(server.graph);
    expect(await stored()).toEqual(migrated);
    const after = await readBack(ids.noZone);
    expect(after.publishedAt).toBe('2024-06-19T08:30:00.000Z');
  });
});
