/**
 * One timed round of the read benchmark: autocannon on one operation of one server for a fixed time,
 * with the CPU each side used (the server process and the Neo4j JVM, from /proc). A response other than 2xx, or a body other than the one checked for equivalence
 * (e.g. a GraphQL error inside a 200), counts as an error.
 */
import autocannon from 'autocannon';
import { cpuSeconds, type ServerProcess } from './read-processes';

export interface LoadTarget {
  readonly path: string;
  readonly body: string;
  /** The answer this server gave in the equivalence check; any other body is an error. */
  readonly expectBody: string;
}

export interface RoundResult {
  readonly requests: number;
  readonly seconds: number;
  readonly reqPerSec: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  /** Cores used on average during the round (CPU seconds / wall seconds); null when unknown. */
  readonly nodeCores: number | null;
  readonly neo4jCores: number | null;
  /** CPU milliseconds per request. */
  readonly nodeCpuMs: number | null;
  readonly neo4jCpuMs: number | null;
}

export interface LoadOptions {
  readonly seconds: number;
  readonly connections: number;
  readonly neo4jPid: number | undefined;
}

function delta(after: number | null, before: number | null): number | null {
  return after === null || before === null ? null : after - before;
}

export async function runRound(
  server: ServerProcess,
  target: LoadTarget,
  opts: LoadOptions,
): Promise<RoundResult> {
  const nodeBefore = cpuSeconds(server.pid);
  const neoBefore = cpuSeconds(opts.neo4jPid);
  const t0 = process.hrtime.bigint();
  const result = await autocannon({
    url: server.url + target.path,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: target.body,
    connections: opts.connections,
    duration: opts.seconds,
    expectBody: target.expectBody,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const node = delta(cpuSeconds(server.pid), nodeBefore);
  const neo = delta(cpuSeconds(opts.neo4jPid), neoBefore);
  const requests = result.requests.total;
  const perReq = (cpu: number | null): number | null =>
    cpu === null || requests === 0 ? null : (cpu * 1000) / requests;
  return {
    requests,
    seconds,
    reqPerSec: requests / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    nodeCores: node === null ? null : node / seconds,
    neo4jCores: neo === null ? null : neo / seconds,
    nodeCpuMs: perReq(node),
    neo4jCpuMs: perReq(neo),
  };
}

/** The median of each field over rounds (the rounds of one server and operation). */
export function medianRound(rounds: readonly RoundResult[]): RoundResult {
  const med = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  };
  const medOrNull = (xs: (number | null)[]): number | null =>
    xs.some(x => x === null) ? null : med(xs as number[]);
  const pick = <K extends keyof RoundResult>(k: K): RoundResult[K][] => rounds.map(r => r[k]);
  return {
    requests: med(pick('requests')),
    seconds: med(pick('seconds')),
    reqPerSec: med(pick('reqPerSec')),
    p50: med(pick('p50')),
    p99: med(pick('p99')),
    errors: pick('errors').reduce((a, b) => a + b, 0),
    nodeCores: medOrNull(pick('nodeCores')),
    neo4jCores: medOrNull(pick('neo4jCores')),
    nodeCpuMs: medOrNull(pick('nodeCpuMs')),
    neo4jCpuMs: medOrNull(pick('neo4jCpuMs')),
  };
}
