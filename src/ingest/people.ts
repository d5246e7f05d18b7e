/**
 * People the gazetteer does not know, from the words of an office around a full name (the lists are
 * data: gazetteer/roles.json):
 * - a title right before the name: "Foreign Secretary Vikram Misri", "opposition leader Kalonzo
 *   Musyoka", "Foreign Minister Dmytro Kuleba";
 * - a role in apposition: "His spokesman, Manuel Adorni,", "the foreign ministers of the two
 *   countries, Ararat Mirzoyan and Jeyhun Bayramov," and "Jeyhun Bayramov, Azerbaijan's foreign
 *   minister,";
 * - the subject of a reporting verb, with no title at all: "Kalonzo Musyoka said";
 * the office's country is the country word before the title ("Kazakh President …", "Argentina's
 * foreign minister"). A later reference by demonym and role ("the Argentine leader said") is the
 * person of that role and country named before it, when there is exactly one.
 */
import { ActorKind } from '../schema/domain.enum';
import type { Gazetteer } from './gazetteer/gazetteer';
import rolesData from './gazetteer/roles.json';
import {
  type CandidateMention,
  FULL_NAME,
  NAME_TOKEN,
  isPersonName,
  overlaps,
  slugify,
} from './names';
import { REPORTING_VERBS } from './reporting-verbs';

export interface NewPerson {
  readonly id: string;
  readonly name: string;
  readonly surname: string;
  /** The title or role word that introduced the name ("President", "spokesman"), or '' for none. */
  readonly title: string;
  /** The country of the office: "Ukrainian Foreign Minister Dmytro Kuleba". */
  readonly countryId: string | null;
}

/** The title of a head of state or government, for the office of a new person. */
export const LEADER_TITLES: Readonly<Record<string, string>> = rolesData.leaderTitles;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (xs: readonly string[]): string =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const TITLED = new RegExp(`\\b(?:${alternation(rolesData.titles)})\\s+(${FULL_NAME})`, 'u');
const ROLE_ALT = alternation(rolesData.roleNouns);
/** "His spokesman, Manuel Adorni," / "the foreign ministers of the two countries, A and B,". */
const ROLE_THEN_NAME = new RegExp(
  `\\b(?:${ROLE_ALT})s?(?:\\s+of\\s+[^,.;"“”]{1,40}?)?,\\s+(${FULL_NAME})(?:\\s+and\\s+(${FULL_NAME}))?(?=\\s*[,.;])`,
  'du',
);
/** "Jeyhun Bayramov, Azerbaijan's foreign minister," / "X, the country's top diplomat,". */
const NAME_THEN_ROLE = new RegExp(
  `(?<![\\p{L}'’-])(${FULL_NAME}),\\s+(?:(?:the|a|an|his|her|its|their)\\s+|(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)['’]s\\s+)(?:[\\p{Ll}'’-]+\\s+){0,3}?(?:${ROLE_ALT})\\b`,
  'u',
);
/** "Kalonzo Musyoka said": a bare full name as the subject of a reporting verb. */
const NAME_SAID = new RegExp(
  `(?<![\\p{L}\\p{N}'’-]\\s?)(?<!\\p{Lu}[\\p{L}'’-]*\\s)(${FULL_NAME})\\s+(?:${[...REPORTING_VERBS, 'accused', 'criticised', 'criticized', 'urged'].join('|')})\\b`,
  'u',
);
/** A role right after a country word, with no name after it: "the Argentine leader said". */
const ROLE_AFTER_COUNTRY = new RegExp(
  `^(?:['’]s)?\\s+(?:(?:new|former|veteran|outgoing|embattled|populist|visiting)\\s+)?(${alternation(
    Object.values(rolesData.roleClasses).flat(),
  )})\\b(?!\\s+${NAME_TOKEN})`,
  'u',
);
const ROLE_CLASS = new Map<string, string>(
  Object.entries(rolesData.roleClasses).flatMap(([cls, words]) =>
    words.map(w => [w, cls] as const),
  ),
);

/** The class of a title ("Prime Minister" → leader), or null. */
export function roleClassOf(title: string): string | null {
  return ROLE_CLASS.get(title.toLowerCase()) ?? null;
}

/**
 * The country word that ends the noun phrase before `at`, over up to four title words: "Kenyan
 * opposition" before "leader", "Argentina's" before "foreign minister".
 */
export function countryBefore(norm: string, at: number, gaz: Gazetteer): string | null {
  const words = norm.slice(Math.max(0, at - 80), at).split(/\s+/);
  if (words.at(-1) === '') {
    words.pop();
  }
  for (let i = words.length - 1, steps = 0; i >= 0 && steps <= 4; i--, steps++) {
    for (let n = 1; n <= 3 && i - n + 1 >= 0; n++) {
      const phrase = words
        .slice(i - n + 1, i + 1)
        .join(' ')
        .replace(/['’]s$/, '');
      const id = gaz.countryWords.get(phrase);
      if (id !== undefined) {
        return id;
      }
    }
    if (/[^\p{L}'’-]/u.test(words[i] ?? '')) {
      return null; // punctuation ends the noun phrase
    }
  }
  return null;
}

function person(name: string, title: string, countryId: string | null): NewPerson {
  const tokens = name.replace(/\.$/, '').split(/\s+/);
  // "Ferdinand Marcos Jr.": the surname is the token before the suffix
  const suffixed = /^(?:Jr|Sr|II|III|IV)$/.test(tokens.at(-1) as string);
  return {
    id: `person:${slugify(name)}`,
    name,
    surname: tokens[tokens.length - (suffixed && tokens.length > 2 ? 2 : 1)] as string,
    title,
    countryId,
  };
}

/** "Foreign Secretary Vikram Misri", "Mr. Kim Jong Un", "opposition leader Kalonzo Musyoka". */
export function titledPeople(
  norm: string,
  taken: readonly CandidateMention[],
  gaz: Gazetteer,
): [CandidateMention[], NewPerson[]] {
  const mentions: CandidateMention[] = [];
  const people: NewPerson[] = [];
  const titled = new RegExp(TITLED, 'gu'); // a global copy per call: no lastIndex shared between calls
  for (let m = titled.exec(norm); m !== null; m = titled.exec(norm)) {
    const name = m[1] as string;
    if (!isPersonName(name)) {
      titled.lastIndex = m.index + 1; // "General Assembly President Abdulla Shahid": the next title
      continue;
    }
    const nameStart = m.index + m[0].length - name.length;
    const isHonorific = /^(?:Mr|Mrs|Ms|Dr)\./.test(m[0]);
    const end = m.index + m[0].length;
    if (taken.some(t => overlaps(t, { start: nameStart, end }))) {
      continue;
    }
    const suffixed = /\s(?:Jr|Sr)$/.test(name) && norm[end] === '.';
    const p = person(
      suffixed ? `${name}.` : name,
      m[0].slice(0, m[0].length - name.length).trim(),
      countryBefore(norm, m.index, gaz),
    );
    mentions.push({
      start: isHonorific ? m.index : nameStart,
      end: suffixed ? end + 1 : end,
      ids: [p.id],
      role: 'person',
    });
    people.push(p);
  }
  return [mentions, people];
}

/** Apposition: "His spokesman, Manuel Adorni," and "Jeyhun Bayramov, Azerbaijan's foreign minister,". */
export function appositionPeople(
  norm: string,
  taken: readonly CandidateMention[],
  gaz: Gazetteer,
): [CandidateMention[], NewPerson[]] {
  const mentions: CandidateMention[] = [];
  const people: NewPerson[] = [];
  const add = (name: string, start: number, title: string, countryId: string | null): void => {
    const span = { start, end: start + name.length };
    if (!isPersonName(name) || taken.some(t => overlaps(t, span))) {
      return;
    }
    const p = person(name, title, countryId);
    mentions.push({ ...span, ids: [p.id], role: 'person' });
    people.push(p);
  };
  const roleThenName = new RegExp(ROLE_THEN_NAME, 'dgu'); // a global copy per call
  for (let m = roleThenName.exec(norm); m !== null; m = roleThenName.exec(norm)) {
    const [firstAt] = m.indices?.[1] ?? [m.index];
    const role = m[0].slice(0, m[0].search(/s?(?:\s+of\s|,)/)).trim();
    // two names after a plural ("the foreign ministers of the two countries, A and B"): no one country
    const second = m.indices?.[2];
    add(m[1] as string, firstAt, role, second ? null : countryBefore(norm, m.index, gaz));
    if (m[2] !== undefined && second !== undefined) {
      add(m[2], second[0], role, null);
    }
  }
  const nameThenRole = new RegExp(NAME_THEN_ROLE, 'gu'); // a global copy per call
  for (let m = nameThenRole.exec(norm); m !== null; m = nameThenRole.exec(norm)) {
    const possessor = m[2];
    const countryId = possessor === undefined ? null : (gaz.countryWords.get(possessor) ?? null);
    const role = /(\S+)$/.exec(m[0])?.[1] ?? '';
    add(m[1] as string, m.index, role, countryId);
  }
  return [mentions, people];
}

/** "Kalonzo Musyoka said": a full name with no title as the subject of a reporting verb. */
export function speakingPeople(
  norm: string,
  taken: readonly CandidateMention[],
): [CandidateMention[], NewPerson[]] {
  const mentions: CandidateMention[] = [];
  const people: NewPerson[] = [];
  const nameSaid = new RegExp(NAME_SAID, 'gu'); // a global copy per call
  for (let m = nameSaid.exec(norm); m !== null; m = nameSaid.exec(norm)) {
    const name = m[1] as string;
    const span = { start: m.index, end: m.index + name.length };
    if (!isPersonName(name) || taken.some(t => overlaps(t, span))) {
      continue;
    }
    const p = person(name, '', null);
    mentions.push({ ...span, ids: [p.id], role: 'person' });
    people.push(p);
  }
  return [mentions, people];
}

/** Who holds which role in which country, among the people the article names. */
export interface RoleHolder {
  readonly personId: string;
  readonly countryId: string;
  readonly roleClass: string;
  readonly firstAt: number;
}

/** Role holders from new people (by title) and gazetteer people (by office). */
export function roleHolders(
  taken: readonly CandidateMention[],
  fresh: readonly NewPerson[],
  gaz: Gazetteer,
): RoleHolder[] {
  const out: RoleHolder[] = [];
  for (const t of taken) {
    const id = t.ids[0] as string;
    if (t.role !== 'name' && t.role !== 'person') {
      continue;
    }
    const known = gaz.actors.get(id);
    const p = fresh.find(f => f.id === id);
    const countryId = known?.countryId ?? p?.countryId ?? null;
    const office = known?.office;
    const roleClass =
      office !== null && office !== undefined
        ? office.role === 'HEAD_OF_STATE' || office.role === 'HEAD_OF_GOVERNMENT'
          ? 'leader'
          : /foreign|secretary of state/i.test(office.title)
            ? 'foreign-minister'
            : null
        : p !== undefined
          ? roleClassOf(p.title)
          : null;
    if (countryId !== null && roleClass !== null && known?.kind !== ActorKind.COUNTRY) {
      out.push({ personId: id, countryId, roleClass, firstAt: t.start });
    }
  }
  return out;
}

/**
 * "the Argentine leader said": a country word followed by a role (and no name) is also a mention of
 * the one person of that role and country named before it. The mention spans country word and role
 * and overlaps the country's mention, which stays.
 */
export function roleReferences(
  norm: string,
  taken: readonly CandidateMention[],
  holders: readonly RoleHolder[],
): CandidateMention[] {
  const out: CandidateMention[] = [];
  for (const t of taken) {
    if (t.role !== 'demonym' && t.role !== 'name') {
      continue;
    }
    const country = t.ids[0] as string;
    // "the Argentine leader", not "a Japanese leader" (anyone)
    if (!country.startsWith('country:') || !/\bthe\s+$/i.test(norm.slice(t.start - 4, t.start))) {
      continue;
    }
    const m = ROLE_AFTER_COUNTRY.exec(norm.slice(t.end, t.end + 60));
    const cls = m === null ? undefined : ROLE_CLASS.get((m[1] as string).toLowerCase());
    if (m === null || cls === undefined) {
      continue;
    }
    const ids = [
      ...new Set(
        holders
          .filter(h => h.countryId === country && h.roleClass === cls && h.firstAt < t.start)
          .map(h => h.personId),
      ),
    ];
    if (ids.length === 1) {
      out.push({ start: t.start, end: t.end + m[0].length, ids, role: 'person' });
    }
  }
  return out;
}
