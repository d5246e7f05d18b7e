/**
 * Loads the curated gazetteer (countries.json generated from i18n-iso-countries, MIT; country-extras.json,
 * legislatures.json, entities.json, and the wider lists outlets.json, organizations.json and territories.json curated by
 * hand) into one alias table. An id of the wider lists that entities.json already has is skipped. The JSON files are imported, so tsc copies
 * them into dist/ and the loader works the same from the source tree and from the build.
 */
import { ActorKind } from '../../schema/domain.enum';
import countriesData from './countries.json';
import extrasData from './country-extras.json';
import legislaturesData from './legislatures.json';
import entitiesData from './entities.json';
import outletsData from './outlets.json';
import organizationsData from './organizations.json';
import territoriesData from './territories.json';

export interface GazetteerOffice {
  readonly title: string;
  readonly role: string;
  readonly since: string | null;
  readonly until: string | null;
}

export interface GazetteerActor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly iso3: string | null;
  readonly wikidataId: string | null;
  readonly description: string | null;
  /** OF_COUNTRY target (people, outlets, territories), as an actor id. */
  readonly countryId: string | null;
  /** PART_OF target (organisations), as an actor id. */
  readonly partOfId: string | null;
  /** The current country that SUCCEEDS this historical state, as an actor id. */
  readonly successorId: string | null;
  readonly office: GazetteerOffice | null;
  readonly surnames: readonly string[];
  /** 'M' or 'F' for people when known: "Ms. Kim" never resolves to a man. */
  readonly gender: 'M' | 'F' | null;
}

/** How an alias names its actor: it decides span extensions and resolution. */
export type AliasRole = 'name' | 'demonym' | 'capital' | 'metonym' | 'group' | 'surname';

export interface GazetteerAlias {
  readonly text: string;
  readonly id: string;
  readonly role: AliasRole;
  readonly notFollowedBy: RegExp | null;
  /**
   * A capital whose name is also a given name or another place ("Sofia"): it names its state only in
   * an article that names the state otherwise too (its name or demonym), and never before a name.
   * Also a name or demonym two states share ("Congo", "Congolese"): actor-aliases.matcher.ts reads it
   * as the state the article names otherwise.
   */
  readonly withStateOnly?: boolean;
  /**
   * A demonym this state shares with a state that keeps it ("Congolese" of the Republic of the Congo,
   * kept by the DR Congo): it names this state only where the article names this one otherwise.
   */
  readonly secondary?: boolean;
}

export interface TerritoryGroup {
  readonly ids: readonly string[];
  readonly terms: readonly string[];
  readonly counts: readonly string[];
  readonly locations: readonly string[];
  readonly context: readonly string[];
}

export interface Gazetteer {
  readonly actors: ReadonlyMap<string, GazetteerActor>;
  readonly aliases: readonly GazetteerAlias[];
  readonly territoryGroups: readonly TerritoryGroup[];
  /** Demonym or country name → country id, for "the Ukrainian Foreign Ministry". */
  readonly countryWords: ReadonlyMap<string, string>;
}

interface CountryExtra {
  readonly name?: string;
  readonly officialName?: string;
  readonly shortForms?: readonly string[];
  readonly demonyms?: readonly string[];
  readonly capitals?: readonly string[];
  /** Capitals left out of `capitals` as ambiguous (noCapital), read only beside their state's name. */
  readonly sharedCapitals?: readonly string[];
  /** Demonyms another state keeps in its `demonyms` ("Congolese"): this state's only beside its name. */
  readonly sharedDemonyms?: readonly string[];
  readonly metonyms?: readonly string[];
  readonly wikidataId?: string;
}

interface PersonEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly surname: string;
  readonly surnameVariants?: readonly string[];
  readonly uniqueSurname: boolean;
  readonly country: string;
  readonly office: GazetteerOffice | null;
  readonly wikidataId: string;
  readonly gender?: string;
}

interface TerritoryEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string | null;
  readonly wikidataId?: string | null;
  readonly description: string;
}

interface OrganizationEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly partOf?: string;
  readonly country?: string;
  readonly wikidataId?: string | null;
  readonly description?: string;
}

interface MediaEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string;
  readonly wikidataId?: string | null;
  readonly description: string;
}

interface GroupEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly notFollowedBy?: string;
}

/** The id of a state's legislature, whatever it is called: `org:<iso3>-parliament`. */
export function legislatureId(iso3: string): string {
  return `org:${iso3.toLowerCase()}-parliament`;
}

/** Ids of the legislatures named in legislatures.json (data on every state, not curated per article). */
export const LEGISLATURE_IDS: ReadonlySet<string> = new Set(
  Object.keys(legislaturesData.legislatures).map(legislatureId),
);

/** entities.json first, then the wider curated lists; the first entry of an id wins. */
function firstOfEachId<T extends { readonly id: string }>(
  ...lists: readonly (readonly T[])[]
): T[] {
  const byId = new Map<string, T>();
  for (const x of lists.flat()) {
    if (!byId.has(x.id)) {
      byId.set(x.id, x);
    }
  }
  return [...byId.values()];
}

export function countryId(iso3: string): string {
  return `country:${iso3}`;
}

/** A name usable as a text pattern: no inverted forms ("Korea, Republic of") or qualifiers. */
function matchable(name: string): boolean {
  return !/[,()]/.test(name);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function build(): Gazetteer {
  const actors = new Map<string, GazetteerActor>();
  const aliases: GazetteerAlias[] = [];
  const countryWords = new Map<string, string>();
  const extras = extrasData.countries as Record<string, CountryExtra | undefined>;
  const add = (
    text: string,
    id: string,
    role: AliasRole,
    notFollowedBy: RegExp | null = null,
    withStateOnly = false,
    secondary = false,
  ) => {
    aliases.push({
      text,
      id,
      role,
      notFollowedBy,
      ...(withStateOnly ? { withStateOnly } : {}),
      ...(secondary ? { secondary } : {}),
    });
  };

  for (const c of countriesData.countries) {
    const extra = extras[c.iso3] ?? {};
    const id = countryId(c.iso3);
    const names = unique([
      ...c.names.filter(matchable),
      ...(extra.name !== undefined ? [extra.name] : []),
      ...(extra.officialName !== undefined ? [extra.officialName] : []),
      ...(extra.shortForms ?? []),
    ]);
    const name = extra.name ?? names[0] ?? c.name;
    actors.set(id, {
      id,
      kind: ActorKind.COUNTRY,
      name,
      aliases: unique([
        ...names.filter(n => n !== name),
        ...(extra.capitals ?? []),
        ...(extra.metonyms ?? []),
      ]),
      iso3: c.iso3,
      wikidataId: extra.wikidataId ?? null,
      description: null,
      countryId: null,
      partOfId: null,
      successorId: null,
      office: null,
      surnames: [],
      gender: null,
    });
    names.forEach(n => {
      add(n, id, 'name');
      countryWords.set(n, id);
    });
    (extra.demonyms ?? []).forEach(n => {
      add(n, id, 'demonym');
      countryWords.set(n, id);
    });
    (extra.sharedDemonyms ?? []).forEach(n => {
      add(n, id, 'demonym', null, true, true);
    });
    (extra.capitals ?? []).forEach(n => {
      add(n, id, 'capital');
    });
    (extra.sharedCapitals ?? []).forEach(n => {
      add(n, id, 'capital', /^\s+\p{Lu}/u, true); // "Sofia Petrova" is a person
    });
    (extra.metonyms ?? []).forEach(n => {
      add(n, id, 'metonym');
    });
  }

  const e = entitiesData;
  const plain = (
    id: string,
    kind: ActorKind,
    name: string,
    more: Partial<GazetteerActor> & { aliases: readonly string[] },
  ): void => {
    actors.set(id, {
      id,
      kind,
      name,
      iso3: null,
      wikidataId: null,
      description: null,
      countryId: null,
      partOfId: null,
      successorId: null,
      office: null,
      surnames: [],
      gender: null,
      ...more,
      aliases: more.aliases.filter(a => a !== name),
    });
  };
  for (const h of e.historical) {
    plain(h.id, ActorKind.HISTORICAL_STATE, h.name, {
      aliases: h.aliases,
      iso3: h.iso3,
      wikidataId: h.wikidataId,
      description: h.description,
      successorId: h.successor === null ? null : countryId(h.successor),
    });
    h.aliases.forEach(a => {
      add(a, h.id, 'name');
    });
    h.demonyms.forEach(a => {
      add(a, h.id, 'demonym');
    });
  }
  const territories = firstOfEachId<TerritoryEntry>(e.territories, territoriesData.territories);
  for (const t of territories) {
    plain(t.id, ActorKind.TERRITORY, t.name, {
      aliases: t.aliases,
      wikidataId: t.wikidataId ?? null,
      description: t.description,
      countryId: t.country === null ? null : countryId(t.country),
    });
    t.aliases.forEach(a => {
      add(a, t.id, 'name');
    });
  }
  const organizations = firstOfEachId<OrganizationEntry>(
    e.organizations,
    organizationsData.organizations,
  );
  for (const o of organizations) {
    plain(o.id, ActorKind.ORGANIZATION, o.name, {
      aliases: o.aliases,
      wikidataId: o.wikidataId ?? null,
      description: o.description ?? null,
      partOfId: o.partOf ?? null,
      countryId: o.country === undefined ? null : countryId(o.country),
    });
    o.aliases.forEach(a => {
      add(a, o.id, 'name');
    });
  }
  // national legislatures by their own names ("the Saeima", "the Knesset"): the state's parliament
  for (const [iso3, names] of Object.entries(legislaturesData.legislatures)) {
    const id = legislatureId(iso3);
    if (actors.has(id) || !actors.has(countryId(iso3))) {
      continue;
    }
    plain(id, ActorKind.ORGANIZATION, names[0] ?? id, {
      aliases: names,
      partOfId: countryId(iso3),
    });
    names.forEach(a => {
      add(a, id, 'name');
    });
  }
  for (const m of firstOfEachId<MediaEntry>(e.media, outletsData.media)) {
    plain(m.id, ActorKind.MEDIA_OUTLET, m.name, {
      aliases: m.aliases,
      wikidataId: m.wikidataId ?? null,
      description: m.description,
      countryId: countryId(m.country),
    });
    m.aliases.forEach(a => {
      add(a, m.id, 'name');
    });
  }
  for (const p of e.people as readonly PersonEntry[]) {
    const surnames = [p.surname, ...(p.surnameVariants ?? [])];
    plain(p.id, ActorKind.PERSON, p.name, {
      aliases: unique([...p.aliases, ...surnames]),
      wikidataId: p.wikidataId,
      description: p.office?.title ?? null,
      countryId: countryId(p.country),
      office: p.office,
      surnames,
      gender: p.gender === 'F' || p.gender === 'M' ? p.gender : null,
    });
    p.aliases.forEach(a => {
      add(a, p.id, 'name');
    });
    if (p.uniqueSurname) {
      surnames.forEach(s => {
        add(s, p.id, 'surname');
      });
    }
  }
  const groups = firstOfEachId<GroupEntry>(e.groups, organizationsData.groups);
  for (const g of groups) {
    plain(g.id, ActorKind.GROUP, g.name, {
      aliases: g.aliases,
      description: g.description,
    });
    const notFollowedBy = g.notFollowedBy === undefined ? null : new RegExp(g.notFollowedBy);
    g.aliases.forEach(a => {
      add(a, g.id, 'group', notFollowedBy);
    });
  }

  // A name shared by two actors names neither by itself: a name shared by states only ("Congo") is
  // kept as a shared one, read as the state the article names otherwise (actor-aliases.matcher.ts).
  const owners = new Map<string, Set<string>>();
  for (const a of aliases) {
    owners.set(a.text, (owners.get(a.text) ?? new Set<string>()).add(a.id));
  }
  const ofStates = (ids: ReadonlySet<string>): boolean =>
    [...ids].every(id => actors.get(id)?.kind === ActorKind.COUNTRY);
  const unambiguous = aliases.flatMap(a => {
    const ids = owners.get(a.text) ?? new Set<string>();
    return ids.size === 1 ? [a] : ofStates(ids) ? [{ ...a, withStateOnly: true }] : [];
  });
  const seen = new Set<string>();
  const deduped = unambiguous.filter(a => {
    const key = `${a.text}\u0000${a.id}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });

  const territoryGroups: TerritoryGroup[] = e.territoryGroups.map(g => ({
    ids: g.ids,
    terms: g.terms,
    counts: g.counts,
    locations: g.locations,
    context: g.requiresLocationOrContext,
  }));
  return { actors, aliases: deduped, territoryGroups, countryWords };
}

let cached: Gazetteer | null = null;

/** The gazetteer, built once per process. */
export function loadGazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}
