/**
 * `npm run bench:paging`: first-page vs deep-page latency of keyset paging (ours) against offset paging
 * (`SKIP n`, what @neo4j/graphql 7 generates for a connection's `after` cursor, see the peers notes),
 * on one generated hub in one run. Starts its own Neo4j in a temporary folder unless NEO4J_URI is set.
 *
 *   npm run bench:paging -- --articles 200 --per-article 100 --page 50 --samples 30
 */
import 'reflect-metadata';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../config/config';
import { intArg, openBenchGraph } from './bench-neo4j';
import { KgWriterRepository } from '../graph/kg-writer.repository';
import { createApp } from '../server/app';
import { loadCameo } from '../kg/seed-annotation';
import { hubGraph } from './hub-graph';
import { refuseIngest } from './read-only';
import { KEYSET_CYPHER, SKIP_CYPHER } from './bench.cypher';

async function timeIt(
  samples: number,
  fn: () => Promise<unknown>,
): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i += 1) {
    await fn(); // warm-up: plan cache, page cache
  }
  const ms: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const t0 = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return {
    median: ms[Math.floor(ms.length / 2)] ?? 0,
    p95: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] ?? 0,
  };
}

async function main(): Promise<void> {
  const articles = intArg('articles', 200);
  const perArticle = intArg('per-article', 100);
  const pageSize = intArg('page', 50);
  const samples = intArg('samples', 30);
  const bench = await openBenchGraph(loadConfig(), 'bench');
  const { graph } = bench;
  try {
    const writer = new KgWriterRepository(graph);
    await writer.applySchema();
    await writer.mergeEventTypes(loadCameo());
    const hub = hubGraph(articles, perArticle);
    console.log(
      `[bench] writing ${articles} articles, ${hub.events} events and statements of one hub`,
    );
    const t0 = Date.now();
    for (const [i, batch] of hub.batches.entries()) {
      await writer.writeBatch(batch);
      if ((i + 1) % Math.max(1, Math.floor(articles / 10)) === 0 || i + 1 === articles) {
        console.log(
          `[bench]   ${i + 1}/${articles} articles (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
        );
      }
    }
    const app = await createApp({
      graph,
      maxPageSize: 100,
      tokens: [],
      extract: refuseIngest,
      logError: () => undefined,
    });
    const port = await app.listen(0, '127.0.0.1');
    const gql = async (after: string | null): Promise<{ cursor: string; id: string }[]> => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query($id: ID!, $first: Int!, $after: String) { actor(id: $id) {
            events(role: SOURCE, first: $first, after: $after) { edges { cursor node { id } } } } }`,
          variables: { id: hub.hubId, first: pageSize, after },
        }),
      });
      const body = (await res.json()) as {
        data: { actor: { events: { edges: { cursor: string; node: { id: string } }[] } } };
      };
      return body.data.actor.events.edges.map(e => ({ cursor: e.cursor, id: e.node.id }));
    };
    // the cursor and sort key just before the last page
    const deepOffset = hub.events - pageSize;
    const [deepRow] = await graph.read<{ sortKey: string }>(SKIP_CYPHER, {
      id: hub.hubId,
      skip: neo4j.int(deepOffset - 1),
      limit: neo4j.int(1),
    });
    const deepKey = deepRow?.sortKey ?? null;
    const deepCursor = Buffer.from(`ng1:${deepKey ?? ''}`, 'utf8').toString('base64url');
    const deepGql = await gql(deepCursor);
    const deepSkip = await graph.read<{ id: string }>(SKIP_CYPHER, {
      id: hub.hubId,
      skip: neo4j.int(deepOffset),
      limit: neo4j.int(pageSize),
    });
    if (deepGql.map(e => e.id).join() !== deepSkip.map(r => r.id).join()) {
      throw new Error('keyset and SKIP deep pages differ: the comparison would be meaningless');
    }
    const rows: [string, { median: number; p95: number }][] = [
      ['GraphQL keyset, first page', await timeIt(samples, () => gql(null))],
      [
        `GraphQL keyset, page at offset ${deepOffset}`,
        await timeIt(samples, () => gql(deepCursor)),
      ],
      [
        'Cypher keyset, first page',
        await timeIt(samples, () =>
          graph.read(KEYSET_CYPHER, { id: hub.hubId, after: null, limit: neo4j.int(pageSize) }),
        ),
      ],
      [
        `Cypher keyset, page at offset ${deepOffset}`,
        await timeIt(samples, () =>
          graph.read(KEYSET_CYPHER, { id: hub.hubId, after: deepKey, limit: neo4j.int(pageSize) }),
        ),
      ],
      [
        'Cypher SKIP (peer), first page',
        await timeIt(samples, () =>
          graph.read(SKIP_CYPHER, {
            id: hub.hubId,
            skip: neo4j.int(0),
            limit: neo4j.int(pageSize),
          }),
        ),
      ],
      [
        `Cypher SKIP (peer), page at offset ${deepOffset}`,
        await timeIt(samples, () =>
          graph.read(SKIP_CYPHER, {
            id: hub.hubId,
            skip: neo4j.int(deepOffset),
            limit: neo4j.int(pageSize),
          }),
        ),
      ],
    ];
    console.log(
      `\n[bench] ${hub.events} events on one hub, page size ${pageSize}, ${samples} samples each (ms)`,
    );
    console.log(`${'query'.padEnd(44)} ${'median'.padStart(8)} ${'p95'.padStart(8)}`);
    for (const [name, t] of rows) {
      console.log(
        `${name.padEnd(44)} ${t.median.toFixed(2).padStart(8)} ${t.p95.toFixed(2).padStart(8)}`,
      );
    }
    await app.stop();
  } finally {
    await bench.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
