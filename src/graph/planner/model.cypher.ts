/**
 * The closed model the read planner compiles from: for each GraphQL object type it covers, which
 * properties each field needs, and the Cypher of each relation field. Labels, relationship types and
 * property names come only from here; values from the request become parameters. `v` is the variable
 * of the object being projected, `w` a fresh one for the related object (planner-generated names).
 */
import { EventRole, QUAD_CLASS_BY_NUMBER } from '../../schema/domain.enum';

export type PlanKind = 'Article' | 'Actor' | 'Event' | 'Statement' | 'EventType' | 'Evidence';

/** Adds a parameter holding `value` and returns its `$name`. */
export type ParamOf = (value: unknown) => string;

/** A relation read with the parent: `cypher` wraps the child's projection `proj`. */
export interface Related {
  readonly type: 'related';
  readonly target: PlanKind;
  /** 'self': the child is the same variable (an evidence's article). */
  readonly bind?: 'self';
  readonly cypher: (
    v: string,
    w: string,
    proj: string,
    args: Readonly<Record<string, unknown>>,
    param: ParamOf,
  ) => string;
  /** What the field's DataLoader needs when the relation is not planned (too deep). */
  readonly fallback?: (v: string, w: string) => string[];
}

/** A relation held in a plain property (no field resolver): always projected, under the field's name. */
export interface Embedded {
  readonly type: 'embedded';
  readonly target: 'Evidence';
  readonly cypher: (v: string, w: string, proj: string) => string;
}

/** A Relay connection of events or statements, paged by sort key. */
export interface Paged {
  readonly type: 'connection';
  readonly target: 'Event' | 'Statement';
  /** The node variable: the client filter's templates (graph/filter.ts) are written on `e` and `s`. */
  readonly node: 'e' | 's';
  readonly filter: 'event' | 'statement';
  /** Binds the node to the parent `v`; null: arguments the planner leaves to the DataLoader path. */
  readonly pattern: (v: string, args: Args) => string | null;
  /**
   * Set for a parent that may be a hub (an actor's events): the parent's degree over the same
   * relationships, read from the degree store. The page then walks the node's sort-key index from the
   * cursor instead of expanding the parent when that reads fewer nodes (connection.compiler.ts).
   */
  readonly degree?: (v: string, args: Args) => string;
}

type Args = Readonly<Record<string, unknown>>;

/** A relation the planner leaves to the field's DataLoader, with what the loader needs. */
export interface Uncovered {
  readonly type: 'uncovered';
  readonly fallback: (v: string, w: string) => string[];
}

export type Relation = Related | Embedded | Paged | Uncovered;

export interface KindSpec {
  /** A map projection of `v` (`v {...}`), or a map literal (`{...}`) for values that are not nodes. */
  readonly literal?: boolean;
  /** Entries projected whatever is asked (ids the resolvers log with, or that fallbacks need). */
  readonly base: (v: string) => string[];
  readonly scalars: Readonly<Record<string, (v: string) => string[]>>;
  readonly relations: Readonly<Record<string, Relation>>;
  /** Turns the row read into the object the resolvers expect. */
  readonly finish?: (row: Record<string, unknown>) => Record<string, unknown>;
}

const props =
  (...names: string[]) =>
  (): string[] =>
    names.map(n => `.${n}`);

const none = (): string[] => [];

const headOf = (pattern: string, proj: string): string => `head([${pattern} | ${proj}])`;

/** An actor (or null) one relationship away: `head` of the pattern, as the loaders' id lookups read it. */
const oneActor = (rel: string, idKey: string): Related => ({
  type: 'related',
  target: 'Actor',
  cypher: (v, w, proj) => headOf(`(${v})-[:${rel}]->(${w}:Actor)`, proj),
  fallback: (v, w) => [`${idKey}: head([(${v})-[:${rel}]->(${w}:Actor) | ${w}.id])`],
});

/** Actors one relationship away, in the pattern's order (as the loaders' id lists keep it). */
const actorList = (rel: string, idsKey: string): Related => ({
  type: 'related',
  target: 'Actor',
  cypher: (v, w, proj) => `[(${v})-[:${rel}]->(${w}:Actor) | ${proj}]`,
  fallback: (v, w) => [`${idsKey}: [(${v})-[:${rel}]->(${w}:Actor) | ${w}.id]`],
});

const datePrecision = props('date', 'datePrecision');

/** Closed map from an actor's event role to its relationship types (types can't be parameters). */
const ROLE_TYPES: Readonly<Record<EventRole, string>> = {
  [EventRole.SOURCE]: 'SOURCE',
  [EventRole.TARGET]: 'TARGET',
  [EventRole.ANY]: 'SOURCE|TARGET',
};

function roleTypes(args: Args): string | null {
  const role = args['role'] ?? EventRole.ANY;
  return Object.hasOwn(ROLE_TYPES, role as string) ? ROLE_TYPES[role as EventRole] : null;
}

export const MODEL: Readonly<Record<PlanKind, KindSpec>> = {
  Article: {
    base: props('id'),
    scalars: {
      id: none,
      title: props('title'),
      url: props('url'),
      source: props('source'),
      publishedAt: props('publishedAt'),
      publishedAtPrecision: props('publishedAt', 'publishedAtPrecision'),
      publishedAtInferred: props('publishedAtInferred'),
      text: props('text'),
      extractor: props('extractor'),
      length: v => [`length: size(${v}.text)`],
    },
    relations: {
      actors: {
        type: 'related',
        target: 'Actor',
        cypher: (v, w, proj, args, param) => {
          const kind = args['kind'];
          const where =
            kind === undefined || kind === null ? '' : ` WHERE ${w}.kind = ${param(kind)}`;
          return `COLLECT { MATCH (${v})-[:MENTIONS]->(${w}:Actor)${where} WITH ${w} ORDER BY ${w}.sortKey RETURN ${proj} }`;
        },
      },
      events: {
        type: 'connection',
        target: 'Event',
        node: 'e',
        filter: 'event',
        pattern: v => `(e:Event)-[:EXTRACTED_FROM]->(${v})`,
      },
      statements: {
        type: 'connection',
        target: 'Statement',
        node: 's',
        filter: 'statement',
        pattern: v => `(s:Statement)-[:EXTRACTED_FROM]->(${v})`,
      },
    },
  },
  Actor: {
    base: props('id'),
    scalars: {
      id: none,
      kind: props('kind'),
      name: props('name'),
      aliases: props('aliases'),
      iso3: props('iso3'),
      wikidataId: props('wikidataId'),
      description: props('description'),
    },
    relations: {
      country: oneActorOfKind('OF_COUNTRY', 'Country', 'countryId'),
      statements: {
        type: 'connection',
        target: 'Statement',
        node: 's',
        filter: 'statement',
        pattern: v => `(s:Statement)-[:SPOKEN_BY]->(${v})`,
      },
      events: {
        type: 'connection',
        target: 'Event',
        node: 'e',
        filter: 'event',
        pattern: (v, args) => {
          const rel = roleTypes(args);
          return rel === null ? null : `(e:Event)-[:${rel}]->(${v})`;
        },
        degree: (v, args) => `COUNT { (${v})<-[:${roleTypes(args) ?? ROLE_TYPES.ANY}]-() }`,
      },
    },
  },
  Event: {
    base: props('id'),
    scalars: {
      id: none,
      date: props('date'),
      datePrecision,
      dateInferred: props('dateInferred'),
      modality: props('modality'),
      summary: props('summary'),
      extractor: props('extractor'),
      confidence: props('confidence'),
    },
    relations: {
      type: {
        type: 'related',
        target: 'EventType',
        cypher: (v, w, proj) =>
          `head(COLLECT { MATCH (${w}:EventType {code: ${v}.cameoCode}) RETURN ${proj} })`,
        fallback: v => [`typeCode: ${v}.cameoCode`],
      },
      source: oneActor('SOURCE', 'sourceId'),
      target: oneActor('TARGET', 'targetId'),
      statements: {
        type: 'related',
        target: 'Statement',
        cypher: (v, w, proj) =>
          `COLLECT { MATCH (${w}:Statement)-[:EVIDENCE_FOR]->(${v}) WITH ${w} ORDER BY ${w}.sortKey RETURN ${proj} }`,
      },
      evidence: {
        type: 'embedded',
        target: 'Evidence',
        cypher: (v, w, proj) =>
          `COLLECT { MATCH (${v})-[${w}r:EXTRACTED_FROM]->(${w}:Article) WITH ${w}, ${w}r ORDER BY ${w}.id, ${w}r.start RETURN ${proj} }`,
      },
      respondsTo: {
        type: 'uncovered',
        fallback: (v, w) => [`respondsToId: head([(${v})-[:RESPONSE_TO]->(${w}:Event) | ${w}.id])`],
      },
    },
  },
  Statement: {
    base: props('id'),
    scalars: {
      id: none,
      text: props('text'),
      direct: props('direct'),
      reportingVerb: props('reportingVerb'),
      stance: props('stance'),
      date: props('date'),
      datePrecision,
      extractor: props('extractor'),
      confidence: props('confidence'),
    },
    relations: {
      speaker: oneActor('SPOKEN_BY', 'speakerId'),
      reportedBy: oneActor('REPORTED_BY', 'reportedById'),
      addressees: actorList('ADDRESSED_TO', 'addresseeIds'),
      about: actorList('ABOUT', 'aboutIds'),
      evidence: {
        type: 'embedded',
        target: 'Evidence',
        cypher: (v, w, proj) => headOf(`(${v})-[${w}r:EXTRACTED_FROM]->(${w}:Article)`, proj),
      },
    },
  },
  EventType: {
    // only what is asked: the driver decodes every key and value of the row (the article's 21 types)
    base: props('code'),
    scalars: {
      code: none,
      name: props('name'),
      rootCode: props('rootCode'),
      level: props('level'),
      quadClass: props('quadClass'),
      goldstein: props('goldstein'),
    },
    relations: {},
    finish: row => {
      if (!('quadClass' in row)) {
        return row;
      }
      const quadClass = QUAD_CLASS_BY_NUMBER[row['quadClass'] as number];
      if (quadClass === undefined) {
        throw new Error(
          `event type ${String(row['code'])} has quad class ${String(row['quadClass'])}`,
        );
      }
      return { ...row, quadClass };
    },
  },
  Evidence: {
    literal: true,
    // `v` is the article, `${v}r` the EXTRACTED_FROM relationship carrying the span
    base: v => [`articleId: ${v}.id`, `start: ${v}r.start`, `end: ${v}r.end`, `text: ${v}r.text`],
    scalars: {},
    relations: {
      article: { type: 'related', target: 'Article', bind: 'self', cypher: (_v, _w, proj) => proj },
    },
  },
};

function oneActorOfKind(rel: string, label: 'Country', idKey: string): Related {
  return {
    type: 'related',
    target: 'Actor',
    cypher: (v, w, proj) => headOf(`(${v})-[:${rel}]->(${w}:${label}:Actor)`, proj),
    fallback: (v, w) => [`${idKey}: head([(${v})-[:${rel}]->(${w}:${label}) | ${w}.id])`],
  };
}
