/**
 * Compiles the selection of one object into a Cypher map projection, with a decoder that turns the map
 * read back into the object the resolvers take (planned relations attached, see prefetch.ts). Relations
 * become nested pattern comprehensions or COLLECT subqueries inside the projection, so a root field and
 * everything under it is one statement. What the model does not cover, or what is nested deeper than
 * MAX_PLAN_DEPTH, is left to the field's DataLoader, with the ids that loader needs projected.
 */
import { Actor } from '../../schema/actor.type';
import { Article } from '../../schema/article.type';
import { Event } from '../../schema/event.type';
import { EventType } from '../../schema/event-type.type';
import { Evidence } from '../../schema/evidence.type';
import { Statement } from '../../schema/statement.type';
import { attachPrefetched } from './prefetch';
import { MODEL, type PlanKind, type Relation } from './model.cypher';
import { type FieldSelection, mergeSelections } from './selection';
import { compileConnection } from './connection.compiler';

/** Relations nested deeper than this are left to the DataLoaders. */
export const MAX_PLAN_DEPTH = 6;

export type Decoder = (raw: unknown) => unknown;

export interface Projection {
  /** The Cypher map (projection or literal). */
  readonly cypher: string;
  readonly decode: Decoder;
  /** How many relation fields it reads (0: nothing a DataLoader batch would not do as well). */
  readonly planned: number;
}

/** Parameters and fresh variable names of one statement being compiled. */
export class PlanBuilder {
  readonly params: Record<string, unknown> = {};
  private nextParam = 0;
  private nextVar = 0;

  constructor(readonly maxPageSize: number) {}

  param(value: unknown): string {
    const name = `p${this.nextParam}`;
    this.nextParam += 1;
    this.params[name] = value;
    return `$${name}`;
  }

  /** `n0`, `n1`…: never a name the filter templates use (`e`, `s`, `t`, `x`). */
  variable(): string {
    const name = `n${this.nextVar}`;
    this.nextVar += 1;
    return name;
  }
}

/** Where a projection sits: the variables in scope (a subquery must not rebind them) and its depth. */
export interface Scope {
  readonly names: ReadonlySet<string>;
  readonly depth: number;
}

interface Slot {
  readonly key: string;
  readonly slot: string;
  /** Embedded values go to a plain property; the others to the planned values. */
  readonly embedded: boolean;
  readonly decode: Decoder;
  /** The value is one list decoded as a whole (a connection's rows), not a list of values. */
  readonly whole?: boolean;
}

export function compileProjection(
  b: PlanBuilder,
  kind: PlanKind,
  v: string,
  fields: readonly FieldSelection[],
  scope: Scope,
  /** A related object may be read as its one property's value when nothing else is asked of it. */
  single = false,
): Projection {
  const spec = MODEL[kind];
  const entries = new Set(spec.base(v));
  const slots: Slot[] = [];
  const inner: Scope = { names: new Set([...scope.names, v]), depth: scope.depth + 1 };
  const embeddedDone = new Set<string>();
  let nested = 0;
  for (const f of fields) {
    const scalar = spec.scalars[f.name];
    if (scalar !== undefined) {
      scalar(v).forEach(e => entries.add(e));
      continue;
    }
    const relation = spec.relations[f.name];
    if (relation === undefined || embeddedDone.has(f.name)) {
      continue; // __typename, a computed field, or an embedded field already projected
    }
    const slot = `_r${slots.length}`;
    if (relation.type === 'embedded') {
      embeddedDone.add(f.name);
      const sub = mergeSelections(fields.filter(g => g.name === f.name).map(g => g.fields));
      const w = b.variable();
      // conflicting aliases under two selections of it: project the spans, leave the articles to loaders
      const child = compileProjection(
        b,
        relation.target,
        w,
        sub ?? [],
        deeper(inner, sub === null),
      );
      entries.add(`${slot}: ${relation.cypher(v, w, child.cypher)}`);
      slots.push({ key: f.name, slot, embedded: true, decode: child.decode });
      nested += child.planned;
      continue;
    }
    const planned = compileRelation(b, relation, v, f, inner);
    if (planned === null) {
      fallbackOf(relation, v, b).forEach(e => entries.add(e));
      continue;
    }
    entries.add(`${slot}: ${planned.cypher}`);
    slots.push({ key: f.key, slot, embedded: false, decode: planned.decode, whole: planned.whole });
  }
  const [first, ...others] = entries;
  const property = first !== undefined && others.length === 0 ? /^\.(\w+)$/u.exec(first) : null;
  if (single && property !== null && slots.length === 0 && spec.literal !== true) {
    // one property (an actor's id, a type's code): read as the value alone, not a map around it
    return {
      cypher: `${v}.${property[1] ?? ''}`,
      decode: decoder(kind, [], spec.finish, property[1]),
      planned: 0,
    };
  }
  const body = [...entries].join(', ');
  return {
    cypher: spec.literal === true ? `{${body}}` : `${v} {${body}}`,
    decode: decoder(kind, slots, spec.finish),
    planned: slots.filter(s => !s.embedded).length + nested,
  };
}

/** A scope at which nothing more is planned (`stop`), or the same one. */
function deeper(scope: Scope, stop: boolean): Scope {
  return stop ? { ...scope, depth: MAX_PLAN_DEPTH } : scope;
}

function fallbackOf(relation: Relation, v: string, b: PlanBuilder): string[] {
  if (relation.type === 'uncovered' || relation.type === 'related') {
    return relation.fallback?.(v, b.variable()) ?? [];
  }
  return [];
}

function compileRelation(
  b: PlanBuilder,
  relation: Relation,
  v: string,
  f: FieldSelection,
  scope: Scope,
): { cypher: string; decode: Decoder; whole?: boolean } | null {
  if (scope.depth >= MAX_PLAN_DEPTH || f.byType !== undefined) {
    return null;
  }
  switch (relation.type) {
    case 'uncovered':
    case 'embedded':
      return null;
    case 'connection':
      return compileConnection(b, relation, v, f, scope);
    case 'related': {
      const w = relation.bind === 'self' ? v : b.variable();
      const child = compileProjection(b, relation.target, w, f.fields, scope, true);
      const cypher = relation.cypher(v, w, child.cypher, f.args, value => b.param(value));
      return { cypher, decode: child.decode };
    }
    default: {
      const unreachable: never = relation;
      throw new Error(`unknown relation ${String(unreachable)}`);
    }
  }
}

/**
 * The GraphQL class of each kind. A decoded object is created with its prototype, so type-graphql takes
 * it as it is: for a root that is not `instanceof` the class it copies the object into a new instance
 * at every field resolver call (`convertToType`), several copies per event of a page.
 */
const PROTOTYPE: Readonly<Record<PlanKind, object>> = {
  Article: Article.prototype,
  Actor: Actor.prototype,
  Event: Event.prototype,
  Statement: Statement.prototype,
  EventType: EventType.prototype,
  Evidence: Evidence.prototype,
};

function decoder(
  kind: PlanKind,
  slots: readonly Slot[],
  finish: ((row: Record<string, unknown>) => Record<string, unknown>) | undefined,
  /** Set when the value read is this one property's value, not a map. */
  property?: string,
): Decoder {
  const proto = PROTOTYPE[kind];
  const bySlot = new Map(slots.map(s => [s.slot, s]));
  const decodeOne = (raw: unknown): unknown => {
    if (raw === null || raw === undefined) {
      return null;
    }
    // one pass over the row read, no `delete` (it would turn the object into a slow dictionary)
    let row = Object.create(proto) as Record<string, unknown>;
    let values: Map<string, unknown> | undefined;
    const read = (property === undefined ? raw : { [property]: raw }) as Record<string, unknown>;
    for (const key in read) {
      const value = read[key];
      const s = bySlot.get(key);
      if (s === undefined) {
        row[key] = value;
        continue;
      }
      const decoded =
        Array.isArray(value) && s.whole !== true ? value.map(s.decode) : s.decode(value);
      if (s.embedded) {
        row[s.key] = decoded;
      } else {
        (values ??= new Map()).set(s.key, decoded);
      }
    }
    if (finish !== undefined) {
      const done = finish(row);
      row =
        done === row ? row : Object.assign(Object.create(proto) as Record<string, unknown>, done);
    }
    return values === undefined ? row : attachPrefetched(row, values);
  };
  return decodeOne;
}
