/** Applies the schema, loads the CAMEO table and writes the seed article. Idempotent. */
import type { GraphClient } from '../graph/graph-client';
import { KgWriterRepository } from '../graph/kg-writer.repository';
import { ARTICLES_COUNT } from '../graph/cypher/read.cypher';
import { loadCameo, loadSeedArticle } from '../kg/seed-annotation';

export interface SeedReport {
  readonly seeded: boolean;
  readonly articleId: string;
  readonly actors: number;
  readonly statements: number;
  readonly events: number;
  readonly eventTypes: number;
}

/**
 * Constraints, indexes, the CAMEO table, and stored values brought to the current rules (publishedAt
 * in its canonical form, idempotent); returns how many CAMEO types were loaded.
 */
export async function prepareGraph(graph: GraphClient): Promise<number> {
  const writer = new KgWriterRepository(graph);
  const cameo = loadCameo();
  await writer.applySchema();
  await writer.mergeEventTypes(cameo);
  await writer.migratePublishedAt();
  return cameo.length;
}

/** Writes the seed (schema first). With `onlyIfEmpty`, skips when the database already holds articles. */
export async function seedGraph(
  graph: GraphClient,
  opts: { onlyIfEmpty: boolean },
): Promise<SeedReport> {
  const { batch } = loadSeedArticle();
  const eventTypes = await prepareGraph(graph);
  const [row] = await graph.read<{ n: number }>(ARTICLES_COUNT);
  const empty = (row?.n ?? 0) === 0;
  const report = {
    articleId: batch.article.id,
    actors: batch.actors.length,
    statements: batch.statements.length,
    events: batch.events.length,
    eventTypes,
  };
  if (opts.onlyIfEmpty && !empty) {
    return { seeded: false, ...report };
  }
  await new KgWriterRepository(graph).writeBatch(batch);
  return { seeded: true, ...report };
}
