/**
 * ingestArticle's input rules through HTTP to the real Neo4j: bad fields are BAD_USER_INPUT naming the
 * field with nothing written; text is stored NFC with control characters removed, so evidence spans stay
 * exact; every stored statement and event records its extractor and confidence.
 */
import { randomBytes } from 'node:crypto';
import { articleId } from '../../src/kg/kg-batch';
import { MAX_ARTICLE_BYTES, normalizeArticleText } from '../../src/kg/article-input';
import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { CODER_VERSION } from '../../src/ingest/coder/coder';
import { TEST_WRITER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { article { id text extractor } created { statements events } }
}`;

const ARTICLE = `query($id: ID!) {
  article(id: $id) {
    id text extractor
    statements(first: 20) { edges { node { text extractor confidence evidence { start end text } } } }
    events(first: 20) { edges { node { extractor confidence evidence { start end text } } } }
  }
}`;

interface Node {
  text?: string;
  extractor: string | null;
  confidence: number | null;
  evidence:
    { start: number; end: number; text: string } | { start: number; end: number; text: string }[];
}
interface ArticleData {
  article: {
    id: string;
    text: string;
    extractor: string | null;
    statements: { edges: { node: Node }[] };
    events: { edges: { node: Node }[] };
  } | null;
}

function tag(): string {
  return randomBytes(6).toString('hex');
}

function story(t: string): string {
  return (
    `Beijing and Hanoi deepen ties (${t}).\n\n` +
    `Chinese President Xi Jinping praised Vietnam on Tuesday, according to Xinhua.\n` +
    `Xi Jinping stated that the two countries would expand their cooperation in every field.\n` +
    `He also praised Laos.\n`
  );
}

async function stored(text: string): Promise<ArticleData['article']> {
  const res = await server.gql<ArticleData>(ARTICLE, { id: articleId(text) });
  expect(res.errors).toBeUndefined();
  return res.data?.article ?? null;
}

describe('ingestArticle input', () => {
  const t = tag();
  it.each([
    ['whitespace-only text', { text: ' \n\t ' }, 'text'],
    ['text with unpaired surrogates', { text: `Seoul ${t} \ud800 protests.` }, 'text'],
    ['binary text', { text: `${t}\u0000\u0001\u0002\u0003PNG\u0000\u0000` }, 'text'],
    ['text over 1 MiB of UTF-8', { text: `${t} ${'a'.repeat(MAX_ARTICLE_BYTES)}` }, 'text'],
    ['a blank url', { text: `Story ${t}.`, url: '   ' }, 'url'],
    ['a url that is not a URL', { text: `Story ${t}.`, url: 'not a url' }, 'url'],
    ['publishedAt "yesterday"', { text: `Story ${t}.`, publishedAt: 'yesterday' }, 'publishedAt'],
    [
      'publishedAt on 30 February',
      { text: `Story ${t}.`, publishedAt: '2024-02-30' },
      'publishedAt',
    ],
    ['a 100 kB title', { text: `Story ${t}.`, title: 'T'.repeat(100_000) }, 'title'],
    ['a title with control characters', { text: `Story ${t}.`, title: `Bad\u0000title` }, 'title'],
  ])(
    'rejects %s as BAD_USER_INPUT naming the field, writing nothing',
    async (_name, input, field) => {
      const res = await server.gql(INGEST, { input }, { token: TEST_WRITER_TOKEN });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0])).toContain(field);
      expect(await stored(input.text)).toBeNull();
      expect(await stored(normalizeArticleText(input.text))).toBeNull();
    },
  );

  it('stores text NFC-normalised without control characters, and its spans index it exactly', async () => {
    const t2 = tag();
    // "Zelenskyy" with a decomposed accent in a quoted name, a BEL, a form feed and CRLF line breaks
    const raw =
      story(t2).replace(/\n/g, '\r\n').replace('Russian', 'Russian\u0007') +
      `Cafe\u0301 diplomacy\u000c continued (${t2}).\r\n`;
    const res = await server.gql<{ ingestArticle: { article: { id: string; text: string } } }>(
      INGEST,
      { input: { text: raw, publishedAt: '2024-06-19' } },
      { token: TEST_WRITER_TOKEN },
    );
    expect(res.errors).toBeUndefined();
    const text = res.data?.ingestArticle.article.text ?? '';
    expect(text).toBe(normalizeArticleText(raw));
    expect(text).toContain('Café diplomacy continued');
    for (const c of ['\r', '\u0007', '\u000c']) {
      expect(text).not.toContain(c);
    }
    expect(text).toBe(text.normalize('NFC'));
    expect(res.data?.ingestArticle.article.id).toBe(articleId(text));

    const a = await stored(text);
    const spans = [
      ...(a?.statements.edges ?? []).map(e => e.node.evidence),
      ...(a?.events.edges ?? []).flatMap(e => e.node.evidence),
    ].flat();
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('gives the NFC and NFD spellings of one text one article', async () => {
    const t3 = tag();
    const nfc = `Zürich talks ${t3}: Chinese President Xi Jinping praised Vietnam.`.normalize(
      'NFC',
    );
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    for (const text of [nfc, nfd]) {
      const res = await server.gql(INGEST, { input: { text } }, { token: TEST_WRITER_TOKEN });
      expect(res.errors).toBeUndefined();
    }
    expect((await stored(nfc))?.id).toBe(articleId(nfc));
    expect(await stored(nfd)).toBeNull();
  });

  it('records the extractor and a confidence in [0, 1] on the article and every statement and event', async () => {
    const text = story(tag());
    const res = await server.gql<{
      ingestArticle: {
        article: { extractor: string };
        created: { statements: number; events: number };
      };
    }>(INGEST, { input: { text, publishedAt: '2024-06-19' } }, { token: TEST_WRITER_TOKEN });
    expect(res.errors).toBeUndefined();
    expect(res.data?.ingestArticle.article.extractor).toBe(CODER_VERSION);
    const a = await stored(text);
    const items = [
      ...(a?.statements.edges ?? []).map(e => e.node),
      ...(a?.events.edges ?? []).map(e => e.node),
    ];
    expect(a?.statements.edges.length).toBeGreaterThan(0);
    expect(a?.events.edges.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.extractor).toBe(CODER_VERSION);
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('marks the curated seed as manual with confidence 1', async () => {
    const a = await stored(loadSeedArticle().batch.article.text);
    expect(a?.extractor).toBe('manual');
    const items = [
      ...(a?.statements.edges ?? []).map(e => e.node),
      ...(a?.events.edges ?? []).map(e => e.node),
    ];
    expect(items.length).toBe(27); // the seed's 10 statements and 17 events
    for (const item of items) {
      expect(item).toMatchObject({ extractor: 'manual', confidence: 1 });
    }
  });

  it('filters events and statements by minConfidence', async () => {
    const text = story(tag());
    const res = await server.gql(INGEST, { input: { text } }, { token: TEST_WRITER_TOKEN });
    expect(res.errors).toBeUndefined();
    const events = (await stored(text))?.events.edges.map(e => e.node.confidence ?? -1) ?? [];
    expect(events.length).toBeGreaterThan(0);
    const threshold = Math.max(...events);
    const count = async (c: number): Promise<number | undefined> => {
      const filtered = await server.gql<{ article: { events: { totalCount: number } } }>(
        `query($id: ID!, $c: Float!) { article(id: $id) {
          events(filter: { minConfidence: $c }) { totalCount } } }`,
        { id: articleId(text), c },
      );
      expect(filtered.errors).toBeUndefined();
      return filtered.data?.article.events.totalCount;
    };
    // inclusive at the highest confidence, empty just above it, everything at 0
    expect(await count(threshold)).toBe(events.filter(c => c >= threshold).length);
    expect(await count(Math.min(1, threshold + 0.01))).toBe(threshold >= 1 ? events.length : 0);
    expect(await count(0)).toBe(events.length);
    const bad = await server.gql(
      `query($id: ID!) { article(id: $id) { events(filter: { minConfidence: 1.5 }) { totalCount } } }`,
      { id: articleId(text) },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
