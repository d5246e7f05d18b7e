/**
 * Paths as one statement: what a `path` / `allShortestPaths` selection asks of the actors and events on
 * the steps (`steps { from to event }`, `actors`) is compiled into map projections that the path
 * statement reads beside the steps (traversal.cypher.ts, shortestPathSteps), and the values are
 * attached to the steps and paths for their field resolvers (prefetch.ts). Every actor is projected
 * once with the merged selection of all the fields that return one (likewise events), so the
 * selections must merge (mergeSelections); when they conflict, that kind is left to its DataLoader.
 */
import type { Path, PathStep } from '../../schema/path.type';
import { STEP_SCOPE, type StepProjections } from '../cypher/traversal.cypher';
import { attachPrefetched } from './prefetch';
import { type Decoder, PlanBuilder, compileProjection } from './projection.compiler';
import { type FieldSelection, mergeSelections, subFieldsOf } from './selection';

export interface PathPlan {
  readonly projections: StepProjections;
  readonly params: Readonly<Record<string, unknown>>;
  /** Attaches the projected actors and events (the statement's `actors`, `events`) to the paths. */
  attach(paths: Path[], actors: readonly unknown[], events: readonly unknown[]): Path[];
}

const NO_PROJECTIONS: StepProjections = { actor: null, event: null };

interface Compiled {
  readonly v: string;
  readonly cypher: string;
  readonly decode: Decoder;
}

function compileKind(
  b: PlanBuilder,
  kind: 'Actor' | 'Event',
  selections: readonly (readonly FieldSelection[])[],
): Compiled | null {
  if (selections.length === 0) {
    return null;
  }
  const merged = mergeSelections(selections);
  if (merged === null) {
    return null;
  }
  const v = b.variable();
  const p = compileProjection(b, kind, v, merged, { names: new Set(STEP_SCOPE), depth: 1 });
  return { v, cypher: p.cypher, decode: p.decode };
}

/** The plan for `selection` (the fields selected on Path); nothing projected when nothing is asked. */
export function planPath(selection: readonly FieldSelection[], maxPageSize: number): PathPlan {
  const steps = subFieldsOf(selection, 'steps') ?? [];
  const stepActors = steps.filter(f => f.name === 'from' || f.name === 'to');
  const stepEvents = steps.filter(f => f.name === 'event');
  const pathActors = selection.filter(f => f.name === 'actors');
  const b = new PlanBuilder(maxPageSize);
  const actor = compileKind(
    b,
    'Actor',
    [...stepActors, ...pathActors].map(f => f.fields),
  );
  const event = compileKind(
    b,
    'Event',
    stepEvents.map(f => f.fields),
  );
  if (actor === null && event === null) {
    return { projections: NO_PROJECTIONS, params: {}, attach: paths => paths };
  }
  return {
    projections: {
      actor: actor === null ? null : { v: actor.v, cypher: actor.cypher },
      event: event === null ? null : { v: event.v, cypher: event.cypher },
    },
    params: b.params,
    attach: (paths, actorRows, eventRows) => {
      const byId = (rows: readonly unknown[], decode: Decoder | undefined) =>
        new Map(
          decode === undefined
            ? []
            : rows.map(raw => {
                const value = decode(raw) as { id: string };
                return [value.id, value] as const;
              }),
        );
      const actors = byId(actorRows, actor?.decode);
      const events = byId(eventRows, event?.decode);
      const stepValues = (step: PathStep): Map<string, unknown> => {
        const values = new Map<string, unknown>();
        if (actor !== null) {
          for (const f of stepActors) {
            values.set(f.key, actors.get(f.name === 'from' ? step.fromId : step.toId) ?? null);
          }
        }
        if (event !== null) {
          for (const f of stepEvents) {
            values.set(f.key, step.eventId === null ? null : (events.get(step.eventId) ?? null));
          }
        }
        return values;
      };
      return paths.map(path => {
        const withSteps = {
          ...path,
          steps: path.steps.map(s => attachPrefetched(s, stepValues(s))),
        };
        if (actor === null || pathActors.length === 0) {
          return withSteps;
        }
        const ids = [path.steps[0]?.fromId ?? '', ...path.steps.map(s => s.toId)];
        const list = ids.map(id => actors.get(id) ?? null);
        return attachPrefetched(withSteps, new Map(pathActors.map(f => [f.key, list])));
      });
    },
  };
}
