/**
 * Reads for the exports (src/export): events as flat rows in keyset pages (a page of ids, then their rows:
 * two statements per page), so an export of any size holds one page in memory; and one article's graph
 * for its JSON-LD.
 */
import neo4j from 'neo4j-driver';
import type { EventRole } from '../kg/domain';
import type { GraphClient } from './graph-client';
import { type CompiledFilter, withFilter } from './filter';
import { EXPORT_ARTICLE_GRAPH, EXPORT_EVENT_ROWS, EXPORT_EVENTS } from './cypher/export.cypher';

/** Which events an export reads; the client filter (graph/filter.ts) narrows any of them. */
export type EventScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'actor'; readonly actor: string; readonly role: EventRole }
  | { readonly kind: 'article'; readonly article: string }
  /** Events between two sides, with office holders and government bodies (as `relationsBetween`). */
  | { readonly kind: 'dyad'; readonly a: string; readonly b: string; readonly directed: boolean };

export interface ExportActor {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** ISO 3166-1 alpha-3 of the actor (a country) or of the country it belongs to or serves. */
  readonly countryIso3: string | null;
}

export interface ExportSpan {
  readonly articleId: string;
  readonly url: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One event as an export row reads it. */
export interface ExportEvent {
  readonly id: string;
  readonly date: string | null;
  readonly datePrecision: string | null;
  readonly modality: string | null;
  readonly summary: string | null;
  readonly confidence: number | null;
  readonly code: string;
  /** The CAMEO type (null when the code is not in the CAMEO table). */
  readonly type: { rootCode: string; quadClass: number; goldstein: number } | null;
  readonly source: ExportActor | null;
  readonly target: ExportActor | null;
  readonly evidence: readonly ExportSpan[];
}

export interface EventPage {
  readonly rows: readonly ExportEvent[];
  /** The sortKey to read the next page after; null when this page was the last. */
  readonly next: string | null;
}

export interface JsonLdActor {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly aliases: readonly string[] | null;
  readonly iso3: string | null;
  readonly wikidataId: string | null;
  readonly description: string | null;
  readonly countryId: string | null;
}

export interface JsonLdStatement {
  readonly id: string;
  readonly text: string;
  readonly direct: boolean;
  readonly reportingVerb: string | null;
  readonly date: string | null;
  readonly speakerId: string | null;
  readonly reportedById: string | null;
  readonly addresseeIds: readonly string[];
  readonly aboutIds: readonly string[];
  readonly start: number;
  readonly end: number;
}

export interface ArticleGraph {
  readonly article: {
    readonly id: string;
    readonly title: string;
    readonly url: string | null;
    readonly source: string | null;
    readonly publishedAt: string | null;
    readonly text: string;
    readonly extractor: string | null;
  };
  readonly actors: readonly JsonLdActor[];
  readonly statements: readonly JsonLdStatement[];
}

/** What the export service reads; a test may give it a fake. */
export interface ExportSource {
  eventPage(
    scope: EventScope,
    where: CompiledFilter | null,
    after: string | null,
    size: number,
  ): Promise<EventPage>;
  articleGraph(id: string): Promise<ArticleGraph | null>;
}

function statementOf(scope: EventScope): string {
  switch (scope.kind) {
    case 'all':
      return EXPORT_EVENTS.all;
    case 'actor':
      return EXPORT_EVENTS[scope.role];
    case 'article':
      return EXPORT_EVENTS.article;
    case 'dyad':
      return EXPORT_EVENTS.dyad;
    default:
      throw new Error(`unknown export scope ${JSON.stringify(scope satisfies never)}`);
  }
}

function scopeParams(scope: EventScope): Record<string, unknown> {
  switch (scope.kind) {
    case 'all':
      return {};
    case 'actor':
      return { actor: scope.actor };
    case 'article':
      return { article: scope.article };
    case 'dyad':
      return { a: scope.a, b: scope.b, directed: scope.directed, from: null, to: null };
    default:
      throw new Error(`unknown export scope ${JSON.stringify(scope satisfies never)}`);
  }
}

export class ExportRepository implements ExportSource {
  constructor(private readonly graph: GraphClient) {}

  async eventPage(
    scope: EventScope,
    where: CompiledFilter | null,
    after: string | null,
    size: number,
  ): Promise<EventPage> {
    const keys = await this.graph.read<{ id: string; sortKey: string }>(
      withFilter(statementOf(scope), where),
      { ...where?.params, ...scopeParams(scope), after, limit: neo4j.int(size + 1) },
    );
    const page = keys.slice(0, size);
    const last = page[page.length - 1];
    if (last === undefined) {
      return { rows: [], next: null };
    }
    const found = await this.graph.read<{ row: ExportEvent }>(EXPORT_EVENT_ROWS, {
      ids: page.map(k => k.id),
    });
    const byId = new Map(found.map(r => [r.row.id, r.row]));
    return {
      rows: page.flatMap(k => byId.get(k.id) ?? []),
      next: keys.length > size ? last.sortKey : null,
    };
  }

  async articleGraph(id: string): Promise<ArticleGraph | null> {
    const [row] = await this.graph.read<ArticleGraph>(EXPORT_ARTICLE_GRAPH, { id });
    if (row === undefined) {
      return null;
    }
    return { ...row, actors: [...row.actors].sort((x, y) => (x.id < y.id ? -1 : 1)) };
  }
}
