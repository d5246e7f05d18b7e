/**
 * Gazetteer aliases found in an article's text: whole-word, case-sensitive occurrences of every alias
 * (a lowercase alias also capitalised), and the longest-first selection of non-overlapping mentions
 * every finder of actors.ts shares.
 */
import { ActorKind } from '../schema/domain.enum';
import type { CandidateMention } from './names';
import { overlaps } from './names';
import type { Gazetteer, GazetteerAlias } from './gazetteer/gazetteer';
import { type AliasMention, decideSharedNames } from './shared-state-names';

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

/** Particles inside a proper name ("Folha do Planalto", "Prensa del Istmo"). */
const NAME_PARTICLE = /^ (?:de|do|da|dos|das|del|di|du|des|la|le|el)(?= \p{Lu})/u;
const PREVIOUS_WORD = /(?:^|[\s(])(\p{Lu}[\p{L}'-]*) $/u;
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  ['The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'Of', 'And', 'But', 'As'].concat(
    ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'],
    ['October', 'November', 'December'],
  ),
);

/**
 * An organisation's or outlet's alias inside a longer proper name ("Andina" in "Página Andina",
 * "Folha" in "Folha do Planalto": a capitalised word before it, or a particle and a capitalised word
 * after it): the whole name is another actor, so the alias does not match. A
 * country word before it ("Peruvian Andina") or a sentence's first word is no part of a name.
 */
function insideLongerName(norm: string, start: number, end: number, gaz: Gazetteer): boolean {
  // (a capitalised word after it is often a title: "UN General Assembly President")
  if (NAME_PARTICLE.test(norm.slice(end, end + 40))) {
    return true;
  }
  const before = norm.slice(Math.max(0, start - 40), start);
  const prev = PREVIOUS_WORD.exec(before);
  const word = prev?.[1];
  if (
    prev === null ||
    word === undefined ||
    NOT_NAME_WORDS.has(word) ||
    gaz.countryWords.has(word)
  ) {
    return false;
  }
  // the word opens a sentence: "Andina said" after a full stop is the alias alone
  const ahead = before.slice(0, before.length - word.length - 1).trimEnd();
  return ahead !== '' && !/[.!?:"\n]$/u.test(ahead);
}

/** Words that open a longer place name built on a capital's ("New Amsterdam", "East London"). */
const PLACE_PREFIX =
  /(?:^|[^\p{L}])(?:New|Old|East|West|North|South|Upper|Lower|Port|Fort|Little) $/u;

/** A capital's alias inside a longer place's name ("New Amsterdam", "Santiago de Cuba"): not the state. */
function insidePlaceName(norm: string, start: number, end: number): boolean {
  return (
    PLACE_PREFIX.test(norm.slice(Math.max(0, start - 8), start)) ||
    NAME_PARTICLE.test(norm.slice(end, end + 40))
  );
}

export function gazetteerCandidates(norm: string, gaz: Gazetteer): Mention[] {
  const out: AliasMention[] = [];
  for (const { form, at } of aliasOccurrences(norm, gaz)) {
    const alias = form.alias;
    let start = at;
    let end = at + form.text.length;
    if (alias.notFollowedBy?.test(norm.slice(end)) === true) {
      continue;
    }
    if (alias.role === 'capital' && insidePlaceName(norm, start, end)) {
      continue;
    }
    const kind = gaz.actors.get(alias.id)?.kind;
    if (
      (kind === ActorKind.ORGANIZATION || kind === ActorKind.MEDIA_OUTLET) &&
      insideLongerName(norm, start, end, gaz)
    ) {
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
    out.push({
      mention: { start, end, ids: [alias.id], role: alias.role },
      shared: alias.withStateOnly === true,
      secondary: alias.secondary === true,
    });
  }
  // a shared capital ("Sofia") or name ("Congo") only where the article names its state otherwise
  return decideSharedNames(out, norm, gaz);
}
