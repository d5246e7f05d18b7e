/**
 * Ingests one article: extract (pure, deterministic), validate, then write in one transaction with
 * MERGE on stable ids, so the same article ingested again, or concurrently, ends as one article.
 */
import type { GraphClient } from '../graph/graph-client';
import { KgWriterRepository } from '../graph/kg-writer.repository';
import { EXISTING_IDS } from '../graph/cypher/write.cypher';
import { type KgBatch, validateBatch } from '../kg/kg-batch';
import type { IngestCounts } from '../schema/ingest.type';
import { BadUserInputError, ConflictError } from '../server/errors';
import type { ArticleInput } from './pipeline';

/** What a caller gives to ingest one article (the pipeline's input). */
export type IngestInput = ArticleInput;

export type Extractor = (input: IngestInput) => { batch: KgBatch };

export interface IngestOutcome {
  readonly articleId: string;
  readonly created: IngestCounts;
  readonly merged: IngestCounts;
}

function count(batch: KgBatch, keep: (id: string) => boolean): IngestCounts {
  return {
    articles: keep(batch.article.id) ? 1 : 0,
    actors: batch.actors.filter(a => keep(a.id)).length,
    statements: batch.statements.filter(s => keep(s.id)).length,
    events: batch.events.filter(e => keep(e.id)).length,
  };
}

export class IngestService {
  private readonly writer: KgWriterRepository;
  /** Writes re-run after a uniqueness race (ConstraintValidationFailed), for tests and logs. */
  conflictRetries = 0;

  constructor(
    private readonly graph: GraphClient,
    private readonly extract: Extractor,
  ) {
    this.writer = new KgWriterRepository(graph);
  }

  async ingest(input: IngestInput): Promise<IngestOutcome> {
    if (input.text.trim() === '') {
      throw new BadUserInputError('text is empty', 'text');
    }
    const { batch } = this.extract(input);
    const problems = validateBatch(batch);
    if (problems.length > 0) {
      // an extractor fault, not the caller's: nothing is written
      throw new Error(
        `extraction produced an inconsistent batch: ${problems.slice(0, 3).join('; ')}`,
      );
    }
    const ids = [
      batch.article.id,
      ...batch.actors.map(a => a.id),
      ...batch.statements.map(s => s.id),
      ...batch.events.map(e => e.id),
    ];
    const [row] = await this.graph.read<{ ids: string[] }>(EXISTING_IDS, { ids });
    const existing = new Set(row?.ids ?? []);
    try {
      await this.writer.writeBatch(batch);
    } catch (err) {
      // Two MERGEs of one new key raced and the uniqueness constraint refused the loser (the driver
      // does not retry it). Run again once: the MERGE now matches the winner's node. A second refusal
      // goes out as CONFLICT.
      if (!(err instanceof ConflictError)) {
        throw err;
      }
      this.conflictRetries += 1;
      await this.writer.writeBatch(batch);
    }
    return {
      articleId: batch.article.id,
      created: count(batch, id => !existing.has(id)),
      merged: count(batch, id => existing.has(id)),
    };
  }
}
