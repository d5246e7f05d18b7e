/** Writes knowledge-graph batches and the schema. Each batch is one transaction: all or nothing. */
import type { CameoRow } from '../kg/seed-annotation';
import {
  type KgBatch,
  MANUAL_PROVENANCE,
  confidenceOf,
  dateSortKey,
  offsetKey,
  storedValueProblems,
} from '../kg/kg-batch';
import { CANONICAL_DATE_TIME, parseDateTime } from '../kg/dates';
import { ActorKind } from '../schema/domain.enum';
import { ACTOR_RELATION_TYPES } from '../kg/labels';
import type { GraphClient } from './graph-client';
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from './cypher/schema.cypher';
import {
  CREATE_ARTICLES,
  CREATE_EVENTS,
  CREATE_MENTIONS,
  CREATE_STATEMENTS,
  CREATE_STATEMENT_EVIDENCE,
  EXISTING_ARTICLES_AND_ACTORS,
  EXISTING_ITEMS,
  GRAPH_COUNTS,
  LEGACY_PUBLISHED_AT,
  SET_PUBLISHED_AT,
  LOCK_SHARED_NODES,
  MERGE_ACTORS_BY_KIND,
  MERGE_ARTICLES,
  MERGE_EVENTS,
  MERGE_EVENT_TYPES,
  MERGE_MENTIONS,
  MERGE_OFFICES,
  MERGE_RELATION_BY_TYPE,
  MERGE_RESPONSES,
  MERGE_STATEMENT_EVIDENCE,
  MERGE_STATEMENTS,
} from './cypher/write.cypher';
import neo4j from 'neo4j-driver';

/** Articles migrated per write transaction. */
const MIGRATION_CHUNK = 1000;

export interface GraphCounts {
  readonly nodes: number;
  readonly relationships: number;
}

export class KgWriterRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Constraints and indexes (idempotent); waits until the indexes are online. */
  async applySchema(): Promise<void> {
    for (const statement of SCHEMA_STATEMENTS) {
      await this.graph.write(statement);
    }
    await this.graph.read(AWAIT_INDEXES);
  }

  async mergeEventTypes(rows: readonly CameoRow[]): Promise<void> {
    await this.graph.write(MERGE_EVENT_TYPES, {
      rows: rows.map(r => ({ ...r, level: neo4j.int(r.level), quadClass: neo4j.int(r.quadClass) })),
    });
  }

  /**
   * Brings stored publication dates to the canonical form with a precision (kg/dates.ts): values from
   * before that rule (`2024-12-27`, `2024-06-19T08:30`) are normalised, and one that is no date at all
   * is moved to `publishedAtUnparsed` (kept, not served). Idempotent: canonical values are not
   * touched; run by `prepareGraph` (start-up and `npm run seed`). Returns how many it changed.
   */
  async migratePublishedAt(): Promise<number> {
    let changed = 0;
    for (;;) {
      const rows = await this.graph.read<{ id: string; publishedAt: unknown }>(
        LEGACY_PUBLISHED_AT,
        { limit: neo4j.int(MIGRATION_CHUNK), canonical: CANONICAL_DATE_TIME.source },
      );
      if (rows.length === 0) {
        return changed;
      }
      await this.graph.write(SET_PUBLISHED_AT, {
        rows: rows.map(r => {
          const parsed = typeof r.publishedAt === 'string' ? parseDateTime(r.publishedAt) : null;
          return {
            id: r.id,
            publishedAt: parsed?.value ?? null,
            precision: parsed?.precision ?? null,
            unparsed: parsed === null ? String(r.publishedAt) : null,
          };
        }),
      });
      changed += rows.length;
      if (rows.length < MIGRATION_CHUNK) {
        return changed;
      }
    }
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.graph.read<{ nodes: number; relationships: number }>(GRAPH_COUNTS);
    return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0 };
  }

  /**
   * The ids of these batches' articles, actors, statements and events that are in the graph already.
   * A statement or event id is derived from its article's id and written in the same transaction, so
   * only the items of articles already present are looked up: a group of new articles costs one seek
   * per article and actor, not one per fact.
   */
  async existingIds(batches: readonly KgBatch[]): Promise<Set<string>> {
    const unique = (ids: string[]): string[] => [...new Set(ids)];
    const [found] = await this.graph.read<{ ids: string[] }>(EXISTING_ARTICLES_AND_ACTORS, {
      articleIds: unique(batches.map(b => b.article.id)),
      actorIds: unique(batches.flatMap(b => b.actors.map(a => a.id))),
    });
    const existing = new Set(found?.ids ?? []);
    const known = batches.filter(b => existing.has(b.article.id));
    if (known.length > 0) {
      const [items] = await this.graph.read<{ ids: string[] }>(EXISTING_ITEMS, {
        statementIds: unique(known.flatMap(b => b.statements.map(s => s.id))),
        eventIds: unique(known.flatMap(b => b.events.map(e => e.id))),
      });
      (items?.ids ?? []).forEach(id => existing.add(id));
    }
    return existing;
  }

  /** Stores a batch in one write transaction, MERGE on ids: writing it again changes nothing. */
  writeBatch(batch: KgBatch, fresh: ReadonlySet<string> = new Set()): Promise<void> {
    return this.writeBatches([batch], fresh);
  }

  /**
   * Stores several batches in one write transaction (all or nothing), with one statement per kind of
   * row for all of them: bulk ingest pays a transaction and its round trips per group, not per article.
   * Everything is merged on ids, except the articles in `fresh`, which the caller found absent: they and
   * their facts are created, and if one was written meanwhile the uniqueness constraint refuses the
   * transaction (a ConflictError), to be retried without `fresh`. A batch repeated in the list is
   * written once.
   */
  async writeBatches(
    batches: readonly KgBatch[],
    fresh: ReadonlySet<string> = new Set(),
  ): Promise<void> {
    const distinct = [...new Map(batches.map(b => [b.article.id, b])).values()];
    const problems = distinct.flatMap(storedValueProblems);
    if (problems.length > 0) {
      // a bug of whoever built the batch: storing it would make reads of it fail
      throw new Error(
        `refusing to store values no query could serve: ${problems.slice(0, 3).join('; ')}`,
      );
    }
    const rows = distinct.map(batchRows);
    const all = <K extends keyof BatchRows>(key: K): BatchRows[K][number][] =>
      rows.flatMap(r => r[key] as BatchRows[K][number][]);
    const sorted = (ids: string[]): string[] => [...new Set(ids)].sort(compare);
    const created = (row: { articleId: string }): boolean => fresh.has(row.articleId);
    const merged = (row: { articleId: string }): boolean => !fresh.has(row.articleId);
    // Shared nodes are locked first, in one global order, so concurrent ingests of articles naming
    // the same countries wait for each other instead of deadlocking.
    const statements: [string, object][] = [
      [
        LOCK_SHARED_NODES,
        {
          actorIds: sorted(all('actors').map(a => a.id)),
          codes: sorted(all('events').map(e => e.code)),
        },
      ],
    ];
    const push = (cypher: string, list: readonly unknown[]): void => {
      if (list.length > 0) {
        statements.push([cypher, { rows: list }]);
      }
    };
    push(
      CREATE_ARTICLES,
      all('articles').filter(a => fresh.has(a.id)),
    );
    push(
      MERGE_ARTICLES,
      all('articles').filter(a => !fresh.has(a.id)),
    );
    const actorRows = oneRowPerActor(all('actors'));
    for (const kind of Object.values(ActorKind)) {
      push(
        MERGE_ACTORS_BY_KIND[kind],
        actorRows.filter(a => a.props.kind === kind),
      );
    }
    push(CREATE_MENTIONS, all('mentions').filter(created));
    push(MERGE_MENTIONS, all('mentions').filter(merged));
    push(MERGE_OFFICES, all('offices'));
    for (const type of ACTOR_RELATION_TYPES) {
      push(
        MERGE_RELATION_BY_TYPE[type],
        all('relations').filter(r => r.type === type),
      );
    }
    push(CREATE_EVENTS, all('events').filter(created));
    push(MERGE_EVENTS, all('events').filter(merged));
    push(MERGE_RESPONSES, all('responses'));
    push(CREATE_STATEMENTS, all('statements').filter(created));
    push(MERGE_STATEMENTS, all('statements').filter(merged));
    push(CREATE_STATEMENT_EVIDENCE, all('statementEvidence').filter(created));
    push(MERGE_STATEMENT_EVIDENCE, all('statementEvidence').filter(merged));
    // Sent back to back without waiting for each answer (Bolt pipelines them; Neo4j runs them in
    // order): the transaction waits for one round trip instead of a dozen, so the shared-node locks
    // are held for Neo4j's work, not for the trips through a busy event loop. One failure fails all.
    await this.graph.writeTransaction(run =>
      Promise.all(statements.map(([cypher, params]) => run(cypher, params))),
    );
  }
}

type BatchRows = ReturnType<typeof batchRows>;
type ActorRow = BatchRows['actors'][number];

/**
 * One row per actor id, in id order: a country named by 150 articles of a group is merged once, not
 * 150 times. The first article's row wins, as it would writing them one by one (ON CREATE sets it,
 * later rows only add aliases), and the aliases of all rows are kept in first-seen order.
 */
function oneRowPerActor(rows: readonly ActorRow[]): ActorRow[] {
  const byId = new Map<string, ActorRow>();
  for (const row of rows) {
    const first = byId.get(row.id);
    if (first === undefined) {
      byId.set(row.id, { ...row, props: { ...row.props, aliases: [...row.props.aliases] } });
      continue;
    }
    for (const alias of row.props.aliases) {
      if (!first.props.aliases.includes(alias)) {
        first.props.aliases.push(alias);
      }
    }
    // filled by later rows only where the first left it empty, as ON MATCH does
    first.props.iso3 ??= row.props.iso3;
    first.props.wikidataId ??= row.props.wikidataId;
    first.props.description ??= row.props.description;
    first.props.aliasText = first.props.aliases.join(' | ');
  }
  return [...byId.values()].sort((a, b) => compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The parameter rows of one batch, each naming its article so batches can share a statement. */
function batchRows(batch: KgBatch) {
  const { article } = batch;
  const { extractor } = batch.provenance ?? MANUAL_PROVENANCE;
  return {
    articles: [
      {
        id: article.id,
        props: {
          title: article.title,
          url: article.url,
          source: article.source,
          publishedAt: article.publishedAt,
          publishedAtPrecision: article.publishedAtPrecision,
          publishedAtInferred: article.publishedAtInferred,
          text: article.text,
          extractor,
          sortKey: `${article.publishedAt ?? '0000'}|${article.id}`,
        },
      },
    ],
    actors: batch.actors.map(a => ({
      id: a.id,
      props: {
        kind: a.kind,
        name: a.name,
        aliases: [...a.aliases],
        aliasText: a.aliases.join(' | '),
        iso3: a.iso3,
        wikidataId: a.wikidataId,
        description: a.description,
        sortKey: `${a.name.toLowerCase()}|${a.id}`,
      },
    })),
    mentions: lastById(batch.actors)
      .filter(a => a.mentions.length > 0)
      .map(a => ({
        articleId: article.id,
        actorId: a.id,
        count: neo4j.int(a.mentions.length),
        firstOffset: neo4j.int(Math.min(...a.mentions.map(m => m.start))),
        confidence: confidenceOf(batch, a.id),
      })),
    offices: [...batch.offices],
    relations: [...batch.relations],
    events: lastById(batch.events).map(e => ({
      id: e.id,
      articleId: article.id,
      sourceId: e.sourceId,
      targetId: e.targetId,
      code: e.code,
      evidence: uniqueBy(e.evidence, span => `${span.start}:${span.end}`).map(spanParam),
      props: {
        cameoCode: e.code,
        date: e.date,
        datePrecision: e.datePrecision,
        dateInferred: e.dateInferred,
        modality: e.modality,
        summary: e.summary,
        extractor,
        confidence: confidenceOf(batch, e.id),
        sortKey: dateSortKey(e.date, article.id, offsetKey(e.evidence[0]?.start ?? 0), e.id),
      },
    })),
    responses: lastById(batch.events)
      .filter(e => e.respondsToId !== null)
      .map(e => ({ id: e.id, respondsToId: e.respondsToId })),
    statements: lastById(batch.statements).map(s => ({
      id: s.id,
      articleId: article.id,
      speakerId: s.speakerId,
      addresseeIds: [...new Set(s.addresseeIds)],
      aboutIds: [...new Set(s.aboutIds)],
      reportedById: s.reportedById,
      span: spanParam(s.span),
      props: {
        text: s.span.text,
        direct: s.direct,
        reportingVerb: s.reportingVerb,
        stance: neo4j.int(s.stance),
        date: s.date,
        datePrecision: s.datePrecision,
        channel: s.channel,
        extractor,
        confidence: confidenceOf(batch, s.id),
        sortKey: dateSortKey(s.date, article.id, offsetKey(s.span.start), s.id),
      },
    })),
    statementEvidence: lastById(batch.statements).flatMap(s =>
      [...new Set(s.eventIds)].map(eventId => ({
        articleId: article.id,
        statementId: s.id,
        eventId,
      })),
    ),
  };
}

/**
 * One item per id, the last one given (as MERGE then SET would leave it), in first-seen order: created
 * facts must not be written twice.
 */
function lastById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map(x => [x.id, x])).values()];
}

function uniqueBy<T>(items: readonly T[], key: (x: T) => string): T[] {
  return [...new Map(items.map(x => [key(x), x])).values()];
}

function spanParam(s: { start: number; end: number; text: string }): Record<string, unknown> {
  return { start: neo4j.int(s.start), end: neo4j.int(s.end), text: s.text };
}
