/**
 * Ingests one article: extract (pure, deterministic), validate, then write in one transaction with
 * MERGE on stable ids, so the same article ingested again, or concurrently, ends as one article.
 */
import type { GraphClient } from '../graph/graph-client';
import { KgWriterRepository } from '../graph/kg-writer.repository';
import { EXISTING_IDS } from '../graph/cypher/write.cypher';
import { type KgBatch, validateBatch } from '../kg/kg-batch';
import type { IngestCounts } from '../schema/ingest.type';
import { ConflictError } from '../server/errors';
import type { ArticleInput } from './pipeline';
import { checkArticleInput } from './article-input';

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
    const result = await this.writeOne(this.prepare(input));
    if (result instanceof Error) {
      throw result;
    }
    return result;
  }

  /**
   * Ingests many articles with one write transaction for all of them. When that transaction fails, each
   * article is retried on its own, so one bad article (or a fault) costs only itself: every input gets
   * its outcome or its error, in order, and nothing is half-written.
   */
  async ingestMany(inputs: readonly IngestInput[]): Promise<(IngestOutcome | Error)[]> {
    const prepared = inputs.map(input => {
      try {
        return this.prepare(input);
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    });
    const batches = prepared.filter((p): p is KgBatch => !(p instanceof Error));
    if (batches.length === 0) {
      return prepared.filter((p): p is Error => p instanceof Error);
    }
    try {
      const existing = await this.existingIds(batches);
      await this.writer.writeBatches(batches);
      // an id first written by an earlier article of this group counts as merged for later ones
      return prepared.map(p => {
        if (p instanceof Error) {
          return p;
        }
        const result = outcome(p, existing);
        itemIds(p).forEach(id => existing.add(id));
        return result;
      });
    } catch {
      const results: (IngestOutcome | Error)[] = [];
      for (const p of prepared) {
        results.push(p instanceof Error ? p : await this.writeOne(p));
      }
      return results;
    }
  }

  private async writeOne(batch: KgBatch): Promise<IngestOutcome | Error> {
    try {
      const existing = await this.existingIds([batch]);
      await this.writeWithRetry(batch);
      return outcome(batch, existing);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  }

  /**
   * Two MERGEs of one new key can race; the uniqueness constraint refuses the loser, which the driver
   * does not retry. Run it again once: the MERGE now matches the winner's node. A second refusal goes
   * out as CONFLICT.
   */
  private async writeWithRetry(batch: KgBatch): Promise<void> {
    try {
      await this.writer.writeBatch(batch);
    } catch (err) {
      if (!(err instanceof ConflictError)) {
        throw err;
      }
      this.conflictRetries += 1;
      await this.writer.writeBatch(batch);
    }
  }

  /** Checks the input and extracts it; throws BAD_USER_INPUT for bad input. */
  private prepare(input: IngestInput): KgBatch {
    const { batch } = this.extract(checkArticleInput(input));
    const problems = validateBatch(batch);
    if (problems.length > 0) {
      // an extractor fault, not the caller's: nothing is written
      throw new Error(
        `extraction produced an inconsistent batch: ${problems.slice(0, 3).join('; ')}`,
      );
    }
    return batch;
  }

  private async existingIds(batches: readonly KgBatch[]): Promise<Set<string>> {
    const unique = (ids: string[]): string[] => [...new Set(ids)];
    const [row] = await this.graph.read<{ ids: string[] }>(EXISTING_IDS, {
      articleIds: unique(batches.map(b => b.article.id)),
      actorIds: unique(batches.flatMap(b => b.actors.map(a => a.id))),
      statementIds: unique(batches.flatMap(b => b.statements.map(s => s.id))),
      eventIds: unique(batches.flatMap(b => b.events.map(e => e.id))),
    });
    return new Set(row?.ids ?? []);
  }
}

function itemIds(batch: KgBatch): string[] {
  return [
    batch.article.id,
    ...batch.actors.map(a => a.id),
    ...batch.statements.map(s => s.id),
    ...batch.events.map(e => e.id),
  ];
}

function outcome(batch: KgBatch, existing: ReadonlySet<string>): IngestOutcome {
  return {
    articleId: batch.article.id,
    created: count(batch, id => !existing.has(id)),
    merged: count(batch, id => existing.has(id)),
  };
}
