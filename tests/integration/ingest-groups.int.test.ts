/**
 * Bulk ingest against the real Neo4j: groups are answered in order, the next group is extracted while
 * the previous one is written (never two writes at once), and an actor named by many articles of one
 * group is written once with everything the articles say about it.
 */
import { randomBytes } from 'node:crypto';
import type { GraphClient } from '../../src/graph/graph-client';
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import {
  type Extractor,
  type IngestInput,
  type IngestOutcome,
  type IngestResult,
  IngestService,
} from '../../src/ingest/ingest.service';
import { testExtractor } from '../helpers/test-corenlp';
import { type KgActor, type KgBatch, articleId } from '../../src/kg/kg-batch';
import { ActorKind } from '../../src/schema/domain.enum';
import { type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const unique = (): string => randomBytes(6).toString('hex');

/** The test graph, with each write transaction's start and end written to `log`. */
function loggingGraph(graph: GraphClient, log: string[]): GraphClient {
  let writes = 0;
  return new Proxy(graph, {
    get(target, prop) {
      if (prop === 'writeTransaction') {
        return async (...args: Parameters<GraphClient['writeTransaction']>) => {
          const n = (writes += 1);
          log.push(`write-start:${n}`);
          try {
            return await target.writeTransaction(...args);
          } finally {
            log.push(`write-end:${n}`);
          }
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

function outcomes(results: readonly IngestResult[]): IngestOutcome[] {
  return results.map(r => {
    if (r instanceof Error) {
      throw r;
    }
    return r;
  });
}

describe('IngestService.ingestGroups', () => {
  it('answers each group in order and extracts the next one while the last is written', async () => {
    const t = unique();
    const text = (name: string): string =>
      `${name} ${t}.\n\nChinese President Xi Jinping praised Vietnam (${name} ${t}).\n`;
    const groups: IngestInput[][] = [
      [{ text: text('g1a') }, { text: text('g1b') }],
      [{ text: text('g2a') }, { text: text('g1a') }], // the second one was written by group 1
      [{ text: text('g3a') }],
    ];
    const log: string[] = [];
    const extract: Extractor = input => {
      log.push(`extract:${input.text.split(' ')[0] ?? ''}`);
      return testExtractor()(input);
    };
    const service = new IngestService(loggingGraph(server.graph, log), extract);

    const answered: IngestOutcome[][] = [];
    for await (const results of service.ingestGroups(groups)) {
      answered.push(outcomes(results));
    }

    expect(answered.map(group => group.map(o => o.articleId))).toEqual(
      groups.map(group => group.map(input => articleId(input.text))),
    );
    // group 2 read its ids after group 1 had committed: the repeated article is merged, not new
    expect(answered.map(group => group.map(o => o.created.articles))).toEqual([
      [1, 1],
      [1, 0],
      [1],
    ]);
    // and so are its facts, found because its article was there already
    const [first, repeated] = [answered[0]?.[0], answered[1]?.[1]];
    expect(first?.created.events).toBeGreaterThan(0);
    expect(repeated?.created).toEqual({ articles: 0, actors: 0, statements: 0, events: 0 });
    expect(repeated?.merged).toEqual({
      articles: 1,
      actors: (first?.created.actors ?? 0) + (first?.merged.actors ?? 0),
      statements: first?.created.statements,
      events: first?.created.events,
    });
    // group 2 was extracted while group 1 was being written, and the writes took turns
    expect(log.indexOf('extract:g2a')).toBeLessThan(log.indexOf('write-end:1'));
    expect(log.indexOf('write-start:1')).toBeLessThan(log.indexOf('extract:g3a'));
    expect(log.filter(e => e.startsWith('write'))).toEqual([
      'write-start:1',
      'write-end:1',
      'write-start:2',
      'write-end:2',
      'write-start:3',
      'write-end:3',
    ]);
  });

  it('gives a bad input its error and still writes the rest of its group', async () => {
    const t = unique();
    const good = `Talks ${t}.\n\nChile and Peru met in Lima (${t}).\n`;
    const results: IngestResult[][] = [];
    const service = new IngestService(server.graph, testExtractor());
    for await (const group of service.ingestGroups([[{ text: ' \n' }, { text: good }]])) {
      results.push(group);
    }
    expect(results).toHaveLength(1);
    expect(results[0]?.[0]).toBeInstanceOf(Error);
    expect((results[0]?.[1] as IngestOutcome).created.articles).toBe(1);
  });
});

describe('writing a new article', () => {
  it('creates it and its facts once when eight writers race for it', async () => {
    const t = unique();
    const text =
      `Hanoi talks ${t}.\n\nChinese President Xi Jinping praised Vietnam on Monday (${t}).\n` +
      `"Our two peoples are brothers," Xi said.\n`;
    const expected = (await testExtractor()({ text })).batch;
    expect(expected.events.length).toBeGreaterThan(0);
    expect(expected.statements.length).toBeGreaterThan(0);
    // parsed once: the eight writes then race, as they would behind eight parses finishing together
    const service = new IngestService(server.graph, () => Promise.resolve({ batch: expected }));
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => service.ingest({ text })),
    );
    expect(results.filter(r => r.status === 'rejected')).toEqual([]);
    // the losers found it absent too, tried to create it, were refused and merged instead
    expect(service.conflictRetries).toBeGreaterThan(0);
    const [row] = await server.graph.read<{
      articles: number;
      events: number;
      statements: number;
      mentions: number;
      duplicates: number;
    }>(
      `MATCH (a:Article {id: $id})
       CALL { WITH a MATCH (e:Event)-[:EXTRACTED_FROM]->(a) RETURN count(DISTINCT e) AS events }
       CALL { WITH a MATCH (s:Statement)-[:EXTRACTED_FROM]->(a) RETURN count(DISTINCT s) AS statements }
       CALL { WITH a MATCH (a)-[m:MENTIONS]->() RETURN count(m) AS mentions }
       CALL {
         WITH a
         MATCH (f)-[:EXTRACTED_FROM]->(a)
         WITH DISTINCT f
         MATCH (f)-[r]->(n)
         WITH f, type(r) AS type, n, count(r) AS c WHERE c > 1
         RETURN count(*) AS duplicates
       }
       RETURN count(a) AS articles, events, statements, mentions, duplicates`,
      { id: expected.article.id },
    );
    expect(row).toEqual({
      articles: 1,
      events: new Set(expected.events.map(e => e.id)).size,
      statements: new Set(expected.statements.map(s => s.id)).size,
      mentions: new Set(expected.actors.filter(a => a.mentions.length > 0).map(a => a.id)).size,
      duplicates: 0,
    });
  });
});

describe('KgWriterRepository.writeBatches', () => {
  function batch(t: string, n: number, actor: Partial<KgActor>): KgBatch {
    const text = `Article ${n} ${t}`;
    return {
      article: {
        id: articleId(text),
        title: text,
        url: null,
        source: null,
        publishedAt: null,
        publishedAtPrecision: null,
        publishedAtInferred: false,
        text,
      },
      actors: [
        {
          id: `org:group-test-${t}`,
          kind: ActorKind.ORGANIZATION,
          name: `Council ${t}`,
          aliases: [],
          iso3: null,
          wikidataId: null,
          description: null,
          mentions: [{ start: 0, end: 7, text: 'Article' }],
          ...actor,
        },
      ],
      offices: [],
      relations: [],
      statements: [],
      events: [],
    };
  }

  it('writes an actor named by several articles of a group once, as writing them in turn would', async () => {
    const t = unique();
    const graph = server.graph;
    const before = graph.statementCount;
    await new KgWriterRepository(graph).writeBatches([
      batch(t, 1, { aliases: ['TC'] }),
      batch(t, 2, { name: 'A later name', aliases: ['TC', 'The Council'], description: 'a body' }),
      batch(t, 3, { aliases: ['Conseil'], description: 'another description' }),
    ]);
    expect(graph.statementCount - before).toBeLessThan(10);
    const [row] = await graph.read<{
      nodes: number;
      name: string;
      aliases: string[];
      aliasText: string;
      description: string;
      articles: number;
    }>(
      `MATCH (x:Actor {id: $id})
       OPTIONAL MATCH (a:Article)-[:MENTIONS]->(x)
       RETURN count(DISTINCT x) AS nodes, x.name AS name, x.aliases AS aliases,
              x.aliasText AS aliasText, x.description AS description, count(a) AS articles`,
      { id: `org:group-test-${t}` },
    );
    expect(row).toEqual({
      nodes: 1,
      name: `Council ${t}`, // the first article's, as ON CREATE would set it
      aliases: ['TC', 'The Council', 'Conseil'],
      aliasText: 'TC | The Council | Conseil',
      description: 'a body', // the first one given fills the gap; later ones do not overwrite it
      articles: 3,
    });
  });
});
