/**
 * A stand-in for the JDK that runs the language service, for tests of how the server starts, supervises
 * and stops it (the real CoreNLP, a 2-3 GB JVM with a 20 s start, is tested in corenlp.int.test.ts).
 * `JAVA_HOME=<javaHome>` and `CORENLP_CACHE_DIR=<cacheDir>` make the project's launcher code run
 * `<javaHome>/bin/java`, a small Node script that answers `-version` as Java 17 does and otherwise behaves
 * like corenlp-runtime/NewsgraphNlp.java: it listens on 127.0.0.1 (`--port`, 0 = any), answers `/ready`,
 * parses every text into no sentences, writes `NLP_READY <url> <ms>`, and exits when `--watch-pid` exits.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

const SERVICE = `
const http = require('node:http');
const args = process.argv.slice(2);
if (args.includes('-version')) {
  process.stderr.write('openjdk version "17.0.99" 2026-01-01\\n');
  process.exit(0);
}
const arg = name => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && (req.url === '/ready' || req.url === '/live')) {
    res.end('ready');
    return;
  }
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end('{"sentences":[]}');
  });
});
server.listen(Number(arg('--port') ?? 0), '127.0.0.1', () => {
  console.log('NLP_READY http://127.0.0.1:' + server.address().port + ' 1');
});
const watched = Number(arg('--watch-pid'));
if (watched > 0) {
  setInterval(() => { try { process.kill(watched, 0); } catch { process.exit(0); } }, 200);
}
process.on('SIGTERM', () => process.exit(0));
`;

export interface FakeJava {
  readonly javaHome: string;
  readonly cacheDir: string;
  remove(): void;
}

/** A fake JDK and a CoreNLP cache that looks fetched and compiled for `version`. */
export function makeFakeJava(version = '4.5.10'): FakeJava {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-fake-java-'));
  const bin = path.join(dir, 'jdk', 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(dir, 'service.js'), SERVICE);
  fs.writeFileSync(
    path.join(bin, 'java'),
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(dir, 'service.js')}" "$@"\n`,
    { mode: 0o755 },
  );
  const cacheDir = path.join(dir, 'corenlp');
  const lib = path.join(cacheDir, version, 'lib');
  fs.mkdirSync(lib, { recursive: true });
  fs.writeFileSync(path.join(lib, '.complete'), 'fake');
  // the launcher is "compiled" when a class file sits in the folder named after its source's hash
  const source = fs.readFileSync(path.join(ROOT, 'corenlp-runtime', 'NewsgraphNlp.java'));
  const hash = crypto.createHash('sha256').update(source).digest('hex').slice(0, 16);
  const classes = path.join(cacheDir, version, `launcher-${hash}`);
  fs.mkdirSync(classes, { recursive: true });
  fs.writeFileSync(path.join(classes, 'NewsgraphNlp.class'), '');
  return {
    javaHome: path.join(dir, 'jdk'),
    cacheDir,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
