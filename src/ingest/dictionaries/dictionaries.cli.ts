/**
 * `npm run dictionaries`: regenerates src/ingest/dictionaries/generated/*.json from the raw PETRARCH2 /
 * Phoenix files in src/ingest/dictionaries/source/ and prints what it read and what it skipped. The
 * output is deterministic: running it again on the same sources writes the same bytes (a test checks it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { convertDictionaries, generatedDir, sourceDir } from './dictionaries.convert';

const started = Date.now();
console.log(`reading ${path.relative(process.cwd(), sourceDir())}/ …`);
const result = convertDictionaries();
fs.mkdirSync(generatedDir(), { recursive: true });
let total = 0;
for (const [name, text] of result.files) {
  const target = path.join(generatedDir(), name);
  const unchanged = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
  fs.writeFileSync(target, text);
  const bytes = Buffer.byteLength(text);
  total += bytes;
  const size = `${(bytes / 1024).toFixed(0)} KB`.padStart(9);
  console.log(
    `wrote ${path.relative(process.cwd(), target)}${size}${unchanged ? ' (unchanged)' : ''}`,
  );
}
console.log(`total ${(total / 1024 / 1024).toFixed(2)} MB in ${Date.now() - started} ms\n`);
for (const [what, n] of Object.entries(result.counts)) {
  console.log(`${what.padEnd(34)}${String(n).padStart(8)}`);
}
for (const [file, reasons] of Object.entries(result.skipped)) {
  for (const [reason, n] of Object.entries(reasons)) {
    console.log(`skipped/repaired ${file}: ${reason.padEnd(52)}${String(n).padStart(6)}`);
  }
}
