/**
 * Turns the steps that lie on shortest paths (SHORTEST_PATH_STEPS: a layered graph in which every step
 * leads one hop closer to the end) into paths, at most `limit` of them, in a stable order.
 */
import { LinkKind, StepDirection } from '../schema/link.enum';
import type { Path, PathStep } from '../schema/path.type';
import { linkKindOf } from './link-types';

/** A step as the statement returns it: `kind` is 'EVENT' or a relationship type. */
export interface StepRow {
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  readonly forward: boolean;
  readonly eventId: string | null;
  readonly date: string | null;
}

const KIND_ORDER: readonly string[] = Object.values(LinkKind);

/** Alternatives at one actor: events before relations, the latest event first (undated last). */
export function compareSteps(a: StepRow, b: StepRow): number {
  const kind = KIND_ORDER.indexOf(linkKindOf(a.kind)) - KIND_ORDER.indexOf(linkKindOf(b.kind));
  if (kind !== 0) {
    return kind;
  }
  if (a.date !== b.date) {
    return a.date === null ? 1 : b.date === null ? -1 : byCodePoint(b.date, a.date);
  }
  return (
    byCodePoint(a.eventId ?? '', b.eventId ?? '') ||
    byCodePoint(a.to, b.to) ||
    Number(b.forward) - Number(a.forward)
  );
}

/** Plain string order, as Cypher's ORDER BY (the statement caps events per pair in that order). */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPathStep(row: StepRow): PathStep {
  return {
    fromId: row.from,
    toId: row.to,
    kind: linkKindOf(row.kind),
    direction: row.forward ? StepDirection.FORWARD : StepDirection.BACKWARD,
    eventId: row.eventId,
  };
}

/**
 * Paths of exactly `length` steps from `from` to `to`, depth first in `compareSteps` order, so the
 * first path takes the preferred step at every actor. Stops after `limit` paths.
 */
export function enumeratePaths(
  rows: readonly StepRow[],
  from: string,
  to: string,
  length: number,
  limit: number,
): Path[] {
  const next = new Map<string, StepRow[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.from}|${row.to}|${row.kind}|${row.eventId ?? ''}|${row.forward}`;
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    const list = next.get(row.from);
    if (list === undefined) {
      next.set(row.from, [row]);
    } else {
      list.push(row);
    }
  }
  for (const list of next.values()) {
    list.sort(compareSteps);
  }
  const paths: Path[] = [];
  const trail: StepRow[] = [];
  const walk = (at: string): void => {
    if (trail.length === length) {
      if (at === to) {
        paths.push({ length, steps: trail.map(toPathStep) });
      }
      return;
    }
    for (const step of next.get(at) ?? []) {
      if (paths.length >= limit) {
        return;
      }
      trail.push(step);
      walk(step.to);
      trail.pop();
    }
  };
  walk(from);
  return paths;
}
