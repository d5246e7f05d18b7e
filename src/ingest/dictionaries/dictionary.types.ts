/**
 * Shapes of the generated dictionary files (src/ingest/dictionaries/generated/*.json), shared by the
 * converter that writes them and the loader that reads them. docs/dictionaries.md explains the choices.
 */

/**
 * A CAMEO code read from `[a:b]`. PETRARCH's paired codes are two directed events, never one code:
 * `forward` is source → target (the `a` side), `reverse` is target → source (the `b` side). A plain
 * `[112]` is `{ forward: '112', reverse: null }`; `[:173]` is `{ forward: null, reverse: '173' }`; the
 * null code `[---]` is both null (the verb or pattern yields no event).
 */
export interface DirectedCodes {
  readonly forward: string | null;
  readonly reverse: string | null;
}

/**
 * A noun phrase of a pattern, words in order; the head is the LAST word (`{FINANCIAL AID}` is
 * `['FINANCIAL', 'AID']`, head AID). A word that starts with `&` names a synonym set (not expanded: see
 * `CameoVerbsFile.synsets`); plurals of a plain word are NOT listed here, the matcher compares lemmas.
 */
export type NounPhrase = readonly string[];

/** `(PREP NOUN ...)`: the preposition and the noun phrases that must sit in it (empty: any object). */
export interface PrepConstraint {
  readonly prep: string;
  readonly nouns: readonly NounPhrase[];
}

/** One `- PRE * POST [code] # note` line. `pre*` stand before the verb (its subject side), `post*` after. */
export interface VerbPattern {
  readonly code: DirectedCodes;
  readonly pre: readonly NounPhrase[];
  readonly prePreps: readonly PrepConstraint[];
  readonly post: readonly NounPhrase[];
  readonly postPreps: readonly PrepConstraint[];
  /** The trailing comment: usually the verb the pattern was first written for. */
  readonly note: string;
  /** Line number in source/CAMEO.2.0.txt, for tracing a match back to the dictionary. */
  readonly line: number;
}

/** A verb synonym block `--- LABEL [code] ---`: its code and the patterns shared by all its verbs. */
export interface VerbBlock {
  readonly label: string;
  readonly code: DirectedCodes;
  readonly patterns: readonly VerbPattern[];
}

/**
 * A member verb of a block. Multi-word verbs (`+CORDON_OFF`, `WIRE_+TAP`) keep the inflected word as
 * `lemma` and the other words in `before` / `after` (particles and compound parts, in order).
 */
export interface VerbMember {
  readonly lemma: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** Inflected forms of `lemma`: the `{...}` list when given, else generated regular forms. */
  readonly forms: readonly string[];
  /** The verb line's own `[code]`, which overrides the block's; null when it has none. */
  readonly code: DirectedCodes | null;
  readonly block: string;
  readonly line: number;
}

export interface SkipCounts {
  readonly [reason: string]: number;
}

export interface CameoVerbsFile {
  readonly notice: string;
  /** `&NAME` → members (upper-case phrases, words separated by one space), plurals already added. */
  readonly synsets: Readonly<Record<string, readonly string[]>>;
  readonly blocks: readonly VerbBlock[];
  /** Sorted by lemma, then block, then line. */
  readonly verbs: readonly VerbMember[];
  readonly skipped: SkipCounts;
}

/** A dated role `[CODE from-to]`; ISO dates, both ends inclusive; null = open-ended on that side. */
export interface DatedRole {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

export type ActorSource = 'countries' | 'international' | 'milnonstate';

export interface DictionaryActor {
  readonly id: string;
  /** The primary phrase, normalised like the aliases. */
  readonly name: string;
  readonly source: ActorSource;
  /** 'state' (a bare three-letter code), 'person' (dated roles), or 'group' (everything else). */
  readonly kind: 'state' | 'person' | 'group';
  /** Normalised phrases (upper case, one space between tokens), the name included, sorted. */
  readonly aliases: readonly string[];
  readonly roles: readonly DatedRole[];
  /** Undated codes: in force at any date on which no dated role is. */
  readonly defaults: readonly string[];
}

/** A dated role in the file: `[code, from, to]`. */
export type RoleRow = readonly [string, string | null, string | null];

/**
 * An actor in the file, as a row to keep 27,000 records compact (see `ACTOR_COLUMNS`): id, name, source,
 * kind, aliases other than the name, dated roles, default codes.
 */
export type ActorRow = readonly [
  string,
  string,
  ActorSource,
  DictionaryActor['kind'],
  readonly string[],
  readonly RoleRow[],
  readonly string[],
];

export const ACTOR_COLUMNS = ['id', 'name', 'source', 'kind', 'aliases', 'roles', 'defaults'];

export interface PhoenixActorsFile {
  readonly notice: string;
  readonly columns: readonly string[];
  readonly actors: readonly ActorRow[];
  readonly skipped: SkipCounts;
}

/** An agent phrase → role code; `prefix` codes (`[NGO~]`) go before the actor code, the rest after. */
export interface AgentEntry {
  readonly phrase: string;
  readonly code: string;
  readonly prefix: boolean;
  readonly line: number;
}

export interface PhoenixAgentsFile {
  readonly notice: string;
  readonly agents: readonly AgentEntry[];
  readonly skipped: SkipCounts;
}

/**
 * A discard phrase. `story`: the whole story is not coded (a `+` line), else only the sentence.
 * `wholeWord`: the last word must match whole (a trailing `_`), else it is a stem (`BASEBALL` matches
 * `BASEBALLS`).
 */
export interface DiscardEntry {
  readonly phrase: string;
  readonly story: boolean;
  readonly wholeWord: boolean;
}

export interface PhoenixDiscardsFile {
  readonly notice: string;
  readonly discards: readonly DiscardEntry[];
  readonly skipped: SkipCounts;
}
