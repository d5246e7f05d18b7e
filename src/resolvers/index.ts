import { ActorResolver, OfficeResolver } from './actor.resolver';
import { AnalyticsResolver } from './analytics.resolver';
import { ArticleResolver } from './article.resolver';
import { EventResolver, EventTypeResolver, SourcingResolver } from './event.resolver';
import { GraphNodeResolver, NeighborhoodQueryResolver } from './neighborhood.resolver';
import { PathQueryResolver, PathResolver, PathStepResolver } from './path.resolver';
import { QueryResolver } from './query.resolver';
import { IngestResolver } from './ingest.resolver';
import { LiveResolver } from './live.resolver';
import { SearchResolver } from './search.resolver';
import { RecognitionResolver } from './recognition.resolver';
import { DiplomaticStatusResolver } from './diplomatic-status.resolver';
import { EvidenceResolver, StatementResolver } from './statement.resolver';

export const RESOLVERS = [
  QueryResolver,
  ArticleResolver,
  ActorResolver,
  OfficeResolver,
  StatementResolver,
  EvidenceResolver,
  EventResolver,
  EventTypeResolver,
  SourcingResolver,
  AnalyticsResolver,
  SearchResolver,
  RecognitionResolver,
  DiplomaticStatusResolver,
  PathQueryResolver,
  PathResolver,
  PathStepResolver,
  NeighborhoodQueryResolver,
  GraphNodeResolver,
  IngestResolver,
  LiveResolver,
] as const;
