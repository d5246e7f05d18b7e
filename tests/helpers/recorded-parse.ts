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

/**
 * Runs the enclosing describe block with NEWSGRAPH_CURATED_NAMES=off (without the hand-typed people,
 * organisations and outlets) and restores the variable after it.
 */
export function withoutCuratedNames(): void {
  const saved = process.env.NEWSGRAPH_CURATED_NAMES;
  beforeAll(() => {
    process.env.NEWSGRAPH_CURATED_NAMES = 'off';
  });
  afterAll(() => {
    if (saved === undefined) {
      delete process.env.NEWSGRAPH_CURATED_NAMES;
    } else {
      process.env.NEWSGRAPH_CURATED_NAMES = saved;
    }
  });
}

/** The mention texts of actor `id` in a batch (undefined when the actor is missing). */
export const mentionsOf = (b: KgBatch, id: string): string[] | undefined =>
  b.actors.find(a => a.id === id)?.mentions.map(m => m.text);

/** The batch's actor ids, sorted. */
export const actorIds = (b: KgBatch): string[] => b.actors.map(a => a.id).sort();
