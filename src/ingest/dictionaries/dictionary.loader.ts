/**
 * Typed access to the generated CAMEO / Phoenix dictionaries (generated/*.json, written by
 * `npm run dictionaries`). Each file is read and its lookup index built on first use, then cached for
 * the life of the process (dictionary-files.ts says why they are read, not imported).
 */
import { stateIdOfCode } from './cameo-countries';
import {
  type AgentEntry,
  type CameoVerbsFile,
  type DatedRole,
  type DictionaryActor,
  type DirectedCodes,
  type PhoenixActorsFile,
  type PhoenixAgentsFile,
  type VerbBlock,
  type VerbMember,
  type VerbPattern,
} from './dictionary.types';
import { GENERATED_FILES, loadGenerated } from './dictionary-files';
import { type PhraseMatch, PhraseIndex } from './phrase-index';

const verbsFile = (): CameoVerbsFile => loadGenerated<CameoVerbsFile>(GENERATED_FILES.verbs);

/** A member verb with its block: `code` is the verb's own code when it has one, else the block's. */
export interface VerbEntry {
  readonly verb: VerbMember;
  readonly block: VerbBlock;
  readonly code: DirectedCodes;
  readonly patterns: readonly VerbPattern[];
}

interface VerbIndex {
  readonly blocks: ReadonlyMap<string, VerbBlock>;
  readonly byLemma: ReadonlyMap<string, VerbEntry[]>;
}

let verbIndex: VerbIndex | undefined;

function verbs(): VerbIndex {
  if (!verbIndex) {
    const blocks = new Map(verbsFile().blocks.map(b => [b.label, b]));
    const byLemma = new Map<string, VerbEntry[]>();
    for (const verb of verbsFile().verbs) {
      const block = blocks.get(verb.block);
      if (!block) {
        continue;
      }
      const entry = { verb, block, code: verb.code ?? block.code, patterns: block.patterns };
      byLemma.set(verb.lemma, [...(byLemma.get(verb.lemma) ?? []), entry]);
    }
    verbIndex = { blocks, byLemma };
  }
  return verbIndex;
}

/**
 * The dictionary entries of a verb lemma (`accuse`, `ask`), one per block it belongs to and per
 * multi-word form. With `particle` ('' for none), only the entries whose words after the lemma are
 * exactly that (`verbEntries('pull', 'out')`).
 */
export function verbEntries(lemma: string, particle?: string): readonly VerbEntry[] {
  const all = verbs().byLemma.get(lemma.toUpperCase()) ?? [];
  if (particle === undefined) {
    return all;
  }
  const want = particle.toUpperCase().trim().split(/\s+/).filter(Boolean).join(' ');
  return all.filter(e => e.verb.after.join(' ') === want && e.verb.before.length === 0);
}

export function verbBlock(label: string): VerbBlock | undefined {
  return verbs().blocks.get(label.toUpperCase());
}

/** Members of a synonym set (`&WMD` or `WMD`), plurals included; [] when it does not exist. */
export function synsetMembers(name: string): readonly string[] {
  return verbsFile().synsets[name.replace(/^&/, '').toUpperCase()] ?? [];
}

interface ActorIndex {
  readonly byId: ReadonlyMap<string, DictionaryActor>;
  readonly aliases: PhraseIndex<DictionaryActor>;
}

let actorIndex: ActorIndex | undefined;

function actors(): ActorIndex {
  if (!actorIndex) {
    const byId = new Map<string, DictionaryActor>();
    const aliases = new PhraseIndex<DictionaryActor>();
    for (const [
      id,
      name,
      source,
      kind,
      others,
      roleRows,
      defaults,
    ] of loadGenerated<PhoenixActorsFile>(GENERATED_FILES.actors).actors) {
      const roles = roleRows.map(([code, from, to]): DatedRole => ({ code, from, to }));
      const allAliases = [name, ...others];
      const actor: DictionaryActor = {
        id,
        name,
        source,
        kind,
        aliases: allAliases,
        roles,
        defaults,
      };
      byId.set(id, actor);
      for (const alias of allAliases) {
        aliases.add(alias, actor);
      }
    }
    actorIndex = { byId, aliases };
  }
  return actorIndex;
}

export function actorById(id: string): DictionaryActor | undefined {
  return actors().byId.get(id);
}

/** Actors whose name or alias is exactly this phrase (any case, `_` or spaces between words). */
export function actorsByAlias(phrase: string): readonly DictionaryActor[] {
  return actors().aliases.get(
    phrase.replace(/_/g, ' ').trim().split(/\s+/).join(' ').toUpperCase(),
  );
}

/** The longest actor alias starting at `tokens[start]`, with every actor that has it. */
export function matchActorAt(
  tokens: readonly string[],
  start: number,
): PhraseMatch<DictionaryActor> | null {
  return actors().aliases.longestAt(tokens, start);
}

/**
 * The roles in force on `isoDate` (YYYY-MM-DD): every dated role whose range contains it (ends
 * inclusive), or, when none does, the actor's undated default codes (as roles with null dates).
 * [] for an unknown id or an actor without codes.
 */
export function rolesAt(actorId: string, isoDate: string): readonly DatedRole[] {
  const actor = actorById(actorId);
  if (!actor) {
    return [];
  }
  const dated = actor.roles.filter(
    r => (r.from === null || r.from <= isoDate) && (r.to === null || isoDate <= r.to),
  );
  if (dated.length > 0) {
    return dated;
  }
  return actor.defaults.map(code => ({ code, from: null, to: null }));
}

/** The distinct codes in force on `isoDate` (see `rolesAt`), sorted. */
export function codesAt(actorId: string, isoDate: string): readonly string[] {
  return [...new Set(rolesAt(actorId, isoDate).map(r => r.code))].sort();
}

/** The project ids of the states an actor belongs to on `isoDate` (`country:RUS`), sorted. */
export function statesAt(actorId: string, isoDate: string): readonly string[] {
  const ids = codesAt(actorId, isoDate).map(stateIdOfCode);
  return [...new Set(ids.filter((id): id is string => id !== null))].sort();
}

let agentIndex: PhraseIndex<AgentEntry> | undefined;

function agents(): PhraseIndex<AgentEntry> {
  if (!agentIndex) {
    agentIndex = new PhraseIndex<AgentEntry>();
    for (const agent of loadGenerated<PhoenixAgentsFile>(GENERATED_FILES.agents).agents) {
      agentIndex.add(agent.phrase, agent);
    }
  }
  return agentIndex;
}

/** Agent entries (role codes) of an exact phrase: `agentsFor('minister')` → GOV. */
export function agentsFor(phrase: string): readonly AgentEntry[] {
  return agents().get(phrase.replace(/_/g, ' ').trim().split(/\s+/).join(' ').toUpperCase());
}

/** The longest agent phrase starting at `tokens[start]` ("foreign minister" before "minister"). */
export function matchAgentAt(
  tokens: readonly string[],
  start: number,
): PhraseMatch<AgentEntry> | null {
  return agents().longestAt(tokens, start);
}

export { type DiscardMatch, discardIn } from './discard.matcher';
