import fs from 'node:fs';
import { takeTestCoreNlp, takeTestNeo4j } from './test-neo4j';

export default async function globalTeardown(): Promise<void> {
  const db = takeTestNeo4j();
  const nlp = takeTestCoreNlp();
  await Promise.all([
    db?.stop().then(() => {
      fs.rmSync(db.dataDir, { recursive: true, force: true });
    }),
    nlp?.stop(),
  ]);
}
