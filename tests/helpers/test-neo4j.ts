/** State shared by global setup and teardown (they run in the same process). */
export const TEST_PASSWORD = 'newsgraph-test';

interface TestNeo4j {
  stop(): Promise<void>;
  dataDir: string;
}

interface TestCoreNlp {
  stop(): Promise<void>;
}

const holder = globalThis as typeof globalThis & {
  __newsgraphTestNeo4j?: TestNeo4j;
  __newsgraphTestCoreNlp?: TestCoreNlp;
};

export function setTestNeo4j(value: TestNeo4j): void {
  holder.__newsgraphTestNeo4j = value;
}

export function takeTestNeo4j(): TestNeo4j | undefined {
  const value = holder.__newsgraphTestNeo4j;
  delete holder.__newsgraphTestNeo4j;
  return value;
}

export function setTestCoreNlp(value: TestCoreNlp): void {
  holder.__newsgraphTestCoreNlp = value;
}

export function takeTestCoreNlp(): TestCoreNlp | undefined {
  const value = holder.__newsgraphTestCoreNlp;
  delete holder.__newsgraphTestCoreNlp;
  return value;
}
