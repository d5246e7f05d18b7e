/**
 * Prometheus metrics for `GET /metrics` (prom-client), in a registry per app so that tests can build
 * several apps in one process: GraphQL requests by operation, HTTP status and code, latency per
 * operation, errors by code, requests in flight, Neo4j statements and open sessions, and the default
 * process metrics (CPU, RSS, heap, event-loop lag, GC).
 *
 * neo4j-driver 6 exposes no pool figures (no public in-use/idle counts, unlike the Java driver's
 * `Metrics`), so `newsgraph_neo4j_sessions_open` counts the sessions GraphClient holds open: each holds at
 * most one pooled connection, so it is the number of connections in use by this app.
 *
 * Outages (GraphClient's circuit breaker): `newsgraph_neo4j_up`, `newsgraph_neo4j_outage_seconds` (one
 * observation per outage, when it ends) and `newsgraph_neo4j_rejected_total` (calls failed fast). Local
 * services the server supervises (the local Neo4j and CoreNLP, label `service`): `newsgraph_local_service_up`,
 * `newsgraph_local_service_deaths_total` and `..._restarts_total`.
 */
import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ServiceStats } from '../runtime/service.supervisor';
import type { GraphClient } from '../graph/graph-client';
import { type ApiToken, authenticate } from './auth';

/** Distinct operation names kept as labels; later new names count as `other` (labels are client input). */
export const MAX_OPERATION_LABELS = 100;
const SANE_OPERATION = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface RequestOutcome {
  readonly operation: string;
  readonly status: number;
  /** The first error's code, or `OK`. */
  readonly code: string;
  readonly errorCodes: readonly string[];
  readonly seconds: number;
}

export interface AppMetrics {
  readonly registry: Registry;
  readonly inFlight: Gauge;
  /** The label for a resolved operation's name (null: anonymous). */
  operationLabel(name: string | null | undefined): string;
  record(outcome: RequestOutcome): void;
}

export function createMetrics(
  graph: GraphClient,
  opts: { defaultMetrics?: boolean; services?: readonly ServiceStats[] } = {},
): AppMetrics {
  const registry = new Registry();
  if (opts.defaultMetrics ?? true) {
    collectDefaultMetrics({ register: registry });
  }
  const requests = new Counter({
    name: 'newsgraph_graphql_requests_total',
    help: 'GraphQL HTTP requests by operation name, HTTP status and first error code (OK: none)',
    labelNames: ['operation', 'status', 'code'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'newsgraph_graphql_request_duration_seconds',
    help: 'GraphQL request latency (first byte in to last byte out) by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'newsgraph_graphql_errors_total',
    help: 'GraphQL errors sent, by extensions.code (after masking)',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'newsgraph_http_requests_in_flight',
    help: 'HTTP requests received and not yet answered',
    registers: [registry],
  });
  let statementsSeen = 0;
  new Counter({
    name: 'newsgraph_neo4j_statements_total',
    help: 'Cypher statements run through GraphClient',
    registers: [registry],
    collect() {
      const now = graph.statementCount;
      if (now > statementsSeen) {
        this.inc(now - statementsSeen);
        statementsSeen = now;
      }
    },
  });
  new Gauge({
    name: 'newsgraph_neo4j_sessions_open',
    help: 'Neo4j sessions open in GraphClient (= pooled connections in use by this app)',
    registers: [registry],
    collect() {
      this.set(graph.openSessions);
    },
  });
  registerOutageMetrics(registry, graph);
  registerServiceMetrics(registry, opts.services ?? []);

  const known = new Set<string>();
  return {
    registry,
    inFlight,
    operationLabel(name) {
      if (name === null || name === undefined || name === '') {
        return 'anonymous';
      }
      if (!SANE_OPERATION.test(name)) {
        return 'other';
      }
      if (!known.has(name)) {
        if (known.size >= MAX_OPERATION_LABELS) {
          return 'other';
        }
        known.add(name);
      }
      return name;
    },
    record(o) {
      requests.inc({ operation: o.operation, status: String(o.status), code: o.code });
      latency.observe({ operation: o.operation }, o.seconds);
      for (const code of o.errorCodes) {
        errors.inc({ code });
      }
    },
  };
}

function registerOutageMetrics(registry: Registry, graph: GraphClient): void {
  const breaker = graph.breaker;
  if (breaker === undefined) {
    return;
  }
  new Gauge({
    name: 'newsgraph_neo4j_up',
    help: '1 while Neo4j is usable, 0 while it is known to be down (requests fail fast)',
    registers: [registry],
    collect() {
      this.set(breaker.isOpen ? 0 : 1);
    },
  });
  const outages = new Histogram({
    name: 'newsgraph_neo4j_outage_seconds',
    help: 'Length of each Neo4j outage, observed when it ends',
    buckets: [1, 5, 10, 30, 60, 120, 300, 600, 1800],
    registers: [registry],
  });
  breaker.subscribe(event => {
    if (event.type === 'closed') {
      outages.observe(event.outageMs / 1000);
    }
  });
  let rejectedSeen = 0;
  new Counter({
    name: 'newsgraph_neo4j_rejected_total',
    help: 'Neo4j calls answered SERVICE_UNAVAILABLE at once because Neo4j was known to be down',
    registers: [registry],
    collect() {
      const now = breaker.rejected;
      if (now > rejectedSeen) {
        this.inc(now - rejectedSeen);
        rejectedSeen = now;
      }
    },
  });
}

function registerServiceMetrics(registry: Registry, services: readonly ServiceStats[]): void {
  if (services.length === 0) {
    return;
  }
  const counted = (name: string, help: string, read: (s: ServiceStats) => number): void => {
    const seen = new Map<string, number>();
    new Counter({
      name,
      help,
      labelNames: ['service'] as const,
      registers: [registry],
      collect() {
        for (const service of services) {
          const now = read(service);
          const before = seen.get(service.name) ?? 0;
          // zero-valued series too, so a dashboard sees the service before its first death
          this.inc({ service: service.name }, now - before);
          seen.set(service.name, now);
        }
      },
    });
  };
  new Gauge({
    name: 'newsgraph_local_service_up',
    help: '1 while a local service the server started is up, 0 while it is restarting or given up on',
    labelNames: ['service'] as const,
    registers: [registry],
    collect() {
      for (const service of services) {
        this.set({ service: service.name }, service.state === 'up' ? 1 : 0);
      }
    },
  });
  counted(
    'newsgraph_local_service_deaths_total',
    'Unexpected deaths of a local service the server started (failed restarts included)',
    s => s.deaths,
  );
  counted(
    'newsgraph_local_service_restarts_total',
    'Successful restarts of a local service the server started (the local Neo4j, the local CoreNLP)',
    s => s.restarts,
  );
}

function sameToken(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/** Who may scrape `/metrics`. */
export interface MetricsAccess {
  /** METRICS_TOKEN: when set, a scrape with it is always let in. */
  readonly token?: string;
  /** Under READ_ACCESS=token: API_TOKENS, any reader or writer of which is let in too. */
  readonly apiTokens?: readonly ApiToken[];
}

/**
 * `GET /metrics` in the Prometheus text format. Open (like /health) unless METRICS_TOKEN is set or
 * reads need a token; then a scrape needs `Authorization: Bearer <METRICS_TOKEN>` or, with READ_ACCESS=token,
 * a reader or writer token (401 otherwise).
 */
export function metricsHandler(metrics: AppMetrics, access: MetricsAccess = {}) {
  const { token, apiTokens } = access;
  const allowed = (bearer: string): boolean => {
    // Both checks run, so timing does not tell which kind of token matched.
    const byMetricsToken = token !== undefined && sameToken(bearer, token);
    const byApiToken = apiTokens !== undefined && knownToken(`Bearer ${bearer}`, apiTokens);
    return byMetricsToken || byApiToken;
  };
  const wanted =
    apiTokens === undefined
      ? 'Bearer <METRICS_TOKEN>'
      : `Bearer <reader or writer token${token === undefined ? '' : ' or METRICS_TOKEN'}>`;
  return async (req: Request, res: Response): Promise<void> => {
    if (token !== undefined || apiTokens !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
      if (m?.[1] === undefined || !allowed(m[1])) {
        res
          .status(401)
          .set('WWW-Authenticate', 'Bearer')
          .json({ error: `GET /metrics needs Authorization: ${wanted}` });
        return;
      }
    }
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

function knownToken(header: string, tokens: readonly ApiToken[]): boolean {
  try {
    return authenticate(header, tokens) !== null;
  } catch {
    return false;
  }
}
