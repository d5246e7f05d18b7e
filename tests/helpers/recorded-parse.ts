/**
 * The coder's unit tests code REAL CoreNLP parses recorded in tests/fixtures/parses (`npm run
 * coder:parses` re-records them from sentences.json), so they run without the service.
 */
import fs from 'node:fs';
import path from 'node:path';
import { codeArticle } from '../../src/ingest/coder/coder';
import type { NlpDocument } from '../../src/ingest/nlp/corenlp.client';
import { type KgBatch, validateBatch } from '../../src/kg/kg-batch';

export interface Recorded {
  readonly text: string;
  readonly date: string;
  readonly doc: NlpDocument;
}

export function recorded(name: string): Recorded {
  const file = path.join(__dirname, '..', 'fixtures', 'parses', `${name}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Recorded;
}

/** The batch the coder makes of the recorded parse `name`, checked sound. */
export function codeRecorded(name: string): KgBatch {
  const r = recorded(name);
  const batch = codeArticle({ text: r.text, publishedAt: r.date }, r.doc);
  expect(validateBatch(batch)).toEqual([]);
  return batch;
}
