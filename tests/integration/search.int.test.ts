/** `search`: full-text over statements, articles and actors, through HTTP to the real Neo4j. */
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import { searchTerms } from '../../src/graph/lucene';
import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { type Synthetic, syntheticArticle } from '../helpers/synthetic';
import { type TestServer, startTestServer } from '../helpers/test-server';

const ARTICLE_ID = loadSeedArticle().batch.article.id;

interface Hit {
  kind: 'STATEMENT' | 'ARTICLE' | 'ACTOR';
  score: number;
  snippet: string;
  highlights: { start: number; end: number }[];
  node:
    | { __typename: 'Statement'; id: string; text: string; speaker: { id: string } }
    | { __typename: 'Article'; id: string; title: string; text: string }
    | { __typename: 'Actor'; id: string; name: string; aliases: string[] };
}

const SEARCH = `query($text: String!, $kinds: [SearchKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    kind score snippet highlights { start end }
    node {
      __typename
      ... on Statement { id text speaker { id } }
      ... on Article { id title text }
      ... on Actor { id name aliases }
    }
  }
}`;

let server: TestServer;
let data: Synthetic;
beforeAll(async () => {
  server = await startTestServer({ maxPageSize: 50 });
  data = syntheticArticle(12);
  await new KgWriterRepository(server.graph).writeBatch(data.batch);
});
afterAll(async () => {
  await server.close();
});

async function search(
  text: string,
  opts: { kinds?: string[]; first?: number } = {},
): Promise<{ status: number; hits: Hit[]; errors: unknown }> {
  const res = await server.gql<{ search: Hit[] }>(SEARCH, { text, ...opts });
  return { status: res.status, hits: res.data?.search ?? [], errors: res.errors };
}

/** The texts a hit was found in, as the indexes see them. */
function indexedText(hit: Hit): string {
  switch (hit.node.__typename) {
    case 'Statement':
      return hit.node.text;
    case 'Article':
      return `${hit.node.title}\n${hit.node.text}`;
    case 'Actor':
      return [hit.node.name, ...hit.node.aliases].join('\n');
  }
}

/** Every literal term occurs in the hit's text as a token (AND semantics, nothing else matched). */
function expectAllTerms(hits: Hit[], text: string): void {
  const terms = searchTerms(text);
  for (const hit of hits) {
    const tokens = new Set(searchTerms(indexedText(hit)));
    for (const term of terms) {
      expect({ id: hit.node.id, term, found: tokens.has(term) }).toEqual({
        id: hit.node.id,
        term,
        found: true,
      });
    }
  }
}

const marked = (hit: Hit): string[] =>
  hit.highlights.map(h => hit.snippet.slice(h.start, h.end).toLowerCase());

describe('search on the seed', () => {
  it('finds Kim’s “comradely friendship” statement, with a snippet marking both words', async () => {
    const { hits, errors } = await search('comradely friendship');
    expect(errors).toBeUndefined();
    const statement = hits.find(h => h.kind === 'STATEMENT');
    expect(statement?.node).toMatchObject({
      __typename: 'Statement',
      text: 'Their “comradely friendship” would only get stronger',
      speaker: { id: 'person:kim-jong-un' },
    });
    expect(statement?.snippet).toBe('Their “comradely friendship” would only get stronger');
    expect(statement && marked(statement)).toEqual(['comradely', 'friendship']);
    expect(hits.map(h => h.node.id)).toContain(ARTICLE_ID);
    expectAllTerms(hits, 'comradely friendship');
  });

  it('finds North Korea by its alias Pyongyang, and the article that names the city', async () => {
    // first: 50 (the cap here), as other test files ingest articles that also name Pyongyang
    const { hits, errors } = await search('Pyongyang', { first: 50 });
    expect(errors).toBeUndefined();
    const actor = hits.find(h => h.kind === 'ACTOR');
    expect(actor?.node).toMatchObject({ __typename: 'Actor', id: 'country:PRK' });
    // Other test files ingest articles naming North Korea, which may add aliases to the shared actor.
    expect(actor?.snippet).toMatch(
      /^North Korea \(also Democratic People's Republic of Korea, DPRK, .*Pyongyang/,
    );
    expect(actor && marked(actor)).toEqual(['pyongyang']);
    const article = hits.find(h => h.kind === 'ARTICLE' && h.node.id === ARTICLE_ID);
    expect(article?.node).toMatchObject({ __typename: 'Article', id: ARTICLE_ID });
    expect(article && marked(article)).toContain('pyongyang');
    expect(article?.snippet.length).toBeLessThanOrEqual(170);
    expect(hits.filter(h => h.kind === 'STATEMENT')).toEqual([]);
  });

  it('finds the outlet KCNA by its acronym, first among actors', async () => {
    // Scores compare only roughly across kinds (each index has its own statistics, and other test files
    // add actors in parallel), so the ranking is checked within the actor kind.
    const { hits } = await search('KCNA');
    expect(hits.find(h => h.kind === 'ACTOR')).toMatchObject({
      kind: 'ACTOR',
      snippet: 'Korean Central News Agency (also KCNA)',
      node: { id: 'media:kcna', name: 'Korean Central News Agency' },
    });
    expect(hits.map(h => h.node.id)).toContain(ARTICLE_ID);
  });

  it('centres an article snippet on the first match and cuts it with ellipses', async () => {
    const { hits } = await search('retaliation', { kinds: ['ARTICLE'] });
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect(hit?.snippet.endsWith('…')).toBe(true);
    expect(hit && marked(hit)).toEqual(['retaliation']);
    const centre = ((hit?.highlights[0]?.start ?? 0) + (hit?.highlights[0]?.end ?? 0)) / 2;
    expect(Math.abs(centre - (hit?.snippet.length ?? 0) / 2)).toBeLessThan(20);
  });

  it('merges the kinds by score, best first, and caps the hits at first', async () => {
    const all = await search('Korea');
    expect(new Set(all.hits.map(h => h.kind)).size).toBeGreaterThan(1);
    const scores = all.hits.map(h => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const two = await search('Korea', { first: 2 });
    expect(two.hits.map(h => h.node.id)).toEqual(all.hits.slice(0, 2).map(h => h.node.id));
  });

  it('searches only the kinds asked for', async () => {
    const { hits } = await search('Pyongyang', { kinds: ['ACTOR'] });
    expect(hits.map(h => [h.kind, h.node.id])).toEqual([['ACTOR', 'country:PRK']]);
  });

  it('requires every word (AND): adding a word narrows the hits', async () => {
    // Other test files may add actors (e.g. South Korea, the Republic of Korea) by ingesting articles.
    const republic = await search('Republic', { kinds: ['ACTOR'] });
    expect(republic.hits.map(h => h.node.id)).toEqual(
      expect.arrayContaining([
        'country:PRK',
        'territory:donetsk-peoples-republic',
        'territory:luhansk-peoples-republic',
      ]),
    );
    const narrowed = (await search('Republic Korea', { kinds: ['ACTOR'] })).hits.map(
      h => h.node.id,
    );
    expect(narrowed).toContain('country:PRK');
    expect(narrowed).not.toContain('territory:donetsk-peoples-republic');
    expect(narrowed.every(id => id.startsWith('country:'))).toBe(true);
    const both = (await search('Pyongyang friendship', { first: 50 })).hits;
    expect(both.map(h => h.kind)).toEqual(both.map(() => 'ARTICLE'));
    expect(both.map(h => h.node.id)).toContain(ARTICLE_ID);
  });
});

describe('search on data of its own', () => {
  it('finds a new article’s people by a unique word and narrows to one by another', async () => {
    const everyone = await search(`zed ${data.tag}`, { kinds: ['ACTOR'] });
    expect(everyone.hits.map(h => h.node.id).sort()).toEqual([...data.personIds].sort());
    const one = await search(`${data.tag} zed 1`, { kinds: ['ACTOR'] });
    expect(one.hits.map(h => h.node.id)).toEqual([data.personIds[1]]);
  });

  it('finds the new article the moment it is written', async () => {
    const { hits } = await search(`cooperation number 2 ${data.tag}`);
    expect(hits.map(h => [h.kind, h.node.id])).toEqual([['ARTICLE', data.batch.article.id]]);
  });

  it('batches nested fields: statements per request do not grow with the hits', async () => {
    const nested = `query($text: String!, $first: Int!) {
      search(text: $text, first: $first) { node {
        ... on Actor { id country { id } offices { country { id } }
                       statements(first: 2) { edges { node { speaker { id } addressees { id } } } } }
        ... on Article { id events(first: 3) { edges { node { source { id } type { code } } } } }
      } }
    }`;
    const run = async (first: number): Promise<{ hits: number; statements: number }> => {
      const before = server.graph.statementCount;
      const res = await server.gql<{ search: unknown[] }>(nested, { text: data.tag, first });
      expect(res.errors).toBeUndefined();
      return {
        hits: res.data?.search.length ?? 0,
        statements: server.graph.statementCount - before,
      };
    };
    const few = await run(2);
    const many = await run(13);
    expect([few.hits, many.hits]).toEqual([2, 13]);
    expect(many.statements).toBeLessThanOrEqual(10);
    expect(Math.abs(many.statements - few.statements)).toBeLessThanOrEqual(2);
  });
});

describe('search input is text, never query syntax', () => {
  it.each([
    'Kim" OR *:*',
    '(unbalanced',
    'NOT Kim',
    'Kim AND',
    'Russia~2',
    'Kim*',
    'text:Russia',
    '[a TO z]',
    '{ } ^ \\ / ! ? + - && ||',
    'Korea"',
    '""',
  ])('searches %j literally: no error, only hits with its words', async text => {
    const { status, hits, errors } = await search(text);
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expectAllTerms(hits, text);
  });

  it('finds nothing for *:* rather than everything', async () => {
    expect((await search('*:*')).hits).toEqual([]);
  });

  it('keeps boolean words as words: NOT Kim finds texts with both "not" and "Kim"', async () => {
    const { hits } = await search('NOT Kim');
    expect(hits.map(h => h.node.id)).toEqual([ARTICLE_ID]);
  });

  it('accepts 500 characters', async () => {
    const { errors } = await search(`${'Korea '.repeat(83)}ab`);
    expect(errors).toBeUndefined();
  });

  it.each([
    ['empty text', { text: '' }, 'text'],
    ['blank text', { text: ' \n\t ' }, 'text'],
    ['text over 500 characters', { text: 'k'.repeat(501) }, 'text'],
    ['an empty kinds list', { text: 'Korea', kinds: [] }, 'kinds'],
    ['first 0', { text: 'Korea', first: 0 }, 'first'],
    ['first over the cap', { text: 'Korea', first: 51 }, 'first'],
  ])('rejects %s with BAD_USER_INPUT naming the argument', async (_name, variables, arg) => {
    const res = await server.gql(SEARCH, variables);
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: arg });
  });

  it('rejects an unknown kind as a GraphQL validation error', async () => {
    const res = await server.gql(SEARCH, { text: 'Korea', kinds: ['EVENT'] });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
