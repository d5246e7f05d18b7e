/**
 * `npm run ingest` spread over workers (issue 12 §5): two workers, each with its own Neo4j driver and
 * its own language-service client, ingesting their shares of one corpus at the same time, give the same
 * graph as one worker ingesting it all. Through the run's real Neo4j and CoreNLP. The corpus is short
 * invented wire copy about South American states (no seed actor); the comparison is a canonical dump of
 * everything the articles reach (their facts, those facts' relationships, the actors' ids and labels),
 * and the test deletes the articles and facts it created (not the actors, which other tests share).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/graph/driver';
import { GraphClient } from '../../src/graph/graph-client';
import { type IngestTotals, ingestPaths, pacedIngestService } from '../../src/ingest/ingest-files';
import { articleId } from '../../src/kg/kg-batch';
import { testCoreNlpClient } from '../helpers/test-corenlp';

const cfg = loadConfig();

function corpus(tag: string): string[] {
  return [
    `Chile and Uruguay sign fisheries accord (${tag})\n\nSANTIAGO, March 3 (Reuters) - Chile and Uruguay signed a fisheries agreement in Santiago on Monday, the Chilean foreign ministry said. "This accord protects both our fleets," the ministry said in a statement.\n`,
    `Paraguay protests Argentine river tolls (${tag})\n\nASUNCION, March 4 (AP) - Paraguay condemned Argentina on Tuesday over new tolls on the Parana river. Argentina rejected the complaint, according to its foreign ministry.\n`,
    `Uruguay hosts Brazil for trade talks (${tag})\n\nMONTEVIDEO, March 5 (AFP) - Uruguay hosted a Brazilian trade delegation on Wednesday. Brazil praised Uruguay for its open ports and said talks would resume in April.\n`,
    `Bolivia recalls envoy from Chile (${tag})\n\nLA PAZ, March 6 (Reuters) - Bolivia recalled its ambassador from Chile on Thursday after a dispute over water rights. Chile said it regretted the decision.\n`,
    `Ecuador and Peru agree on border demining (${tag})\n\nQUITO, March 7 (EFE) - Ecuador and Peru agreed on Friday to clear mines along their shared border. Peru thanked Ecuador for the cooperation, the statement said.\n`,
    `Argentina and Chile hold naval exercises (${tag})\n\nBUENOS AIRES, March 8 (AP) - Argentina and Chile held joint naval exercises off Tierra del Fuego on Saturday. Uruguay criticized the timing of the drills.\n`,
  ];
}

interface Worker {
  readonly graph: GraphClient;
  close(): Promise<void>;
}

/** One worker's own connection to the run's Neo4j, as a separate process would have. */
function openWorker(): Worker {
  const driver = createDriver({ ...cfg.neo4j, uri: cfg.neo4j.uri ?? '' });
  return {
    graph: new GraphClient(driver, { database: cfg.neo4j.database, txTimeoutMs: 60_000 }),
    close: () => driver.close(),
  };
}

async function ingestAs(workers: number, dir: string): Promise<IngestTotals[]> {
  const opened = Array.from({ length: workers }, openWorker);
  try {
    return await Promise.all(
      opened.map((w, index) =>
        ingestPaths(
          [dir],
          pacedIngestService(w.graph, testCoreNlpClient(), () => undefined),
          undefined,
          2, // small groups, so the workers' transactions interleave
          { index, count: workers },
        ),
      ),
    );
  } finally {
    await Promise.all(opened.map(w => w.close()));
  }
}

/** A JSON text with the keys of every object sorted, so equal maps print alike. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * Everything the articles reach, one sorted line per node and relationship: the articles, the nodes
 * next to them (facts, mentioned actors), the facts' own neighbours (speakers, sources, targets, event
 * types), and every relationship of the articles and the facts. Actors are their id and labels only:
 * other test files may merge aliases into a shared country meanwhile.
 */
async function dump(graph: GraphClient, ids: readonly string[]): Promise<string[]> {
  const nodes = await graph.read<Record<string, unknown>>(
    `MATCH (a:Article) WHERE a.id IN $ids
     OPTIONAL MATCH (a)--(f)
     WITH collect(DISTINCT a) + collect(DISTINCT f) AS near
     UNWIND near AS f
     OPTIONAL MATCH (f)--(x) WHERE f:Statement OR f:Event
     WITH near, collect(DISTINCT x) AS far
     UNWIND near + far AS n
     WITH DISTINCT n
     RETURN labels(n) AS labels, coalesce(n.id, n.code) AS key,
            CASE WHEN n:Actor OR n:EventType THEN null ELSE properties(n) END AS props`,
    { ids },
  );
  const rels = await graph.read<Record<string, unknown>>(
    `MATCH (a:Article)-[r]-() WHERE a.id IN $ids
     RETURN type(r) AS type, coalesce(startNode(r).id, startNode(r).code) AS from,
            coalesce(endNode(r).id, endNode(r).code) AS to, properties(r) AS props
     UNION
     MATCH (a:Article)--(f)-[r]-() WHERE a.id IN $ids AND (f:Statement OR f:Event)
     RETURN type(r) AS type, coalesce(startNode(r).id, startNode(r).code) AS from,
            coalesce(endNode(r).id, endNode(r).code) AS to, properties(r) AS props`,
    { ids },
  );
  return [
    ...nodes.map(n => `node ${canonical({ ...n, labels: [...(n.labels as string[])].sort() })}`),
    ...rels.map(r => `rel :${String(r.type)} ${canonical(r)}`),
  ].sort();
}

/**
 * Deletes the articles and their facts. The actors stay: they are shared by id with the tests that run
 * beside this one (country:URY, country:PRY), and a DETACH DELETE of an actor that looked unused here
 * once cut the SOURCE and TARGET links of another test's events written in the same seconds.
 */
async function removeCreated(graph: GraphClient, ids: readonly string[]): Promise<void> {
  await graph.write(
    `MATCH (a:Article) WHERE a.id IN $ids
     OPTIONAL MATCH (f)-[:EXTRACTED_FROM]->(a) WHERE f:Statement OR f:Event
     WITH collect(DISTINCT a) AS articles, collect(DISTINCT f) AS facts
     FOREACH (n IN facts | DETACH DELETE n)
     FOREACH (n IN articles | DETACH DELETE n)`,
    { ids },
  );
}

describe('npm run ingest with several workers', () => {
  const tag = randomBytes(5).toString('hex');
  const texts = corpus(tag);
  const ids = texts.map(articleId);
  let dir = '';
  const probe = openWorker();

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-workers-'));
    texts.forEach((text, i) => fs.writeFileSync(path.join(dir, `${i}.txt`), text));
  });

  afterAll(async () => {
    await removeCreated(probe.graph, ids);
    await probe.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives two workers the same graph as one, each article in exactly one share', async () => {
    const one = await ingestAs(1, dir);
    expect(one[0]?.skipped).toEqual([]);
    expect(one[0]?.newArticles).toBe(texts.length);
    const alone = await dump(probe.graph, ids);
    expect(alone.filter(l => l.startsWith('rel ') && l.includes(':SOURCE')).length).toBeGreaterThan(
      0,
    );

    await removeCreated(probe.graph, ids);
    expect(await dump(probe.graph, ids)).toEqual([]);

    const two = await ingestAs(2, dir);
    expect(two.map(t => t.skipped)).toEqual([[], []]);
    expect(two.map(t => t.articles)).toEqual([3, 3]);
    expect(two.reduce((n, t) => n + t.newArticles, 0)).toBe(texts.length);
    expect(await dump(probe.graph, ids)).toEqual(alone);
  }, 180_000);
});
