/** Shared by the event-rule unit tests: a sound batch's events, and a one-line form to compare them. */
import { validateBatch } from '../../src/kg/kg-batch';
import { extractArticle } from '../../src/ingest/pipeline';

/** 2024-05-16, a Thursday: the publication day the weekday and relative-date tests count from. */
export const THURSDAY = '2024-05-16T08:00:00Z';

/** The events extracted from `text`, after checking that the whole batch is sound. */
export function eventsOf(text: string, publishedAt: string | null = THURSDAY) {
  const { batch } = extractArticle({ text, publishedAt });
  expect(validateBatch(batch)).toEqual([]);
  return batch.events;
}

/** "051 person:xi-jinping -> country:VNM" */
export const brief = (e: { code: string; sourceId: string; targetId: string }): string =>
  `${e.code} ${e.sourceId} -> ${e.targetId}`;
