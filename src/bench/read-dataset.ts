/**
 * The read benchmark's graph: `articles` generated articles (news-corpus.ts, seeded, so every run holds
 * the same graph) with the facts they state, built as batches by the generator (news-graph.ts, no
 * extraction: reads are measured over the same graph whatever ingest does) and written in groups by
 * the writer ingest uses. Loading is skipped when the database already holds exactly this dataset (a
 * rerun on NEO4J_URI).
 */
import type { GraphClient } from '../graph/graph-client';
import { KgWriterRepository } from '../graph/kg-writer.repository';
import { type KgBatch, validateBatch } from '../kg/kg-batch';
import { prepareGraph } from '../seed/seed.service';
import { GENERATOR, newsGraph } from './news-graph';

export interface DatasetSpec {
  readonly articles: number;
  readonly seed: number;
  /** Target size of each article in bytes (news-corpus.ts). */
  readonly articleBytes: number;
}

export interface DatasetStats extends DatasetSpec {
  readonly events: number;
  readonly statements: number;
  readonly actors: number;
  /** Seconds spent loading; 0 when the database already held the dataset. */
  readonly loadSeconds: number;
  /** What built the graph (news-graph.ts), so saved results say which dataset they were measured on. */
  readonly generator: string;
}

const GROUP = 200;

const COUNTS = /* cypher */ `
RETURN COUNT { MATCH (a:Article) } AS articles,
       COUNT { MATCH (a:Article) WHERE a.url STARTS WITH 'https://wire.example/' } AS generated,
       COUNT { MATCH (e:Event) } AS events,
       COUNT { MATCH (s:Statement) } AS statements,
       COUNT { MATCH (x:Actor) } AS actors`;

interface Counts {
  articles: number;
  generated: number;
  events: number;
  statements: number;
  actors: number;
}

async function counts(graph: GraphClient): Promise<Counts> {
  const [row] = await graph.read<Counts>(COUNTS);
  if (row === undefined) {
    throw new Error('the count statement returned no row');
  }
  return row;
}

/**
 * Makes the database hold exactly the dataset: loads it into an empty database, reuses it when already
 * there (the same articles, events and statements), and refuses a database holding anything else (the
 * figures would not be comparable).
 */
export async function loadDataset(
  graph: GraphClient,
  spec: DatasetSpec,
  log: (line: string) => void,
): Promise<DatasetStats> {
  const t0 = Date.now();
  const batches = newsGraph(spec.articles, spec.articleBytes, spec.seed);
  const problems = batches.flatMap(validateBatch);
  if (problems.length > 0) {
    // a generator bug: the graph would not be what ingest could have written
    throw new Error(`generated batches are unsound: ${problems.slice(0, 3).join('; ')}`);
  }
  const events = batches.reduce((n, b) => n + b.events.length, 0);
  const statements = batches.reduce((n, b) => n + b.statements.length, 0);
  const before = await counts(graph);
  if (before.articles === spec.articles && before.generated === spec.articles) {
    if (before.events !== events || before.statements !== statements) {
      // e.g. loaded by the extraction pipeline before the generator: another graph
      throw new Error(
        `the database holds the ${spec.articles} generated articles with ${before.events} events and ` +
          `${before.statements} statements, not the generator's ${events} and ${statements}: ` +
          'empty it, or unset NEO4J_URI to use a temporary Neo4j',
      );
    }
    log(`[bench] the database already holds the ${spec.articles} generated articles: reused`);
    return { ...spec, ...pick(before), loadSeconds: 0, generator: GENERATOR };
  }
  if (before.articles > 0) {
    throw new Error(
      `the database holds ${before.articles} other articles: the read benchmark needs an empty one ` +
        '(unset NEO4J_URI to use a temporary Neo4j)',
    );
  }
  await prepareGraph(graph);
  const writer = new KgWriterRepository(graph);
  for (let i = 0; i < batches.length; i += GROUP) {
    const group: KgBatch[] = batches.slice(i, i + GROUP);
    // the database held no article, so every one is created rather than merged
    await writer.writeBatches(group, new Set(group.map(b => b.article.id)));
    const s = (Date.now() - t0) / 1000;
    log(`[bench]   loaded ${i + group.length}/${spec.articles} articles in ${s.toFixed(1)} s`);
  }
  const after = await counts(graph);
  return {
    ...spec,
    ...pick(after),
    loadSeconds: (Date.now() - t0) / 1000,
    generator: GENERATOR,
  };
}

function pick(c: Counts): { events: number; statements: number; actors: number } {
  return { events: c.events, statements: c.statements, actors: c.actors };
}
