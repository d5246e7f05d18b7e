/**
 * Later, shorter mentions of actors the article already named: a bare or titled surname ("Mr. Kim")
 * for the person named in full, bare "Korea" for the Korea named before, an outlet's bare name after
 * its description; and the possessive "'s" kept in a mention.
 */
import type { NewOutlet } from './outlets';
import type { NewPerson } from './people';
import { type CandidateMention, NAME_TOKEN, NOT_NAME_TOKENS } from './names';
import { countryId } from './gazetteer/gazetteer';
import { HONORIFIC, occurrences } from './actor-aliases.matcher';

type Mention = CandidateMention;

/** "Kim Yo Jong": a surname followed by another name token. */
const NEXT_NAME_TOKEN = new RegExp(`^\\s+${NAME_TOKEN}`, 'u');

/** Surnames ("Kim", "Mr. Kim") of people the article names in full. */
export interface NamedPerson {
  readonly id: string;
  readonly surnames: readonly string[];
  readonly firstAt: number;
  readonly gender: 'M' | 'F' | null;
}

export function surnameCandidates(norm: string, people: readonly NamedPerson[]): Mention[] {
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
export function koreaCandidates(norm: string, taken: readonly Mention[]): Mention[] {
  const koreas = new Set([countryId('PRK'), countryId('KOR')]);
  return occurrences(norm, 'Korea').flatMap(at => {
    const earlier = taken
      .filter(t => t.end <= at && t.ids.some(id => koreas.has(id)))
      .sort((a, b) => a.start - b.start)[0];
    const id = earlier?.ids.find(i => koreas.has(i));
    return id === undefined ? [] : [{ start: at, end: at + 5, ids: [id], role: 'name' as const }];
  });
}

export function withPossessive(norm: string, m: Mention): Mention {
  return /^'s(?![\p{L}\p{N}])/u.test(norm.slice(m.end)) ? { ...m, end: m.end + 2 } : m;
}

/** The first person of each id: a titled mention before an apposition of the same name. */
export function firstOfEach(people: readonly NewPerson[]): NewPerson[] {
  const byId = new Map<string, NewPerson>();
  for (const p of people) {
    if (!byId.has(p.id)) {
      byId.set(p.id, p);
    }
  }
  return [...byId.values()];
}

/** Later bare mentions of outlets found by their description: "EFE said" after "news agency EFE". */
export function laterNames(norm: string, outlets: readonly NewOutlet[]): Mention[] {
  return outlets.flatMap(o =>
    occurrences(norm, o.name).map(at => ({
      start: at,
      end: at + o.name.length,
      ids: [o.id],
      role: 'outlet' as const,
    })),
  );
}
