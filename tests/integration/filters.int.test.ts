/** Event and statement filters (facets, AND/OR/NOT) on the seed, counted and paged consistently. */
import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { type TestServer, startTestServer } from '../helpers/test-server';

const ARTICLE = loadSeedArticle().batch.article.id;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface EventsResult {
  article: {
    events: { totalCount: number; edges: { node: { type: { code: string }; modality: string } }[] };
  };
}

async function articleEvents(
  filter: unknown,
): Promise<{ codes: string[]; total: number; errors: unknown }> {
  const res = await server.gql<EventsResult>(
    `query($id: ID!, $filter: EventFilter) { article(id: $id) {
      events(first: 100, filter: $filter) { totalCount edges { node { type { code } modality } } } } }`,
    { id: ARTICLE, filter },
  );
  return {
    codes: (res.data?.article.events.edges ?? []).map(e => e.node.type.code).sort(),
    total: res.data?.article.events.totalCount ?? -1,
    errors: res.errors,
  };
}

describe('event filters', () => {
  it('select by CAMEO root and quad class, with totalCount agreeing', async () => {
    const recognitions = await articleEvents({ cameoRoot: ['05'] });
    expect(recognitions.codes).toEqual(['051', '054', '054', '054', '054']);
    expect(recognitions.total).toBe(5);
    const conflict = await articleEvents({ quadClass: ['MATERIAL_CONFLICT'] });
    expect(conflict.codes).toEqual(['161', '190', '190']);
  });

  it('select by Goldstein range, modality and date window', async () => {
    expect((await articleEvents({ goldsteinMax: -4 })).codes).toEqual(['161', '190', '190']);
    expect((await articleEvents({ modality: ['POSSIBLE'] })).codes).toEqual(['061', '061']);
    expect((await articleEvents({ from: '2022-07-01', to: '2022-07-31' })).codes).toEqual([
      '054',
      '054',
      '161',
    ]);
  });

  it('combine facets with OR and NOT', async () => {
    const either = await articleEvents({
      OR: [{ cameoCode: ['161'] }, { modality: ['POSSIBLE'] }],
    });
    expect(either.codes).toEqual(['061', '061', '161']);
    const notHistorical = await articleEvents({ NOT: { modality: ['HISTORICAL'] } });
    expect(notHistorical.total).toBe(17 - 3);
    const nested = await articleEvents({
      AND: [
        { sourceKind: ['COUNTRY'] },
        { NOT: { OR: [{ cameoRoot: ['05'] }, { cameoRoot: ['07'] }] } },
      ],
    });
    expect(nested.codes).toEqual(['061', '061', '161', '190']);
  });

  it('filter relationsBetween and an actor’s events the same way', async () => {
    const res = await server.gql<{
      relationsBetween: { totalCount: number; edges: { node: { type: { code: string } } }[] };
      country: { events: { edges: { node: { type: { code: string } } }[] } };
    }>(`{
      relationsBetween(a: "country:RUS", b: "country:PRK", filter: { cameoCode: ["051"] }) {
        totalCount edges { node { type { code } } } }
      country(iso3: "PRK") { events(role: TARGET, filter: { summaryContains: "SEVERS" }) { edges { node { type { code } } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.relationsBetween.totalCount).toBe(1);
    expect(res.data?.relationsBetween.edges.map(e => e.node.type.code)).toEqual(['051']);
    expect(res.data?.country.events.edges.map(e => e.node.type.code)).toEqual(['161']);
  });

  it('bound nesting depth with BAD_USER_INPUT', async () => {
    let filter: Record<string, unknown> = { modality: ['ASSERTED'] };
    for (let i = 0; i < 6; i += 1) {
      filter = { NOT: filter };
    }
    const res = await server.gql(
      `query($id: ID!, $filter: EventFilter) { article(id: $id) { events(filter: $filter) { totalCount } } }`,
      { id: ARTICLE, filter },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('deeper than 5 levels');
  });
});

describe('statement filters', () => {
  it('separate verbatim quotations from reported speech and search the text', async () => {
    const res = await server.gql<{
      direct: { totalCount: number };
      reported: { totalCount: number };
      text: { edges: { node: { text: string } }[] };
      kim: { statements: { totalCount: number } };
    }>(
      `query($article: ID!) {
        direct: statements(article: $article, filter: { direct: true }) { totalCount }
        reported: statements(article: $article, filter: { direct: false }) { totalCount }
        text: statements(article: $article, filter: { textContains: "FRIENDSHIP" }) { edges { node { text } } }
        kim: actor(id: "person:kim-jong-un") { statements(filter: { reportingVerb: ["according to"] }) { totalCount } }
      }`,
      { article: ARTICLE },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.direct.totalCount).toBe(5);
    expect(res.data?.reported.totalCount).toBe(5);
    expect(res.data?.text.edges.map(e => e.node.text)).toEqual([
      'Their “comradely friendship” would only get stronger',
    ]);
    expect(res.data?.kim.statements.totalCount).toBe(2);
  });
});
