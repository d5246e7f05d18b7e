/** ingestArticle through HTTP: auth, validation, idempotence, concurrency, actors merged across articles. */
import { randomBytes } from 'node:crypto';
import { articleId } from '../../src/kg/kg-batch';
import {
  TEST_READER_TOKEN,
  TEST_WRITER_TOKEN,
  type TestServer,
  startTestServer,
} from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article { id title url }
    created { articles actors statements events }
    merged { articles actors statements events }
  }
}`;

interface Counts {
  articles: number;
  actors: number;
  statements: number;
  events: number;
}
interface IngestData {
  ingestArticle: {
    article: { id: string; title: string; url: string | null };
    created: Counts;
    merged: Counts;
  };
}

/** A unique article about known actors, so each test has its own article but shares actors. */
function article(): string {
  const tag = randomBytes(6).toString('hex');
  return (
    `Report ${tag}: Pyongyang and Moscow deepen ties.\n\n` +
    // names the seed's actors without an event between them: seed tests read the Russia-North Korea dyad
    `North Korean leader Kim Jong Un and Russian President Vladimir Putin were named in the report, according to KCNA (ref ${tag}).\n`
  );
}

describe('ingestArticle', () => {
  it('needs a writer token: none is UNAUTHENTICATED, a reader token is FORBIDDEN, and nothing is written', async () => {
    const text = article();
    const anonymous = await server.gql(INGEST, { input: { text } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await server.gql(INGEST, { input: { text } }, { token: TEST_READER_TOKEN });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrong = await server.gql(
      INGEST,
      { input: { text } },
      { token: 'not-a-real-token-at-all' },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stored = await server.gql<{ article: null }>(
      `query($id: ID!) { article(id: $id) { id } }`,
      {
        id: articleId(text),
      },
    );
    expect(stored.data?.article).toBeNull();
  });

  it.each([
    ['empty text', { text: '' }],
    ['a url without a scheme', { text: 'Some text.', url: 'example.com/a' }],
    ['a malformed date', { text: 'Some text.', publishedAt: '15 August 2022' }],
  ])('rejects %s as BAD_USER_INPUT', async (_name, input) => {
    const res = await server.gql(INGEST, { input }, { token: TEST_WRITER_TOKEN });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stores the article with what it extracted, and merges everything on a second ingest', async () => {
    const text = article();
    const input = {
      text,
      url: `https://news.example/${articleId(text).slice(8)}`,
      source: 'Example News',
    };
    const first = await server.gql<IngestData>(INGEST, { input }, { token: TEST_WRITER_TOKEN });
    expect(first.errors).toBeUndefined();
    const result = first.data?.ingestArticle;
    expect(result?.article.id).toBe(articleId(text));
    expect(result?.article.title).toMatch(/^Report [0-9a-f]+: Pyongyang and Moscow deepen ties\.$/);
    expect(result?.created.articles).toBe(1);
    expect((result?.created.actors ?? 0) + (result?.merged.actors ?? 0)).toBeGreaterThanOrEqual(4);
    const again = await server.gql<IngestData>(INGEST, { input }, { token: TEST_WRITER_TOKEN });
    expect(again.data?.ingestArticle.created).toEqual({
      articles: 0,
      actors: 0,
      statements: 0,
      events: 0,
    });
    expect(again.data?.ingestArticle.merged.articles).toBe(1);
  });

  it('links the article to the actors it names, the same nodes as the seed’s', async () => {
    const text = article();
    await server.gql(INGEST, { input: { text } }, { token: TEST_WRITER_TOKEN });
    const res = await server.gql<{ article: { actors: { id: string }[] } }>(
      `query($id: ID!) { article(id: $id) { actors { id } } }`,
      { id: articleId(text) },
    );
    expect(res.data?.article.actors.map(a => a.id)).toEqual(
      expect.arrayContaining([
        'country:PRK',
        'country:RUS',
        'person:kim-jong-un',
        'person:vladimir-putin',
        'media:kcna',
      ]),
    );
    const kim = await server.graph.read<{ n: number }>(
      `MATCH (p:Actor {id: 'person:kim-jong-un'}) RETURN count(p) AS n`,
    );
    expect(kim[0]?.n).toBe(1);
  });

  it('ends as one article when the same text is ingested 20 times at once', async () => {
    const text = article();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.gql<IngestData>(INGEST, { input: { text } }, { token: TEST_WRITER_TOKEN }),
      ),
    );
    for (const r of results) {
      expect(r.errors).toBeUndefined();
    }
    const rows = await server.graph.read<{ articles: number; mentions: number }>(
      `MATCH (a:Article {id: $id}) RETURN count(a) AS articles, COUNT { (a)-[:MENTIONS]->() } AS mentions`,
      { id: articleId(text) },
    );
    expect(rows[0]?.articles).toBe(1);
    const dupes = await server.graph.read<{ n: number }>(
      `MATCH (x:Actor) WITH x.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS n`,
    );
    expect(dupes[0]?.n).toBe(0);
  });
});

describe('ingesting news about curated actors', () => {
  it('keeps the curated name and description, and only adds aliases', async () => {
    const before = await server.gql<{
      actor: { name: string; description: string; aliases: string[] };
    }>(`{ actor(id: "country:PRK") { name description aliases } }`);
    await server.gql(
      INGEST,
      { input: { text: `${article()}\nThe D.P.R.K. replied through KCNA.\n` } },
      { token: TEST_WRITER_TOKEN },
    );
    const after = await server.gql<{
      actor: { name: string; description: string; aliases: string[] };
    }>(`{ actor(id: "country:PRK") { name description aliases } }`);
    expect(after.data?.actor.name).toBe('North Korea');
    expect(after.data?.actor.description).toBe(before.data?.actor.description);
    expect(after.data?.actor.aliases).toEqual(
      expect.arrayContaining(before.data?.actor.aliases ?? ['?']),
    );
  });
});
