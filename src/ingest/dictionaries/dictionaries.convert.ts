/**
 * The converter, in memory: reads the raw PETRARCH2 / Phoenix files from src/ingest/dictionaries/source/
 * and returns the generated JSON files' exact text. dictionaries.cli.ts writes them; the drift test
 * compares them with the committed ones. Deterministic: every list is sorted, ids follow file order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config/config';
import { parseCameoVerbs } from './cameo-verbs.parser';
import { GENERATED_FILES } from './dictionary-files';
import { DICTIONARY_NOTICE, SkipCounter } from './dictionary-text';
import {
  ACTOR_COLUMNS,
  type ActorRow,
  type ActorSource,
  type DictionaryActor,
  type PhoenixActorsFile,
} from './dictionary.types';
import { parsePhoenixActors } from './phoenix-actors.parser';
import { parsePhoenixAgents, parsePhoenixDiscards } from './phoenix-lists.parser';

export const SOURCE_FILES = {
  verbs: 'CAMEO.2.0.txt',
  countries: 'Phoenix.Countries.actors.txt',
  international: 'Phoenix.International.actors.txt',
  milnonstate: 'Phoenix.MilNonState.actors.txt',
  agents: 'Phoenix.agents.txt',
  discards: 'Phoenix.discards.txt',
} as const;

export function sourceDir(): string {
  return path.join(projectRoot(), 'src', 'ingest', 'dictionaries', 'source');
}

export function generatedDir(): string {
  return path.join(projectRoot(), 'src', 'ingest', 'dictionaries', 'generated');
}

/** Reads a source file as UTF-8; undecodable bytes become U+FFFD (the parsers drop those aliases). */
export function readSource(name: string): string {
  return new TextDecoder('utf-8').decode(fs.readFileSync(path.join(sourceDir(), name)));
}

/** `VLADIMIR PUTIN` → `vladimir-putin`. */
export function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'actor' : slug;
}

/** Ids `phoenix:<slug>`, unique over the three files in order: a repeated slug gets `-2`, `-3` … */
export function assignActorIds(records: readonly Omit<DictionaryActor, 'id'>[]): DictionaryActor[] {
  const used = new Map<string, number>();
  return records.map(r => {
    const slug = slugOf(r.name);
    const k = (used.get(slug) ?? 0) + 1;
    used.set(slug, k);
    return { id: `phoenix:${k === 1 ? slug : `${slug}-${k}`}`, ...r };
  });
}

export function actorRow(a: DictionaryActor): ActorRow {
  return [
    a.id,
    a.name,
    a.source,
    a.kind,
    a.aliases.filter(x => x !== a.name),
    a.roles.map(r => [r.code, r.from, r.to] as const),
    a.defaults,
  ];
}

/**
 * JSON with one array element or object member per line: compact, yet a regenerated file diffs line
 * by line. Top-level keys keep their insertion order (the types fix it).
 */
export function stringifyByLine(data: object): string {
  const members = Object.entries(data).map(([key, value]) => {
    const k = JSON.stringify(key);
    if (Array.isArray(value)) {
      const items = value.map(v => JSON.stringify(v));
      return items.length === 0 ? `${k}:[]` : `${k}:[\n${items.join(',\n')}\n]`;
    }
    if (value !== null && typeof value === 'object') {
      const inner = Object.entries(value as Record<string, unknown>).map(
        ([ik, iv]) => `${JSON.stringify(ik)}:${JSON.stringify(iv)}`,
      );
      return objectLines(k, inner);
    }
    return `${k}:${JSON.stringify(value)}`;
  });
  return `{\n${members.join(',\n')}\n}\n`;
}

function objectLines(k: string, inner: string[]): string {
  return inner.length === 0 ? `${k}:{}` : `${k}:{\n${inner.join(',\n')}\n}`;
}

export interface ConversionResult {
  /** File name (in generated/) → exact text. */
  readonly files: ReadonlyMap<string, string>;
  readonly counts: Readonly<Record<string, number>>;
  readonly skipped: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export function convertDictionaries(read: (name: string) => string = readSource): ConversionResult {
  const verbs = parseCameoVerbs(read(SOURCE_FILES.verbs));
  const actorSkips = new SkipCounter();
  const sources: ActorSource[] = ['countries', 'international', 'milnonstate'];
  const actors = assignActorIds(
    sources.flatMap(s => parsePhoenixActors(read(SOURCE_FILES[s]), s, actorSkips)),
  );
  const actorsFile: PhoenixActorsFile = {
    notice: DICTIONARY_NOTICE,
    columns: ACTOR_COLUMNS,
    actors: actors.map(actorRow),
    skipped: actorSkips.toRecord(),
  };
  const agents = parsePhoenixAgents(read(SOURCE_FILES.agents));
  const discards = parsePhoenixDiscards(read(SOURCE_FILES.discards));

  const patterns = verbs.blocks.reduce((n, b) => n + b.patterns.length, 0);
  const counts: Record<string, number> = {
    'verb blocks': verbs.blocks.length,
    'verb patterns': patterns,
    'paired-code patterns (a:b)': verbs.blocks
      .flatMap(b => b.patterns)
      .filter(p => p.code.forward !== null && p.code.reverse !== null).length,
    verbs: verbs.verbs.length,
    'multi-word verbs': verbs.verbs.filter(v => v.before.length + v.after.length > 0).length,
    synsets: Object.keys(verbs.synsets).length,
    'synset members (with plurals)': Object.values(verbs.synsets).reduce((n, m) => n + m.length, 0),
    actors: actors.length,
    'actors: states': actors.filter(a => a.kind === 'state').length,
    'actors: people (dated roles)': actors.filter(a => a.kind === 'person').length,
    'actors: groups': actors.filter(a => a.kind === 'group').length,
    'actors: without any code': actors.filter(a => a.roles.length + a.defaults.length === 0).length,
    aliases: actors.reduce((n, a) => n + a.aliases.length, 0),
    'dated roles': actors.reduce((n, a) => n + a.roles.length, 0),
    agents: agents.agents.length,
    discards: discards.discards.length,
  };
  return {
    files: new Map([
      [GENERATED_FILES.verbs, stringifyByLine(verbs)],
      [GENERATED_FILES.actors, stringifyByLine(actorsFile)],
      [GENERATED_FILES.agents, stringifyByLine(agents)],
      [GENERATED_FILES.discards, stringifyByLine(discards)],
    ]),
    counts,
    skipped: {
      verbs: verbs.skipped,
      actors: actorsFile.skipped,
      agents: agents.skipped,
      discards: discards.skipped,
    },
  };
}
