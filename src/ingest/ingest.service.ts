/**
 * Ingests one article: extract (parse with the language service and code the parse: deterministic for
 * one parse), validate, then write in one transaction with MERGE on stable ids, so the same article
 * ingested again, or concurrently, ends as one article. An article that cannot be extracted (the
 * language service down or busy) is not written at all.
 */
import type { GraphClient } from '../graph/graph-client';
import { KgWriterRepository } from '../graph/kg-writer.repository';
import { type KgBatch, validateBatch } from '../kg/kg-batch';
import type { IngestCounts } from '../schema/ingest.type';
import { ConflictError, ServiceBusyError } from '../errors/errors';
import type { ArticleInput } from '../kg/article-input';
import { checkArticleInput } from '../kg/article-input';

/** What a caller gives to ingest one article (the extractor's input). */
export type IngestInput = ArticleInput;

export type Extractor = (input: IngestInput) => Promise<{ batch: KgBatch }>;

export interface IngestOptions {
  /**
   * Articles `ingestMany` / `ingestGroups` extract at once: the parses the language service takes
   * (CORENLP_MAX_IN_FLIGHT + CORENLP_MAX_QUEUED keeps it busy). Default 1.
   */
  readonly concurrency?: number;
  /**
   * Pace instead of failing (the CLI): an extraction refused with SERVICE_BUSY is tried again after the
   * wait it names, and this is told before each wait. Unset: SERVICE_BUSY is that article's error.
   */
  readonly onBusy?: (err: ServiceBusyError) => void;
  /**
   * Told of each article once its write transaction has committed (never for a write that failed or
   * rolled back), with what was new: the server publishes live updates from it (docs/live.md). It must
   * not throw; if it does, the error is swallowed, since the article is written either way.
   */
  readonly onCommitted?: (batch: KgBatch, outcome: IngestOutcome) => void;
}

export interface IngestOutcome {
  readonly articleId: string;
  readonly created: IngestCounts;
  readonly merged: IngestCounts;
}

/** One input's outcome, or why it was not ingested. */
export type IngestResult = IngestOutcome | Error;

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
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
    graph: GraphClient,
    private readonly extract: Extractor,
    private readonly opts: IngestOptions = {},
  ) {
    this.writer = new KgWriterRepository(graph);
  }

  async ingest(input: IngestInput): Promise<IngestOutcome> {
    const result = await this.writeOne(await this.prepare(input));
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
  async ingestMany(inputs: readonly IngestInput[]): Promise<IngestResult[]> {
    return this.writeMany(await this.prepareMany(inputs));
  }

  /**
   * Ingests groups of articles as `ingestMany` does, yielding each group's results in order, and
   * extracts the next group while the previous one is being written: extraction runs in this process
   * and the write in Neo4j, so on two cores both stay busy instead of taking turns.
   */
  async *ingestGroups(
    groups: AsyncIterable<readonly IngestInput[]> | Iterable<readonly IngestInput[]>,
  ): AsyncGenerator<IngestResult[]> {
    let writing: Promise<IngestResult[]> | undefined;
    for await (const group of groups) {
      const prepared = await this.prepareMany(group);
      if (writing !== undefined) {
        yield await writing;
      }
      writing = this.writeMany(prepared);
    }
    if (writing !== undefined) {
      yield await writing;
    }
  }

  /**
   * Checks and extracts each input (a bad one becomes its error), `concurrency` at a time, in order.
   * The parses are I/O here, so a write in flight gets its answers and commits meanwhile.
   */
  private async prepareMany(inputs: readonly IngestInput[]): Promise<(KgBatch | Error)[]> {
    const prepared: (KgBatch | Error)[] = new Array<KgBatch | Error>(inputs.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < inputs.length) {
        const i = next;
        next += 1;
        prepared[i] = await this.preparePaced(inputs[i] as IngestInput).catch((err: unknown) =>
          err instanceof Error ? err : new Error(String(err)),
        );
      }
    };
    const workers = Math.max(1, Math.min(this.opts.concurrency ?? 1, inputs.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return prepared;
  }

  /** `prepare`, waiting and trying again while the language service is busy when `onBusy` is set. */
  private async preparePaced(input: IngestInput): Promise<KgBatch> {
    for (;;) {
      try {
        return await this.prepare(input);
      } catch (err) {
        if (!(err instanceof ServiceBusyError) || this.opts.onBusy === undefined) {
          throw err;
        }
        this.opts.onBusy(err);
        await sleep(err.retryAfterSeconds * 1000);
      }
    }
  }

  private async writeMany(prepared: readonly (KgBatch | Error)[]): Promise<IngestResult[]> {
    const batches = prepared.filter((p): p is KgBatch => !(p instanceof Error));
    if (batches.length === 0) {
      return prepared.filter((p): p is Error => p instanceof Error);
    }
    try {
      const existing = await this.writer.existingIds(batches);
      await this.writer.writeBatches(batches, absentArticles(batches, existing));
      // an id first written by an earlier article of this group counts as merged for later ones
      return prepared.map(p => {
        if (p instanceof Error) {
          return p;
        }
        const result = outcome(p, existing);
        this.committed(p, result);
        itemIds(p).forEach(id => existing.add(id));
        return result;
      });
    } catch {
      const results: IngestResult[] = [];
      for (const p of prepared) {
        results.push(p instanceof Error ? p : await this.writeOne(p));
      }
      return results;
    }
  }

  private async writeOne(batch: KgBatch): Promise<IngestResult> {
    let result: IngestOutcome;
    try {
      const existing = await this.writer.existingIds([batch]);
      await this.writeWithRetry(batch, absentArticles([batch], existing));
      result = outcome(batch, existing);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
    this.committed(batch, result);
    return result;
  }

  private committed(batch: KgBatch, result: IngestOutcome): void {
    try {
      this.opts.onCommitted?.(batch, result);
    } catch {
      // a listener's fault must not turn a committed write into an error
    }
  }

  /**
   * Two writers of one new article race: the one that finds it absent creates it, and two MERGEs of one
   * new key can collide too. The uniqueness constraint refuses the loser, which the driver does not
   * retry. Run it again once, merging: it now matches the winner's nodes. A second refusal goes out as
   * CONFLICT.
   */
  private async writeWithRetry(batch: KgBatch, fresh: ReadonlySet<string>): Promise<void> {
    try {
      await this.writer.writeBatch(batch, fresh);
    } catch (err) {
      if (!(err instanceof ConflictError)) {
        throw err;
      }
      this.conflictRetries += 1;
      await this.writer.writeBatch(batch);
    }
  }

  /** Checks the input and extracts it; throws BAD_USER_INPUT for bad input. */
  private async prepare(input: IngestInput): Promise<KgBatch> {
    const { batch } = await this.extract(checkArticleInput(input));
    const problems = validateBatch(batch);
    if (problems.length > 0) {
      // an extractor fault, not the caller's: nothing is written
      throw new Error(
        `extraction produced an inconsistent batch: ${problems.slice(0, 3).join('; ')}`,
      );
    }
    return batch;
  }
}

/** The articles of these batches that were not in the graph: the writer creates them and their facts. */
function absentArticles(batches: readonly KgBatch[], existing: ReadonlySet<string>): Set<string> {
  return new Set(batches.map(b => b.article.id).filter(id => !existing.has(id)));
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
