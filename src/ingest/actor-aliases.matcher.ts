/**
 * Gazetteer aliases found in an article's text: whole-word, case-sensitive occurrences of every alias
 * (a lowercase alias also capitalised), and the longest-first selection of non-overlapping mentions
 * every finder of actors.ts shares.
 */
import { ActorKind } from '../schema/domain.enum';
import type { CandidateMention } from './names';
import { overlaps } from './names';
import type { Gazetteer, GazetteerAlias } from './gazetteer/gazetteer';

type Mention = CandidateMention;

/** A courtesy title just before a name: "Mr. ", "Dr. ". */
export const HONORIFIC = /(?:Mr|Mrs|Ms|Dr)\.\s+$/;

/** Same length as the text: typographic apostrophes and quotes become ASCII, offsets stay valid. */
export function normalise(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
export function occurrences(norm: string, pattern: string): number[] {
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
export function select(candidates: readonly Mention[], taken: Mention[]): void {
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
  for (const word of norm.matchAll(/[\p{L}\p{N}]+/gu)) {
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

export function gazetteerCandidates(norm: string, gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const shared = new Set<number>();
  for (const { form, at } of aliasOccurrences(norm, gaz)) {
    const alias = form.alias;
    if (alias.withStateOnly === true) {
      shared.add(at);
    }
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
  // a shared capital ("Sofia") only where the article names its state by name or demonym too
  const named = new Set(
    out.filter(m => m.role === 'name' || m.role === 'demonym').map(m => m.ids[0]),
  );
  return out.filter(m => !shared.has(m.start) || named.has(m.ids[0]));
}
