/** `npm run seed`: constraints and indexes, the CAMEO table, then the seed article (idempotent). */
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { KgWriterRepository } from '../graph/kg-writer.repository';
import { openGraph } from '../runtime/graph-runtime';
import { seedGraph } from './seed.service';

async function main(): Promise<void> {
  const runtime = await openGraph(
    loadConfig(),
    line => {
      console.log(line);
    },
    { cli: true },
  );
  try {
    const writer = new KgWriterRepository(runtime.graph);
    const before = await writer.counts();
    const report = await seedGraph(runtime.graph, { onlyIfEmpty: false });
    const after = await writer.counts();
    console.log(
      `[seed] ${report.articleId}: ${report.actors} actors, ${report.statements} statements, ` +
        `${report.events} events, ${report.eventTypes} CAMEO types`,
    );
    console.log(
      `[seed] graph: ${after.nodes} nodes (+${after.nodes - before.nodes}), ` +
        `${after.relationships} relationships (+${after.relationships - before.relationships})`,
    );
  } finally {
    await runtime.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? `error: ${err.message}` : err);
  process.exit(1);
});
