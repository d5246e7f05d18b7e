/**
 * The extractor given to the benchmarks' newsgraph servers: they serve reads over a generated graph
 * (news-graph.ts) and never ingest, so the app is built without any extraction pipeline and an ingest
 * request is refused.
 */
import { ServiceUnavailableError } from '../errors/errors';
import type { Extractor } from '../ingest/ingest.service';

export const refuseIngest: Extractor = () =>
  Promise.reject(
    new ServiceUnavailableError('this benchmark server serves reads only: ingest is off'),
  );
