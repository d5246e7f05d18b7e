/**
 * Stable ids for the object types whose identity is a combination of other things (docs/client-ids.md),
 * so that a normalising client cache (Apollo Client's InMemoryCache, urql's graphcache) can store them
 * without type policies. Each id is built from the values that determine every field of the object, so
 * two responses that carry the same id never disagree, whichever root field they came from.
 * Separator: `|`, which no actor, article or event id contains.
 */
import type { Modality } from '../schema/domain.enum';
import type { Interval } from '../schema/analytics.type';
import type { LinkKind, StepDirection } from '../schema/link.enum';

/** A span of an article: the article and the offsets. */
export function evidenceId(span: { articleId: string; start: number; end: number }): string {
  return `${span.articleId}|${span.start}-${span.end}`;
}

/** An office: who holds it, where, which role, since when (a person can hold a role twice). */
export function officeId(office: {
  personId: string;
  countryId: string;
  role: string;
  since: string | null;
}): string {
  return [office.personId, office.countryId, office.role, office.since ?? ''].join('|');
}

/** An event's sourcing belongs to the event: one per event. */
export function sourcingId(eventId: string): string {
  return eventId;
}

/** One recognizer recognizing one state or territory. */
export function recognitionId(r: { recognizerId: string; recognizedId: string }): string {
  return `${r.recognizerId}|${r.recognizedId}`;
}

/** Ties between two states at a date (the date is resolved first: `at` defaults to today). */
export function diplomaticStatusId(a: string, b: string, at: string): string {
  return `${a}|${b}|${at}`;
}

/** A bucket of a dyad series: every argument that changes a bucket's values, and its start. */
export function timelineBucketId(
  q: {
    a: string;
    b: string;
    directed: boolean;
    interval: Interval;
    modalities: readonly Modality[];
  },
  start: string,
): string {
  const modalities = [...new Set(q.modalities)].sort().join(',');
  const direction = q.directed ? 'directed' : 'both';
  return [q.a, q.b, direction, q.interval, modalities, start].join('|');
}

/** A hit of one search text on one node (score and snippet depend on both; not on `kinds` or `first`). */
export function searchHitId(text: string, node: { id: string }): string {
  return `${node.id}|${text}`;
}

/** A step of a path: its ends, its kind and direction, and its event if it is one. */
export function pathStepId(step: {
  fromId: string;
  toId: string;
  kind: LinkKind;
  direction: StepDirection;
  eventId: string | null;
}): string {
  return [step.fromId, step.kind, step.direction, step.eventId ?? '', step.toId].join('|');
}

/** A path is its sequence of steps. */
export function pathId(steps: readonly Parameters<typeof pathStepId>[0][]): string {
  return steps.map(pathStepId).join(' > ');
}
