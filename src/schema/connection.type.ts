/**
 * Relay cursor connections (edges { cursor node }, pageInfo, totalCount). Cursors are opaque keyset
 * cursors over each node's `sortKey`, so a deep page costs what the first page costs (no SKIP).
 * totalCount runs its count query only when a client selects it.
 */
import { type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { INHERIT } from './cache-control.directive';
import { Actor } from './actor.type';
import { Article } from './article.type';
import { Event } from './event.type';
import { Statement } from './statement.type';

@Directive(INHERIT)
@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Always false for forward pagination (first/after).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  readonly nodes: readonly T[];
  readonly cursors: readonly string[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

function connectionOf<T extends object>(
  node: ClassType<T>,
  name: string,
): ClassType<ConnectionShape<T>> & {
  from(page: Page<T>): ConnectionShape<T>;
} {
  @Directive(INHERIT)
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @Directive(INHERIT)
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    private count: () => Promise<number> = () => Promise.resolve(0);

    @Field(() => Int, {
      description: 'All items matching the filters, ignoring paging. Counted only when selected.',
    })
    totalCount(): Promise<number> {
      return this.count();
    }

    static from(page: Page<T>): Connection {
      const c = new Connection();
      c.edges = page.nodes.map((n, i) =>
        Object.assign(new Edge(), { node: n, cursor: page.cursors[i] ?? '' }),
      );
      c.pageInfo = Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.cursors[0] ?? null,
        endCursor: page.cursors[page.cursors.length - 1] ?? null,
      });
      c.count = page.count;
      return c;
    }
  }
  return Connection;
}

export const ArticleConnection = connectionOf(Article, 'Article');
export const ActorConnection = connectionOf(Actor, 'Actor');
export const StatementConnection = connectionOf(Statement, 'Statement');
export const EventConnection = connectionOf(Event, 'Event');
