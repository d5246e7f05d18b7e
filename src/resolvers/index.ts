import { ActorResolver, OfficeResolver } from './actor.resolver';
import { ArticleResolver } from './article.resolver';
import { EventResolver } from './event.resolver';
import { GraphNodeResolver, NeighborhoodQueryResolver } from './neighborhood.resolver';
import { PathQueryResolver, PathResolver, PathStepResolver } from './path.resolver';
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
  PathQueryResolver,
  PathResolver,
  PathStepResolver,
  NeighborhoodQueryResolver,
  GraphNodeResolver,
] as const;
