/**
 * Before anything is timed: the operations' parameters, resolved against the loaded graph (the hub's
 * deep-page cursor, the first generated article), and the equivalence check, which asks each server
 * each operation and compares the canonical answers (read-canonical.ts).
 */
import neo4j from 'neo4j-driver';
import type { GraphClient } from '../graph/graph-client';
import { DEEP_PAGE_KEY, PATH_PAIR } from './floor.cypher';
import { canonical, firstDifference } from './read-canonical';
import type { Operation, OperationName, OperationParams } from './read-operations';
import type { ServerProcess } from './read-processes';
import type { OperationReport } from './read-report';
import type { ServerKind } from './read-server';

/** Changes one server's canonical answer before the comparison (a test hook). */
export type Tamper = (server: ServerKind, op: string, answer: unknown) => unknown;

const HUB = 'country:FRA';
const PARTNER = 'country:BRA';

export async function resolveParams(graph: GraphClient): Promise<OperationParams> {
  const [hub] = await graph.read<{ n: number }>(
    'MATCH (:Actor {id: $id})<-[:SOURCE|TARGET]-(e:Event) RETURN count(DISTINCT e) AS n',
    { id: HUB },
  );
  const deepSize = 20;
  const deepOffset = Math.max(1, Math.min(2000, (hub?.n ?? 0) - deepSize));
  const [key] = await graph.read<{ sortKey: string }>(DEEP_PAGE_KEY, {
    id: HUB,
    skip: neo4j.int(deepOffset - 1),
  });
  // a person two steps from an outlet: an event with the outlet's country, no office there
  const [pair] = await graph.read<{ from: string; to: string }>(PATH_PAIR);
  const [article] = await graph.read<{ id: string }>(
    "MATCH (a:Article {url: 'https://wire.example/1'}) RETURN a.id AS id",
  );
  if (key === undefined || article === undefined) {
    throw new Error(`the graph lacks ${HUB}'s events or the first generated article`);
  }
  return {
    a: HUB,
    b: PARTNER,
    dyadSize: 20,
    actorSize: 10,
    deepOffset,
    deepKey: key.sortKey,
    deepSize,
    search: 'an',
    searchSize: 20,
    articleId: article.id,
    topSize: 10,
    neighbours: 10,
    pathFrom: pair?.from ?? 'person:xi-jinping',
    pathTo: pair?.to ?? 'media:kcna',
  };
}

export function target(kind: ServerKind, op: Operation): { path: string; body: string } {
  return kind === 'floor'
    ? { path: `/floor/${op.name}`, body: JSON.stringify(op.floor) }
    : { path: '/graphql', body: JSON.stringify(kind === 'peer' ? op.peer : op.newsgraph) };
}

async function ask(server: ServerProcess, op: Operation): Promise<string> {
  const t = target(server.kind, op);
  const res = await fetch(server.url + t.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: t.body,
  });
  return res.text();
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { unparsable: text.slice(0, 200) };
  }
}

/** Compares the three answers of `op`; returns '' or the first difference, and each server's body. */
export async function check(
  servers: readonly ServerProcess[],
  op: Operation,
  tamper: Tamper | undefined,
): Promise<{
  mismatch: string;
  bodies: Map<ServerKind, string>;
  statements: Partial<Record<ServerKind, number>>;
  dbHits: Partial<Record<ServerKind, number>>;
}> {
  const bodies = new Map<ServerKind, string>();
  const statements: Partial<Record<ServerKind, number>> = {};
  const dbHits: Partial<Record<ServerKind, number>> = {};
  const failures: string[] = [];
  const answers = new Map<ServerKind, unknown>();
  for (const s of servers) {
    await ask(s, op); // a first, cold answer (plan compilation, empty caches) is not compared
    // an answer with errors (a timeout on a busy machine) is asked for once more
    let body: unknown;
    let errors: unknown;
    let text = '';
    for (let attempt = 0; attempt < 2 && (attempt === 0 || errors !== undefined); attempt += 1) {
      const before = await s.statements();
      await s.clearLog();
      text = await ask(s, op);
      statements[s.kind] = (await s.statements()) - before;
      body = parseBody(text);
      errors = (body as { errors?: unknown }).errors ?? (body as { error?: unknown }).error;
    }
    if (errors !== undefined) {
      failures.push(`${s.kind} answered errors: ${JSON.stringify(errors).slice(0, 300)}`);
      continue;
    }
    bodies.set(s.kind, text); // only answers without errors are timed
    // every statement of the request once more, under PROFILE
    dbHits[s.kind] = await s.dbHits();
    const answer = canonical(s.kind, op.name, body, op.floor);
    answers.set(s.kind, tamper?.(s.kind, op.name, answer) ?? answer);
  }
  if (failures.length > 0) {
    return { mismatch: failures.join('; '), bodies, statements, dbHits };
  }
  const floor = answers.get('floor');
  for (const kind of ['newsgraph', 'peer'] as const) {
    const d = firstDifference(answers.get(kind), floor);
    if (d !== '') {
      return { mismatch: `${kind} vs floor at ${d}`, bodies, statements, dbHits };
    }
  }
  return { mismatch: '', bodies, statements, dbHits };
}

/**
 * Checks every operation in turn and logs each verdict: one report per operation, marked with its first
 * difference ('' when the three answers agree), each server's statements per request and their db hits
 * (PROFILE), and each
 * server's answer body per operation (only answers without errors: the ones to be timed).
 */
export async function checkOperations(
  servers: readonly ServerProcess[],
  ops: readonly Operation[],
  tamper: Tamper | undefined,
  log: (line: string) => void,
): Promise<{ reports: OperationReport[]; bodies: Map<OperationName, Map<ServerKind, string>> }> {
  const reports: OperationReport[] = [];
  const bodies = new Map<OperationName, Map<ServerKind, string>>();
  for (const op of ops) {
    const c = await check(servers, op, tamper);
    bodies.set(op.name, c.bodies);
    log(
      `[bench] answers of ${op.name}: ${c.mismatch === '' ? 'the same' : `DIFFER (${c.mismatch})`}`,
    );
    reports.push({
      name: op.name,
      description: op.description,
      mismatch: c.mismatch,
      statements: c.statements,
      dbHits: c.dbHits,
      servers: {},
      rounds: {},
    });
  }
  return { reports, bodies };
}
