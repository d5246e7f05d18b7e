/**
 * What the parse-based actor rules share about the span of a name: the tokens of an entity without
 * its possessive, leading honorific or article; the mention span (an honorific and a following
 * possessive "'s" belong to the mention, never to the name); the capitalisation guard; and the one
 * mutable actor record the rules build.
 */
import type { Span } from '../../kg/kg-batch';
import type { ActorKind } from '../../schema/domain.enum';
import type { NlpEntityMention, NlpSentence, NlpToken } from '../nlp/corenlp.client';
import rolesData from '../gazetteer/roles.json';

export interface MutableActor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  iso3: string | null;
  wikidataId: string | null;
  description: string | null;
  mentions: Span[];
}

export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr']);

/**
 * Words of a title before a name ("Mr", "Admiral", "Vice", "Foreign Minister"): the capitalised words of
 * the gazetteer's titles, the honorifics, and the ranks it lacks, without a full stop, lower-cased.
 */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...rolesData.titles
    .flatMap(t => t.split(/\s+/))
    .filter(w => /^\p{Lu}/u.test(w))
    .map(w => w.replace(/\.$/, '').toLowerCase()),
  ...HONORIFICS,
  ...['miss', 'sir', 'dame', 'prof', 'professor', 'lieutenant', 'colonel', 'captain', 'brigadier'],
  ...['marshal', 'judge', 'justice', 'ambassador', 'rear', 'vice', 'deputy'],
]);

/** Ranks that address a person by surname, as "Mr" does ("Admiral Senanayake", "General Haddadin"). */
const RANKS: ReadonlySet<string> = new Set([
  'Admiral',
  'General',
  'Colonel',
  'Captain',
  'Lieutenant',
  'Commander',
  'Marshal',
  'Brigadier',
]);

/** True for a word of a title ("Mr", "Ms.", "Admiral", "Minister"). */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Small words that may sit inside a proper name uncapitalised ("Press Trust of India", "Commission on
 * Human Rights", "Tribunal for the Law of the Sea", "La Nation du Matin").
 */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'for',
  'on',
  'the',
  'du',
  'des',
  'de',
  'del',
  'da',
  'dos',
  'la',
  'le',
  'van',
  'von',
  'der',
  'bin',
  'ibn',
]);
const ACRONYM_WITH_STOP = /^\p{Lu}{2,}\.$/u;
/** An Arabic article or kin word opening a capitalised name part: "al-Burhan", "bin-Salman". */
const NAME_PREFIX = /^(?:al|el|ad|as|ar|an|at|bin|ibn|abu)-(?=\p{Lu})/u;

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

export function overlapsAny(s: { start: number; end: number }, spans: readonly Span[]): boolean {
  return spans.some(m => s.start < m.end && m.start < s.end);
}

/** The entity's tokens without possessive markers, a leading article or a leading honorific. */
export function entityTokens(sentence: NlpSentence, m: NlpEntityMention): NlpToken[] {
  const toks = sentence.tokens.slice(m.tokenBegin, m.tokenEnd).filter(t => t.pos !== 'POS');
  while (toks.length > 0) {
    const w = toks[0]?.word ?? '';
    if (!isHonorific(w) && w.toLowerCase() !== 'the') {
      break;
    }
    toks.shift();
  }
  // "according to GNA. Another official": an acronym with the sentence's full stop ends the name
  const stop = toks.findIndex(t => ACRONYM_WITH_STOP.test(t.word));
  return stop === -1 ? toks : toks.slice(0, stop + 1);
}

/**
 * True when the tokens can be a proper name: no pronoun, and each word of its text (hyphenated words
 * whole: "Ching-te") capitalised, a joiner ("of") allowed between the first and the last.
 */
export function isProperName(text: string, toks: readonly NlpToken[]): boolean {
  if (toks.length === 0 || toks.some(t => t.pos.startsWith('PRP'))) {
    return false;
  }
  const { start, end } = spanOf(toks);
  const words = text.slice(start, end).split(/\s+/);
  const capital = (w: string | undefined): boolean =>
    /^\p{Lu}/u.test((w ?? '').replace(NAME_PREFIX, ''));
  return (
    capital(words[0]) &&
    capital(words[words.length - 1]) &&
    words.every(w => capital(w) || NAME_JOINERS.has(w))
  );
}

/** The characters the tokens cover. */
export function spanOf(toks: readonly NlpToken[]): { start: number; end: number } {
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (first === undefined || last === undefined) {
    throw new Error('spanOf needs at least one token');
  }
  const stop = ACRONYM_WITH_STOP.test(last.word) ? 1 : 0;
  return { start: first.characterOffsetBegin, end: last.characterOffsetEnd - stop };
}

/** A mention of a name: an honorific right before it and a possessive right after it included. */
export function mentionOf(
  text: string,
  span: { start: number; end: number },
  { honorific = false }: { honorific?: boolean } = {},
): Span {
  let { start, end } = span;
  if (honorific) {
    const h = /(?:^|\s)((?:Mr|Mrs|Ms|Dr)\.?\s+)$/.exec(text.slice(Math.max(0, start - 6), start));
    // a rank addresses a person by surname as an honorific does ("Admiral Senanayake"), not before a
    // full name ("Vice Admiral Ruwan Senanayake" is the name after the rank)
    const rank = /\s/.test(text.slice(start, end))
      ? null
      : /(?:^|\s)(\p{Lu}\p{Ll}+\s+)$/u.exec(text.slice(Math.max(0, start - 14), start));
    if (h?.[1] !== undefined) {
      start -= h[1].length;
    } else if (rank?.[1] !== undefined && RANKS.has(rank[1].trim())) {
      start -= rank[1].length;
    }
  }
  if (/^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end))) {
    end += 2;
  }
  return { start, end, text: text.slice(start, end) };
}

/** A new actor with no aliases, codes or mentions yet. */
export function newActor(id: string, kind: ActorKind, name: string): MutableActor {
  return {
    id,
    kind,
    name,
    aliases: [],
    iso3: null,
    wikidataId: null,
    description: null,
    mentions: [],
  };
}

/** Words that make a place of the name before them ("the Taiwan Strait", "the South China Sea"). */
export const FEATURES: ReadonlySet<string> = new Set(
  [
    'Strait',
    'Straits',
    'Sea',
    'Gulf',
    'Bay',
    'Ocean',
    'River',
    'Lake',
    'Peninsula',
    'Canal',
  ].concat(['Basin', 'Desert', 'Mountains', 'Coast', 'Channel', 'Islands']),
);

/**
 * The actor `ok` accepts whose mention ends before `offset` and starts last; of two mentions from one
 * word, the whole phrase ("Mali's army" over its possessor "Mali"). Pronouns and descriptions of bodies
 * look back with it.
 */
export function lastMentionedBefore<A extends { readonly mentions: readonly Span[] }>(
  actors: readonly A[],
  offset: number,
  ok: (a: A) => boolean,
): A | null {
  let best: A | null = null;
  let at = -1;
  let end = -1;
  for (const a of actors) {
    if (!ok(a)) {
      continue;
    }
    for (const m of a.mentions) {
      if (m.end <= offset && (m.start > at || (m.start === at && m.end > end))) {
        at = m.start;
        end = m.end;
        best = a;
      }
    }
  }
  return best;
}

/** Entity tags of a name the tail may not take: another actor or a place ("… of Kenya"). */
const OTHER_NAMES: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'COUNTRY']);

/**
 * An organisation's name the parse cut before its "for"/"of" phrase, or before a possessive and the body's
 * own head noun (`isHead`: "Kivu Fishermen" of "Kivu Fishermen's Cooperative") ("International Tribunal"
 * of "International Tribunal for the Law of the Sea"): the capitalised words after "for"/"of" (an inner
 * "of"/"the"/"and" allowed) join the name, where they are no other entity nor a place.
 */
export function withNameTail(
  sentence: NlpSentence,
  toks: readonly NlpToken[],
  isHead: (word: string) => boolean = () => false,
): NlpToken[] {
  const last = toks[toks.length - 1];
  const joiner = last === undefined ? undefined : sentence.tokens[last.index];
  if (joiner?.pos === 'POS') {
    // "Kivu Fishermen" cut before "'s Cooperative": the tail must end in the body's own head noun
    const tail: NlpToken[] = [];
    for (let i = joiner.index; /^\p{Lu}/u.test(sentence.tokens[i]?.word ?? ''); i++) {
      const t = sentence.tokens[i] as NlpToken;
      if (OTHER_NAMES.has(t.ner)) {
        break;
      }
      tail.push(t);
    }
    const head = tail[tail.length - 1]?.word ?? '';
    return isHead(head) ? [...toks, joiner, ...tail] : [...toks];
  }
  if (joiner === undefined || !/^(?:for|of)$/.test(joiner.word)) {
    return [...toks];
  }
  const tail: NlpToken[] = [];
  let end = 0;
  for (let i = joiner.index; i < sentence.tokens.length; i++) {
    const t = sentence.tokens[i] as NlpToken;
    if (OTHER_NAMES.has(t.ner)) {
      break;
    }
    if (/^\p{Lu}/u.test(t.word)) {
      tail.push(t);
      end = tail.length;
    } else if (/^(?:the|of|and)$/.test(t.word)) {
      tail.push(t);
    } else {
      break;
    }
  }
  return end === 0 ? [...toks] : [...toks, joiner, ...tail.slice(0, end)];
}
