/**
 * The read planner, TCK-style (as @neo4j/graphql's tests/tck): GraphQL in, Cypher and parameters out,
 * no database. The integration test tests/integration/planner.int.test.ts runs the same plans.
 */
import { MAX_PLAN_DEPTH } from '../../src/graph/planner/projection.compiler';
import { attachPrefetched, prefetched } from '../../src/graph/planner/prefetch';
import { type RootKind, planById, planPageNodes } from '../../src/graph/planner/root.planner';
import { plannedDyadPage } from '../../src/graph/cypher/event-pages.cypher';
import { mergeSelections } from '../../src/graph/planner/selection';
import { planSearch } from '../../src/graph/planner/search.planner';
import { searchStatement } from '../../src/graph/cypher/search.cypher';
import { SearchKind } from '../../src/schema/search.type';
import { rootSelection } from '../helpers/plan';

function plan(kind: RootKind, document: string, variables: Record<string, unknown> = {}) {
  const { selection } = rootSelection(document, variables);
  return planById(kind, 'the-id', selection, 100);
}

/** How often `part` occurs in `text`. */
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('the read planner', () => {
  it("compiles the benchmark's article query into one statement", () => {
    const p = plan(
      'Article',
      `{ article(id: "x") { id title
        events(first: 100) { edges { node { id type { code } source { id } target { id } } } }
        statements(first: 100) { edges { node { id speaker { id } } } }
        actors { id name } } }`,
    );
    expect(p?.cypher).toMatchSnapshot();
    expect(p?.params).toMatchSnapshot();
  });

  it("compiles the benchmark's actor page (last 10 statements, speaker, evidence article)", () => {
    const p = plan(
      'Actor',
      `query($n: Int!) { actor(id: "x") { id name statements(last: $n) { edges { node {
        id text date speaker { id name } evidence { article { id title } } } } } } }`,
      { n: 10 },
    );
    expect(p?.cypher).toMatchSnapshot();
    expect(p?.params).toMatchSnapshot();
  });

  it('compiles filters, cursors and totalCount with every value a parameter of its own', () => {
    const after = Buffer.from('ng1:2021-01-01|k', 'utf8').toString('base64url');
    const p = plan(
      'Article',
      `query($after: String!) { article(id: "x") {
        events(first: 5, after: $after, filter: { modality: [ASSERTED], summaryContains: "MEET" }) {
          totalCount edges { node { id } } }
        statements(last: 3, filter: { textContains: "Said", direct: true }) { totalCount edges { node { id } } }
        people: actors(kind: PERSON) { id } } }`,
      { after },
    );
    expect(p?.cypher).toMatchSnapshot();
    expect(p?.params).toMatchSnapshot();
    expect(p?.cypher).not.toMatch(/\$f\d/);
    expect(Object.values(p?.params ?? {})).toEqual(
      expect.arrayContaining([['ASSERTED'], 'meet', 'said', true, '2021-01-01|k', 'PERSON']),
    );
  });

  it("compiles the benchmark's deep page into one statement that walks the index or expands", () => {
    const after = Buffer.from('ng1:2021-01-01|k', 'utf8').toString('base64url');
    const p = plan(
      'Actor',
      `query($after: String!) { actor(id: "x") {
        events(first: 20, after: $after) { edges { node { id date type { code } } } } } }`,
      { after },
    );
    const cypher = p?.cypher ?? '';
    expect(cypher).toMatchSnapshot();
    expect(p?.params).toMatchSnapshot();
    // the expansion gated on the degree store, the walk from the cursor with the range bound by WITH
    expect(cypher).toContain('COUNT { (n0)<-[:SOURCE|TARGET]-() }');
    expect(cypher).toContain('MATCH (e:Event)-[:SOURCE|TARGET]->(n0)');
    expect(cypher).toMatch(
      /WITH CASE WHEN .* END AS n\d+\n\s+MATCH \(e:Event\) WHERE e\.sortKey > n\d+/,
    );
    expect(cypher).not.toContain('UNWIND [');
    expect(Object.values(p?.params ?? {})).toContain('2021-01-01|k');
  });

  it("plans an actor's events in one role, and leaves an unknown role to the loaders", () => {
    const cypher = (role: string) =>
      plan(
        'Actor',
        `{ actor(id: "x") { events(role: ${role}, last: 3) { edges { node { id } } } } }`,
      )?.cypher ?? '';
    expect(cypher('SOURCE')).toContain('MATCH (e:Event)-[:SOURCE]->(n0)');
    expect(cypher('SOURCE')).toContain('ORDER BY e.sortKey DESC');
    expect(cypher('TARGET')).toContain('COUNT { (n0)<-[:TARGET]-() }');
    expect(
      planById(
        'Actor',
        'x',
        [
          {
            name: 'events',
            key: 'events',
            args: { role: 'NEITHER' },
            fields: [{ name: 'edges', key: 'edges', args: {}, fields: [] }],
          },
        ],
        100,
      ),
    ).toBeNull();
  });

  it("compiles the benchmark's dyad into one statement with the sides, the plan and the events", () => {
    const { selection } = rootSelection(
      `{ relationsBetween(a: "x", b: "y", last: 20) {
        edges { node { id date type { code } source { id } target { id } evidence { id start end text } } } } }`,
    );
    const nodes = planPageNodes('Event', 'e', selection, 100);
    const cypher = plannedDyadPage('DESC', nodes?.cypher ?? '');
    expect(cypher).toMatchSnapshot();
    expect(nodes?.params).toEqual({});
    // the sides from the count stores, one branch per plan, the events' relations in the projection
    expect(cypher).toContain('COUNT { (:Event) }');
    expect(occurrences(cypher, 'ORDER BY e.sortKey DESC LIMIT $limit')).toBe(2);
    expect(cypher).toContain('(e)-[:SOURCE]->(n1:Actor) | n1.id');
    expect(cypher).toContain('EXTRACTED_FROM');
    // two selections of the nodes that disagree: no plan, the DataLoader path answers
    const clash = rootSelection(
      `{ relationsBetween(a: "x", b: "y") { edges { node { k: id } } more: edges { node { k: date } } } }`,
    );
    expect(planPageNodes('Event', 'e', clash.selection, 100)).toBeNull();
  });

  it('reads no page when only totalCount is selected', () => {
    const cypher = plan('Article', '{ article(id: "x") { events { totalCount } } }')?.cypher ?? '';
    expect(cypher).toContain('{rows: [], n: COUNT { MATCH (e:Event)-[:EXTRACTED_FROM]->(n0)');
    expect(cypher).not.toContain('LIMIT');
  });

  it('projects only the fields asked for', () => {
    const cypher = plan('Article', '{ article(id: "x") { title actors { name } } }')?.cypher ?? '';
    expect(cypher).toContain('.title');
    expect(cypher).toContain('.name');
    expect(cypher).not.toContain('.text');
    expect(cypher).not.toContain('.aliases');
    expect(cypher).not.toContain('.publishedAt');
  });

  it("reads an event type's fields and a page's sort keys only when they are asked for", () => {
    const bare = plan(
      'Article',
      '{ article(id: "x") { events { edges { node { type { code } } } } } }',
    )?.cypher;
    // a related object of which one property is asked is read as that value, not a map
    expect(bare).toContain('RETURN n1.code }');
    expect(bare).not.toContain('sortKey: e.sortKey');
    expect(bare).not.toContain('{rows:');
    const typed = plan(
      'Article',
      '{ article(id: "x") { events { edges { node { type { name quadClass } } } } } }',
    )?.cypher;
    expect(typed).toContain('RETURN n1 {.code, .name, .quadClass} }');
    expect(typed).not.toContain('.goldstein');
    // cursors (an edge's, or pageInfo's) need the rows' sort keys
    for (const paging of ['edges { cursor }', 'pageInfo { hasNextPage }']) {
      const cypher = plan('Article', `{ article(id: "x") { events { ${paging} } } }`)?.cypher;
      expect(cypher).toContain('RETURN {row: e {.id}, sortKey: e.sortKey}');
    }
  });

  it('plans nothing when no relation is selected, so sibling root fields stay one batch', () => {
    expect(plan('Actor', '{ actor(id: "x") { id name ... on Actor { kind } } }')).toBeNull();
  });

  it('leaves a connection whose arguments the DataLoader path refuses to that path', () => {
    expect(
      plan('Article', '{ article(id: "x") { events(after: "nope") { edges { node { id } } } } }'),
    ).toBeNull();
    const cypher =
      plan('Article', '{ article(id: "x") { events(first: 100000) { totalCount } actors { id } } }')
        ?.cypher ?? '';
    expect(cypher).not.toContain('Event');
    expect(cypher).toContain('MENTIONS');
  });

  it('leaves a connection to the loaders when two of its node selections disagree', () => {
    const p = plan(
      'Article',
      `{ article(id: "x") { events { edges { node { x: source { id } } } more: edges { node { x: target { id } } } } } }`,
    );
    expect(p).toBeNull();
  });

  it('does not rebind a connection variable in scope, and projects the ids the loaders need', () => {
    const cypher =
      plan(
        'Article',
        `{ article(id: "x") { statements { edges { node { speaker { statements { totalCount } } } } } } }`,
      )?.cypher ?? '';
    expect(occurrences(cypher, 'MATCH (s:Statement)')).toBe(1);
    expect(cypher).toContain('SPOKEN_BY');
  });

  it(`leaves relations nested deeper than ${MAX_PLAN_DEPTH} to the loaders with their ids`, () => {
    const deep = Array.from({ length: MAX_PLAN_DEPTH }).reduce<string>(
      inner => `country { id ${inner} }`,
      'name',
    );
    const cypher =
      plan('Article', `{ article(id: "x") { events { edges { node { source { ${deep} } } } } } }`)
        ?.cypher ?? '';
    expect(cypher).toContain('countryId: head(');
    // article 0, events 1, source 2: the countries at 3, 4 and 5 are read, the one at 6 by its loader
    expect(occurrences(cypher, ':Country:Actor)')).toBe(MAX_PLAN_DEPTH - 3);
    expect(occurrences(cypher, ':Country) | ')).toBe(1);
  });

  it('reads no relation of a union or an uncovered field, only the ids', () => {
    const cypher =
      plan(
        'Article',
        `{ article(id: "x") { events { edges { node { respondsTo { id } sourcing { articleCount } } } } } }`,
      )?.cypher ?? '';
    expect(cypher).toContain('respondsToId: head(');
    expect(cypher).not.toContain('RESPONSE_TO]->(n1:Event) | n1 {');
  });
});

describe('the search plan', () => {
  const searchPlan = (fields: string) =>
    planSearch(rootSelection(`{ search(text: "x") { ${fields} } }`).selection, 100);

  it("compiles the benchmark's search into the hits' ids only, without their texts", () => {
    const p = searchPlan(
      'kind score node { ... on Actor { id } ... on Article { id } ... on Statement { id } }',
    );
    expect(p?.snippets).toBe(false);
    expect(searchStatement(p?.rows ?? ({} as never))).toMatchSnapshot();
    expect(p?.rows[SearchKind.ARTICLE].row).toBe('n1 {.id}');
  });

  it('reads the texts a snippet is cut from, and the relations selected on a member', () => {
    const p = planSearch(
      rootSelection(`{ search(text: "x") { snippet node { ... on Statement { speaker { name } } ...A } } }
        fragment A on Actor { country { id } }`).selection,
      100,
    );
    expect(p?.snippets).toBe(true);
    expect(p?.rows[SearchKind.STATEMENT].row).toBe(
      'n0 {.id, _r0: head([(n0)-[:SPOKEN_BY]->(n1:Actor) | n1 {.id, .name}]), .text}',
    );
    expect(p?.rows[SearchKind.ARTICLE].row).toBe('n2 {.id, .text, .title}');
    expect(p?.rows[SearchKind.ACTOR].row).toContain('.aliases');
    expect(p?.rows[SearchKind.ACTOR].row).toContain(':OF_COUNTRY]->');
  });
});

describe('selections and planned values', () => {
  const leaf = (name: string, key = name) => ({ name, key, args: {}, fields: [] });

  it('merges selections of one object by response key, and refuses a key used twice', () => {
    const a = [{ ...leaf('source'), fields: [leaf('id')] }];
    const b = [{ ...leaf('source'), fields: [leaf('name')] }, leaf('id')];
    expect(mergeSelections([a, b])).toEqual([
      { ...leaf('source'), fields: [leaf('id'), leaf('name')] },
      leaf('id'),
    ]);
    expect(mergeSelections([[leaf('source', 'x')], [leaf('target', 'x')]])).toBeNull();
    expect(
      mergeSelections([[leaf('events')], [{ ...leaf('events'), args: { first: 2 } }]]),
    ).toBeNull();
  });

  it('carries planned values through the copies type-graphql makes of a root value', () => {
    const row = attachPrefetched({ id: 'a' }, new Map<string, unknown>([['events', 7]]));
    const copy = Object.assign(Object.create(null) as object, row);
    expect(prefetched(copy, 'events')).toEqual({ value: 7 });
    expect(prefetched(copy, 'actors')).toBeUndefined();
    expect(JSON.stringify(copy)).toBe('{"id":"a"}');
  });
});
