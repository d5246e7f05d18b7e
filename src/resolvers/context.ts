/**
 * Per-request context: repositories (root queries) and DataLoaders (nested fields). Loaders batch every
 * child lookup of one request level into one Cypher statement, so the number of statements per request
 * grows with the query's depth, not with the number of results. Root fields the read planner covers
 * (graph/planner) read their nested fields in their own statement; the loaders serve the rest.
 */
import DataLoader from 'dataloader';
import type { Actor, Office } from '../schema/actor.type';
import type { Article } from '../schema/article.type';
import type { Page } from '../schema/connection.type';
import type { ActorKind } from '../schema/domain.enum';
import type { Event } from '../schema/event.type';
import type { EventType } from '../schema/event-type.type';
import type { Statement } from '../schema/statement.type';
import type { Sourcing } from '../schema/sourcing.type';
import type { ActorRepository } from '../graph/actor.repository';
import type { AnalyticsRepository } from '../graph/analytics.repository';
import type { ArticleRepository } from '../graph/article.repository';
import type { EventParent, EventRepository } from '../graph/event.repository';
import type { StatementParent, StatementRepository } from '../graph/statement.repository';
import type { CompiledFilter } from '../graph/filter';
import type { TraversalRepository } from '../graph/traversal.repository';
import type { PageRequest } from '../graph/paging';
import type { IngestService } from '../ingest/ingest.service';
import type { Principal } from './access';
import type { SearchRepository } from '../graph/search.repository';
import type { DiplomacyRepository } from '../graph/diplomacy.repository';

export interface Repositories {
  readonly analytics: AnalyticsRepository;
  readonly articles: ArticleRepository;
  readonly actors: ActorRepository;
  readonly statements: StatementRepository;
  readonly events: EventRepository;
  readonly search: SearchRepository;
  readonly diplomacy: DiplomacyRepository;
  readonly traversal: TraversalRepository;
}

export interface RequestContext {
  readonly maxPageSize: number;
  /** Who is calling (null: anonymous); set from the Authorization header. */
  readonly principal: Principal | null;
  /** False in production without a writer token: mutations are refused. */
  readonly writesEnabled: boolean;
  readonly ingest: IngestService;
  readonly repos: Repositories;
  readonly loaders: Loaders;
}

function byKey<T>(keyOf: (item: T) => string) {
  return (ids: readonly string[], items: readonly T[]): (T | null)[] => {
    const map = new Map(items.map(i => [keyOf(i), i]));
    return ids.map(id => map.get(id) ?? null);
  };
}

function fromMap<T>(ids: readonly string[], map: Map<string, T>, dflt: T): T[] {
  return ids.map(id => map.get(id) ?? dflt);
}

/** A DataLoader per distinct argument set (e.g. `first`/`after` of a nested connection). */
function memo<K, V>(make: (key: K) => V, keyOf: (key: K) => string): (key: K) => V {
  const cache = new Map<string, V>();
  return key => {
    const k = keyOf(key);
    let hit = cache.get(k);
    if (hit === undefined) {
      hit = make(key);
      cache.set(k, hit);
    }
    return hit;
  };
}

const pageKey = (parent: string, req: PageRequest): string =>
  JSON.stringify([
    parent,
    req.first ?? null,
    req.after ?? null,
    req.last ?? null,
    req.before ?? null,
  ]);

export class Loaders {
  readonly article: DataLoader<string, Article | null>;
  readonly actor: DataLoader<string, Actor | null>;
  readonly event: DataLoader<string, Event | null>;
  readonly eventType: DataLoader<string, EventType | null>;
  readonly offices: DataLoader<string, Office[]>;
  readonly members: DataLoader<string, Actor[]>;
  readonly groups: DataLoader<string, Actor[]>;
  readonly sourcing: DataLoader<string, Sourcing | null>;
  readonly statementsOfEvent: DataLoader<string, Statement[]>;
  readonly mentionedIn: DataLoader<string, Article[]>;
  readonly actorsOfArticle: (kind: ActorKind | null) => DataLoader<string, Actor[]>;
  readonly statementPages: (
    parent: StatementParent,
    req: PageRequest,
  ) => DataLoader<string, Page<Statement>>;
  readonly eventPages: (parent: EventParent, req: PageRequest) => DataLoader<string, Page<Event>>;

  constructor(repos: Repositories) {
    this.article = new DataLoader(async ids =>
      byKey<Article>(a => a.id)(ids, await repos.articles.byIds(ids)),
    );
    this.actor = new DataLoader(async ids =>
      byKey<Actor>(a => a.id)(ids, await repos.actors.byIds(ids)),
    );
    this.event = new DataLoader(async ids =>
      byKey<Event>(e => e.id)(ids, await repos.events.byIds(ids)),
    );
    this.eventType = new DataLoader(async codes =>
      byKey<EventType>(t => t.code)(codes, await repos.events.typesByCodes(codes)),
    );
    this.members = new DataLoader(async ids =>
      fromMap(ids, await repos.actors.membersByActorIds(ids), []),
    );
    this.groups = new DataLoader(async ids =>
      fromMap(ids, await repos.actors.groupsByActorIds(ids), []),
    );
    this.sourcing = new DataLoader(async ids =>
      fromMap(ids, await repos.events.sourcingByIds(ids), null),
    );
    this.offices = new DataLoader(async ids =>
      fromMap(ids, await repos.actors.officesByActorIds(ids), []),
    );
    this.statementsOfEvent = new DataLoader(async ids =>
      fromMap(ids, await repos.statements.byEventIds(ids), []),
    );
    this.mentionedIn = new DataLoader(async ids =>
      fromMap(ids, await repos.articles.byActorIds(ids), []),
    );
    this.actorsOfArticle = memo(
      (kind: ActorKind | null) =>
        new DataLoader<string, Actor[]>(async ids =>
          fromMap(ids, await repos.articles.actorsByArticleIds(ids, kind), []),
        ),
      kind => kind ?? '*',
    );
    this.statementPages = pageLoaders<StatementParent, Statement>(
      (parent, ids, where) => repos.statements.countsByParent(parent, ids, where),
      (parent, ids, req, count) => repos.statements.pagesByParent(parent, ids, req, count),
    );
    this.eventPages = pageLoaders<EventParent, Event>(
      (parent, ids, where) => repos.events.countsByParent(parent, ids, where),
      (parent, ids, req, count) => repos.events.pagesByParent(parent, ids, req, count),
    );
  }
}

/**
 * Nested connections: one DataLoader per (parent kind, first, after), whose batch fetches a page per
 * parent in one statement; totalCount, when selected, is batched the same way per parent kind.
 */
function pageLoaders<P extends string, T>(
  countsOf: (
    parent: P,
    ids: readonly string[],
    where: CompiledFilter | null,
  ) => Promise<Map<string, number>>,
  pagesOf: (
    parent: P,
    ids: readonly string[],
    req: PageRequest,
    count: (key: string) => Promise<number>,
  ) => Promise<Map<string, Page<T>>>,
): (parent: P, req: PageRequest) => DataLoader<string, Page<T>> {
  const counts = memo(
    ({ p, where }: { p: P; where: CompiledFilter | null }) =>
      new DataLoader<string, number>(async ids => fromMap(ids, await countsOf(p, ids, where), 0)),
    ({ p, where }) => JSON.stringify([p, where]),
  );
  const pages = memo(
    ({ p, r }: { p: P; r: PageRequest }) =>
      new DataLoader<string, Page<T>>(async ids => {
        const where = r.where ?? null;
        const byId = await pagesOf(p, ids, r, key => counts({ p, where }).load(key));
        return ids.map(id => byId.get(id) ?? emptyPage<T>());
      }),
    ({ p, r }) => pageKey(p, r),
  );
  return (parent, req) => pages({ p: parent, r: req });
}

function emptyPage<T>(): Page<T> {
  return {
    nodes: [],
    cursors: [],
    hasNextPage: false,
    hasPreviousPage: false,
    count: () => Promise.resolve(0),
  };
}

export interface ContextDeps {
  readonly repos: Repositories;
  readonly maxPageSize: number;
  readonly writesEnabled: boolean;
  readonly ingest: IngestService;
}

export function createContext(deps: ContextDeps, principal: Principal | null): RequestContext {
  return {
    maxPageSize: deps.maxPageSize,
    principal,
    writesEnabled: deps.writesEnabled,
    ingest: deps.ingest,
    repos: deps.repos,
    loaders: new Loaders(deps.repos),
  };
}
