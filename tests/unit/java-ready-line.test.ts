/**
 * The ready line of a launched service (java-runtime.ts `waitForReadyLine`): it is read from the
 * launcher's output file while the launcher writes it, so only whole lines count. A read that caught
 * "NEO4J_READY bolt://127.0.0.1:" before the port once gave the tests an address with no port.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { waitForReadyLine } from '../../src/runtime/java-runtime';

class ReadyLineError extends Error {}

const patterns = { ready: /^TEST_READY (\S+)/m, failed: /^TEST_FAILED (.*)$/m };

/** A child that writes `first` to `file`, then `rest` after `delayMs`, then lingers a little. */
function writer(file: string, first: string, rest: string, delayMs: number) {
  const script = `const fs = require('node:fs');
fs.writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(first)});
setTimeout(() => fs.appendFileSync(${JSON.stringify(file)}, ${JSON.stringify(rest)}), ${delayMs});
setTimeout(() => {}, ${delayMs + 1500});`;
  return spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
}

describe('the ready line of a launched service', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ready-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('waits for the whole line: an address caught mid-write is not taken', async () => {
    const file = path.join(dir, 'launcher.out');
    const child = writer(file, 'starting\nTEST_READY bolt://127.0.0.1:', '35669 118\n', 500);
    try {
      const address = await waitForReadyLine(
        { who: 'test service', error: ReadyLineError },
        child,
        file,
        patterns,
        10_000,
      );
      expect(address).toBe('bolt://127.0.0.1:35669');
    } finally {
      child.kill();
    }
  });

  it('reports a failed line once it is whole, with its message', async () => {
    const file = path.join(dir, 'launcher.out');
    const child = writer(file, 'TEST_FAILED port 7687 ', 'is in use\n', 500);
    try {
      await expect(
        waitForReadyLine(
          { who: 'test service', error: ReadyLineError },
          child,
          file,
          patterns,
          10_000,
        ),
      ).rejects.toThrow('test service did not start: port 7687 is in use');
    } finally {
      child.kill();
    }
  });
});
