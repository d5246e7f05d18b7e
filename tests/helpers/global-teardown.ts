import fs from 'node:fs';
import { takeTestNeo4j } from './test-neo4j';

export default async function globalTeardown(): Promise<void> {
  const db = takeTestNeo4j();
  if (db !== undefined) {
    await db.stop();
    fs.rmSync(db.dataDir, { recursive: true, force: true });
  }
}
