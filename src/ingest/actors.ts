/**
 * Actor mentions from gazetteer matches plus a few in-article resolution rules:
 * - longest match first, non-overlapping, never inside an ignored span;
 * - names match case-sensitively ("US" is a country, "us" is not); a lowercase alias ("hostile
 *   forces") also matches capitalised at the start of a sentence;
 * - demonyms ("North Korean", "anti-Japanese"), capitals ("Pyongyang") and metonyms ("the Kremlin")
 *   stand for their state; "<Demonym> government" is one mention of the state;
 * - people: titles ("Mr.", "Dr.") stay in the mention; a bare or titled surname ("Mr. Kim") resolves
 *   to the person of that surname named in full in the article (the nearest earlier one); a surname
 *   marked unique in the gazetteer ("Putin") resolves on its own; a titled full name not in the
 *   gazetteer ("Foreign Minister Dmytro Kuleba") makes a new person:<slug>, and so do a role in
 *   apposition ("His spokesman, Manuel Adorni,") and a bare full name that says something (people.ts);
 *   "the Argentine leader" is also a mention of the leader of Argentina the article named;
 * - outlets: "the Spanish news agency EFE", "state broadcaster NHK" (outlets.ts), and their later names;
 * - bare "Korea" is the Korea the article already named (North or South), else nothing;
 * - plural references to the Donbas entities ("two “people's republics” in eastern Ukraine") are one
 *   mention of each;
 * - "<Demonym> Foreign Ministry" and similar bodies become organisations PART_OF their country; an
 *   embassy or consulate is no body of its own but its state (the gold's convention: "Costa Rica's
 *   embassy" is a mention of Costa Rica), so it is left to the country word.
 */
import { ActorKind } from '../schema/domain.enum';
import type { KgActor, KgOffice, KgRelation, Span } from '../kg/kg-batch';
import { overlapsAny } from './clean';
import legislaturesData from './gazetteer/legislatures.json';
import { type CandidateMention, NAME_TOKEN, NOT_NAME_TOKENS, overlaps, slugify } from './names';
import { type NewOutlet, outletCandidates } from './outlets';
import {
  LEADER_TITLES,
  type NewPerson,
  appositionPeople,
  roleHolders,
  roleReferences,
  speakingPeople,
  titledPeople,
} from './people';
import {
  type Gazetteer,
  type GazetteerActor,
  type GazetteerAlias,
  countryId,
  loadGazetteer,
} from './gazetteer/gazetteer';

export interface ActorExtraction {
  readonly actors: KgActor[];
  readonly relations: KgRelation[];
  readonly offices: KgOffice[];
}

type Mention = CandidateMention;

/** "Kim Yo Jong": a surname followed by another name token. */
const NEXT_NAME_TOKEN = new RegExp(`^\\s+${NAME_TOKEN}`, 'u');

const HONORIFIC = /(?:Mr|Mrs|Ms|Dr)\.\s+$/;
const BODIES: readonly {
  readonly pattern: string;
  readonly slug: string;
  readonly name: string;
}[] = [
  { pattern: 'Foreign Ministry', slug: 'foreign-ministry', name: 'Foreign Ministry' },
  { pattern: 'Ministry of Foreign Affairs', slug: 'foreign-ministry', name: 'Foreign Ministry' },
  { pattern: 'Foreign Office', slug: 'foreign-ministry', name: 'Foreign Ministry' },
  { pattern: 'State Department', slug: 'foreign-ministry', name: 'Foreign Ministry' },
  { pattern: 'Defence Ministry', slug: 'defence-ministry', name: 'Defence Ministry' },
  { pattern: 'Defense Ministry', slug: 'defence-ministry', name: 'Defence Ministry' },
  { pattern: 'Ministry of Defence', slug: 'defence-ministry', name: 'Defence Ministry' },
  { pattern: 'Ministry of Defense', slug: 'defence-ministry', name: 'Defence Ministry' },
  { pattern: 'parliament', slug: 'parliament', name: 'Parliament' },
  { pattern: 'Parliament', slug: 'parliament', name: 'Parliament' },
  { pattern: 'armed forces', slug: 'armed-forces', name: 'Armed Forces' },
  { pattern: 'military', slug: 'armed-forces', name: 'Armed Forces' },
  // "Poland's Sejm", "the Norwegian Storting": a legislature by its own name (legislatures.json)
  ...Object.values(legislaturesData.legislatures)
    .flat()
    .map(pattern => ({ pattern, slug: 'parliament', name: 'Parliament' })),
];

export { slugify };

/** Same length as the text: typographic apostrophes and quotes become ASCII, offsets stay valid. */
function normalise(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function occurrences(norm: string, pattern: string): number[] {
  const out: number[] = [];
  const p = normalise(pattern);
  for (let i = norm.indexOf(p); i !== -1; i = norm.indexOf(p, i + 1)) {
    if (!isWordChar(norm[i - 1]) && !isWordChar(norm[i + p.length])) {
      out.push(i);
    }
  }
  return out;
}

/** Longest first, then leftmost; keeps only mentions that overlap nothing kept before. */
function select(candidates: readonly Mention[], taken: Mention[]): void {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  for (const c of sorted) {
    if (!taken.some(t => overlaps(t, c))) {
      taken.push(c);
    }
  }
}

/** One spelling of a gazetteer alias: as written, or with its first letter capitalised. */
interface AliasForm {
  readonly alias: GazetteerAlias;
  /** Position of the alias in the gazetteer, then of the spelling: the order candidates come out in. */
  readonly rank: number;
  readonly text: string;
}

/** The forms of a gazetteer's aliases by their first word, and those that do not start with a word. */
interface AliasIndex {
  readonly byFirstWord: ReadonlyMap<string, readonly AliasForm[]>;
  readonly unindexed: readonly AliasForm[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const ALIAS_INDEXES = new WeakMap<Gazetteer, AliasIndex>();

/** Built once per gazetteer: the forms normalised, keyed by their first word. */
function aliasIndexOf(gaz: Gazetteer): AliasIndex {
  let index = ALIAS_INDEXES.get(gaz);
  if (index === undefined) {
    const byFirstWord = new Map<string, AliasForm[]>();
    const unindexed: AliasForm[] = [];
    gaz.aliases.forEach((alias, i) => {
      const variants = [alias.text];
      const firstChar = alias.text[0];
      if (firstChar !== undefined && firstChar !== firstChar.toUpperCase()) {
        variants.push(firstChar.toUpperCase() + alias.text.slice(1));
      }
      variants.forEach((v, k) => {
        const form = { alias, rank: 2 * i + k, text: normalise(v) };
        const first = FIRST_WORD.exec(form.text)?.[0];
        if (first === undefined) {
          unindexed.push(form);
        } else {
          byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), form]);
        }
      });
    });
    index = { byFirstWord, unindexed };
    ALIAS_INDEXES.set(gaz, index);
  }
  return index;
}

/**
 * Every whole-word occurrence of every alias form, in gazetteer order and then by position. Each word of
 * the text is looked up once among the forms starting with it, instead of scanning the text once per
 * form: the gazetteer has thousands of forms and an article a few hundred words.
 */
function aliasOccurrences(norm: string, gaz: Gazetteer): { form: AliasForm; at: number }[] {
  const { byFirstWord, unindexed } = aliasIndexOf(gaz);
  const found: { form: AliasForm; at: number }[] = [];
  for (const word of norm.matchAll(WORD)) {
    for (const form of byFirstWord.get(word[0]) ?? []) {
      if (
        norm.startsWith(form.text, word.index) &&
        !isWordChar(norm[word.index + form.text.length])
      ) {
        found.push({ form, at: word.index });
      }
    }
  }
  for (const form of unindexed) {
    found.push(...occurrences(norm, form.text).map(at => ({ form, at })));
  }
  return found.sort((a, b) => a.form.rank - b.form.rank || a.at - b.at);
}

function gazetteerCandidates(norm: string, gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const { form, at } of aliasOccurrences(norm, gaz)) {
    const alias = form.alias;
    let start = at;
    let end = at + form.text.length;
    if (alias.notFollowedBy?.test(norm.slice(end)) === true) {
      continue;
    }
    if (alias.role === 'demonym') {
      if (/(?:anti|pro)-$/i.test(norm.slice(Math.max(0, start - 5), start))) {
        start -= /pro-$/i.test(norm.slice(start - 4, start)) ? 4 : 5;
      }
      const gov = /^ government\b/.exec(norm.slice(end));
      if (gov !== null) {
        end += gov[0].length;
      }
    }
    if (alias.role === 'name' || alias.role === 'surname') {
      const actor = gaz.actors.get(alias.id);
      if (actor?.kind === ActorKind.PERSON) {
        const h = HONORIFIC.exec(norm.slice(Math.max(0, start - 6), start));
        if (h !== null) {
          start -= h[0].length;
        }
      }
    }
    out.push({ start, end, ids: [alias.id], role: alias.role });
  }
  return out;
}

/** Regular expressions built from a gazetteer, once per gazetteer (not once per article). */
interface GazetteerPatterns {
  readonly territoryGroups: readonly RegExp[];
  readonly bodies: RegExp;
}

const PATTERNS = new WeakMap<Gazetteer, GazetteerPatterns>();

function patternsOf(gaz: Gazetteer): GazetteerPatterns {
  let p = PATTERNS.get(gaz);
  if (p === undefined) {
    const alt = (xs: readonly string[]): string =>
      xs.map(x => escapeRegExp(normalise(x))).join('|');
    const words = [...gaz.countryWords.keys()].sort((a, b) => b.length - a.length);
    p = {
      territoryGroups: gaz.territoryGroups.map(
        g =>
          new RegExp(
            `(?:\\b(?:${alt(g.counts)})\\s+)?"?(?:${alt(g.terms)})"?(?:\\s+(${alt(g.locations)}))?`,
            'gi',
          ),
      ),
      bodies: new RegExp(
        `\\b(${words.map(escapeRegExp).join('|')})(?:'s)? (${BODIES.map(b => escapeRegExp(b.pattern)).join('|')})\\b`,
        'g',
      ),
    };
    PATTERNS.set(gaz, p);
  }
  return p;
}

function territoryGroupCandidates(norm: string, gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const patterns = patternsOf(gaz).territoryGroups;
  for (const [i, g] of gaz.territoryGroups.entries()) {
    const re = patterns[i] as RegExp;
    for (const m of norm.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const window = norm.slice(Math.max(0, start - 300), end + 300);
      if (m[1] === undefined && !g.context.some(c => window.includes(c))) {
        continue;
      }
      out.push({ start, end, ids: g.ids, role: 'territory-group' });
    }
  }
  return out;
}

function bodyCandidates(norm: string, gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const m of norm.matchAll(patternsOf(gaz).bodies)) {
    const word = m[1] as string;
    const body = BODIES.find(b => b.pattern === m[2]);
    const country = gaz.countryWords.get(word);
    if (body === undefined || country === undefined) {
      continue;
    }
    const iso3 = country.slice('country:'.length).toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ids: [`org:${iso3}-${body.slug}`],
      role: 'organization',
    });
  }
  return out;
}

/** Surnames ("Kim", "Mr. Kim") of people the article names in full. */
interface NamedPerson {
  readonly id: string;
  readonly surnames: readonly string[];
  readonly firstAt: number;
  readonly gender: 'M' | 'F' | null;
}

function surnameCandidates(norm: string, people: readonly NamedPerson[]): Mention[] {
  const out: Mention[] = [];
  const bySurname = new Map<string, NamedPerson[]>();
  for (const p of people) {
    for (const s of p.surnames) {
      bySurname.set(s, [...(bySurname.get(s) ?? []), p]);
    }
  }
  for (const [surname, owners] of bySurname) {
    for (const at of occurrences(norm, surname)) {
      // "Kim Yo Jong" is someone else: a surname followed by another name token is not ours
      if (NEXT_NAME_TOKEN.test(norm.slice(at + surname.length))) {
        const next = /^\s+(\S+)/.exec(norm.slice(at + surname.length))?.[1] ?? '';
        if (!NOT_NAME_TOKENS.has(next)) {
          continue;
        }
      }
      const h = HONORIFIC.exec(norm.slice(Math.max(0, at - 6), at));
      const excluded =
        h === null ? null : h[0].startsWith('Mr.') ? 'F' : h[0].startsWith('Dr.') ? null : 'M';
      const fits = owners.filter(o => excluded === null || o.gender !== excluded);
      const before = fits.filter(o => o.firstAt <= at).sort((a, b) => b.firstAt - a.firstAt);
      const owner = before[0] ?? (fits.length === 1 ? fits[0] : undefined);
      if (owner === undefined) {
        continue;
      }
      const start = h === null ? at : at - h[0].length;
      out.push({ start, end: at + surname.length, ids: [owner.id], role: 'surname' });
    }
  }
  return out;
}

/** Bare "Korea": the Korea the article named first (its subject), if named before this mention. */
function koreaCandidates(norm: string, taken: readonly Mention[]): Mention[] {
  const koreas = new Set([countryId('PRK'), countryId('KOR')]);
  return occurrences(norm, 'Korea').flatMap(at => {
    const earlier = taken
      .filter(t => t.end <= at && t.ids.some(id => koreas.has(id)))
      .sort((a, b) => a.start - b.start)[0];
    const id = earlier?.ids.find(i => koreas.has(i));
    return id === undefined ? [] : [{ start: at, end: at + 5, ids: [id], role: 'name' as const }];
  });
}

function withPossessive(norm: string, m: Mention): Mention {
  return /^'s(?![\p{L}\p{N}])/u.test(norm.slice(m.end)) ? { ...m, end: m.end + 2 } : m;
}

/** The first person of each id: a titled mention before an apposition of the same name. */
function firstOfEach(people: readonly NewPerson[]): NewPerson[] {
  const byId = new Map<string, NewPerson>();
  for (const p of people) {
    if (!byId.has(p.id)) {
      byId.set(p.id, p);
    }
  }
  return [...byId.values()];
}

/** Later bare mentions of outlets found by their description: "EFE said" after "news agency EFE". */
function laterNames(norm: string, outlets: readonly NewOutlet[]): Mention[] {
  return outlets.flatMap(o =>
    occurrences(norm, o.name).map(at => ({
      start: at,
      end: at + o.name.length,
      ids: [o.id],
      role: 'outlet' as const,
    })),
  );
}

/** Finds the actors of an article; mentions never overlap `ignored`. */
export function extractActors(
  text: string,
  ignored: readonly Span[],
  gaz: Gazetteer = loadGazetteer(),
): ActorExtraction {
  const norm = normalise(text);
  const allowed = (m: Mention): boolean => !overlapsAny(m.start, m.end, ignored);

  const taken: Mention[] = [];
  select(
    [
      ...gazetteerCandidates(norm, gaz),
      ...territoryGroupCandidates(norm, gaz),
      ...bodyCandidates(norm, gaz),
    ].filter(allowed),
    taken,
  );
  const [titled, titledFound] = titledPeople(norm, taken, gaz);
  select(titled.filter(allowed), taken);
  const [apposed, apposedFound] = appositionPeople(norm, taken, gaz);
  select(apposed.filter(allowed), taken);
  const [speaking, speakingFound] = speakingPeople(norm, taken);
  select(speaking.filter(allowed), taken);
  const newPeople = firstOfEach([...titledFound, ...apposedFound, ...speakingFound]);
  const [outletMentions, newOutlets] = outletCandidates(norm, taken, gaz);
  select(outletMentions.filter(allowed), taken);
  select(laterNames(norm, newOutlets).filter(allowed), taken);

  const named = new Map<string, NamedPerson>();
  for (const t of taken) {
    const id = t.ids[0] as string;
    const actor = gaz.actors.get(id);
    const fresh = newPeople.find(p => p.id === id);
    const surnames =
      actor?.kind === ActorKind.PERSON ? actor.surnames : fresh ? [fresh.surname] : [];
    if (surnames.length > 0 && (t.role === 'name' || t.role === 'person')) {
      const prev = named.get(id);
      named.set(id, {
        id,
        surnames,
        firstAt: Math.min(prev?.firstAt ?? t.start, t.start),
        gender: actor?.gender ?? null,
      });
    }
  }
  select(surnameCandidates(norm, [...named.values()]).filter(allowed), taken);
  select(koreaCandidates(norm, taken).filter(allowed), taken);
  // "the Argentine leader": overlaps the country's mention on purpose, so it is added, not selected
  taken.push(...roleReferences(norm, taken, roleHolders(taken, newPeople, gaz)).filter(allowed));

  // one mention per actor id; an organisation also mentions its country by the word that names it
  const byId = new Map<string, Span[]>();
  const addMention = (id: string, start: number, end: number): void => {
    byId.set(id, [...(byId.get(id) ?? []), { start, end, text: text.slice(start, end) }]);
  };
  for (const raw of taken) {
    const m = raw.role === 'organization' ? raw : withPossessive(norm, raw);
    for (const id of m.ids) {
      addMention(id, m.start, m.end);
    }
    if (m.role === 'organization') {
      const word = [...gaz.countryWords.keys()]
        .filter(w => norm.startsWith(w, m.start))
        .sort((a, b) => b.length - a.length)[0];
      const country = word === undefined ? undefined : gaz.countryWords.get(word);
      if (word !== undefined && country !== undefined) {
        addMention(country, m.start, m.start + word.length);
      }
    }
  }

  const actors: KgActor[] = [];
  const infos = new Map<string, GazetteerActor | null>();
  for (const [id, mentions] of byId) {
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const known = gaz.actors.get(id);
    infos.set(id, known ?? null);
    if (known !== undefined) {
      actors.push({
        id,
        kind: known.kind,
        name: known.name,
        aliases: known.aliases,
        iso3: known.iso3,
        wikidataId: known.wikidataId,
        description: known.description,
        mentions,
      });
    } else if (id.startsWith('org:')) {
      const [iso3, ...rest] = id.slice('org:'.length).split('-');
      const country = gaz.actors.get(countryId((iso3 ?? '').toUpperCase()));
      const body = BODIES.find(b => b.slug === rest.join('-'));
      actors.push({
        id,
        kind: ActorKind.ORGANIZATION,
        name: `${body?.name ?? rest.join(' ')} of ${country?.name ?? iso3 ?? ''}`,
        aliases: [],
        iso3: null,
        wikidataId: null,
        description: null,
        mentions,
      });
    } else if (id.startsWith('media:')) {
      const outlet = newOutlets.find(o => o.id === id);
      actors.push({
        id,
        kind: ActorKind.MEDIA_OUTLET,
        name: outlet?.name ?? id,
        aliases: [],
        iso3: null,
        wikidataId: null,
        description: null,
        mentions,
      });
    } else {
      const fresh = newPeople.find(p => p.id === id);
      actors.push({
        id,
        kind: ActorKind.PERSON,
        name: fresh?.name ?? id,
        aliases: fresh ? [fresh.surname] : [],
        iso3: null,
        wikidataId: null,
        description: null,
        mentions,
      });
    }
  }
  actors.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));

  const present = new Set(actors.map(a => a.id));
  const relations: KgRelation[] = [];
  const offices: KgOffice[] = [];
  for (const a of actors) {
    const info = infos.get(a.id) ?? null;
    if (info?.countryId && present.has(info.countryId)) {
      relations.push({ type: 'OF_COUNTRY', fromId: a.id, toId: info.countryId });
    }
    if (info?.partOfId && present.has(info.partOfId)) {
      relations.push({ type: 'PART_OF', fromId: a.id, toId: info.partOfId });
    }
    if (info?.successorId && present.has(info.successorId)) {
      relations.push({ type: 'SUCCEEDS', fromId: info.successorId, toId: a.id });
    }
    if (info === null && a.id.startsWith('org:')) {
      const iso3 = (a.id.slice('org:'.length).split('-')[0] ?? '').toUpperCase();
      if (present.has(countryId(iso3))) {
        relations.push({ type: 'PART_OF', fromId: a.id, toId: countryId(iso3) });
      }
    }
    if (info?.office && info.countryId !== null && present.has(info.countryId)) {
      offices.push({ personId: a.id, countryId: info.countryId, ...info.office });
    }
    const outlet = info === null ? newOutlets.find(o => o.id === a.id) : undefined;
    if (outlet?.countryId && present.has(outlet.countryId)) {
      relations.push({ type: 'OF_COUNTRY', fromId: a.id, toId: outlet.countryId });
    }
    const fresh = info === null ? newPeople.find(p => p.id === a.id) : undefined;
    if (fresh?.countryId && present.has(fresh.countryId)) {
      relations.push({ type: 'OF_COUNTRY', fromId: a.id, toId: fresh.countryId });
      // "Philippine President Ferdinand Marcos Jr." leads the Philippines
      const role = LEADER_TITLES[fresh.title];
      if (role !== undefined) {
        const country = gaz.actors.get(fresh.countryId);
        offices.push({
          personId: a.id,
          countryId: fresh.countryId,
          title: `${fresh.title} of ${country?.name ?? fresh.countryId}`,
          role,
          since: null,
          until: null,
        });
      }
    }
  }
  return { actors, relations, offices };
}
