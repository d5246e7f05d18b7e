import { ActorResolver, OfficeResolver } from './actor.resolver';
import { AnalyticsResolver } from './analytics.resolver';
import { ArticleResolver } from './article.resolver';
import { EventResolver } from './event.resolver';
import { QueryResolver } from './query.resolver';
import { EvidenceResolver, StatementResolver } from './statement.resolver';

export const RESOLVERS = [
  QueryResolver,
  ArticleResolver,
  ActorResolver,
  OfficeResolver,
  StatementResolver,
  EvidenceResolver,
  EventResolver,
  AnalyticsResolver,
] as const;
