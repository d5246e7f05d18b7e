/**
 * Outlets among the parse's organisations: an outlet word ending the name ("Kyodo News", "Associated
 * Press") or an outlet noun just before it ("the state news agency VNA", "the newspaper El Tiempo"),
 * or an unknown name a wire story is sourced to ("according to X", "told X"). Their ids drop a
 * generic last word ("Kivu News" is `media:kivu`), but an agency's stays whole.
 */
import { slugify } from '../names';
import type { NlpSentence, NlpToken } from '../nlp/corenlp.client';

/** Words that end an outlet's name ("Kyodo News", "Yonhap News Agency", "Associated Press"). */
export const OUTLET_NAME_WORDS: ReadonlySet<string> = new Set(
  ['news', 'press', 'tv', 'television', 'radio', 'broadcasting', 'times', 'post'].concat([
    'herald',
    'daily',
    'gazette',
    'tribune',
    'journal',
    'telegraph',
    'wire',
  ]),
);
/**
 * The generic words an outlet's id leaves out ("Kyodo News" is `media:kyodo`); a paper's own word stays
 * ("Cedar Daily" is `media:cedar-daily`, "Limpopo Tribune" `media:limpopo-tribune`).
 */
const SLUG_DROPPED: ReadonlySet<string> = new Set([
  'news',
  'press',
  'tv',
  'television',
  'broadcasting',
  'wire',
  'service',
]);
/**
 * Lower-case nouns before an outlet's name ("the state news agency VNA", "the newspaper El Tiempo",
 * "the Quito station X"): the one list for both cues, a noun right before the name (org-groups.ts)
 * and one among the four words before it (`outletContext`).
 */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(
  ['agency', 'newspaper', 'daily', 'broadcaster', 'outlet', 'channel', 'television', 'tv'].concat([
    'radio',
    'media',
    'magazine',
    'tabloid',
    'wire',
    'website',
    'weekly',
    'network',
    'station',
  ]),
);
/** Outlet cues around the name: an outlet noun in the 4 tokens before, or a sourcing phrase. */
export function outletContext(sentence: NlpSentence, begin: number): 'noun' | 'sourcing' | null {
  const before = sentence.tokens.slice(Math.max(0, begin - 4), begin);
  // "the late broadcaster X" was a person
  const late = before.some(t => t.word === 'late');
  if (
    !late &&
    before.some(t => OUTLET_NOUNS.has(t.word.toLowerCase()) && !/^\p{Lu}/u.test(t.word))
  ) {
    return 'noun';
  }
  const at = sentence.tokens[begin - 1]?.word.toLowerCase() === 'the' ? begin - 1 : begin;
  const prev = sentence.tokens[at - 1]?.word.toLowerCase();
  const prev2 = sentence.tokens[at - 2]?.word.toLowerCase();
  if ((prev2 === 'according' && prev === 'to') || prev === 'told') {
    return 'sourcing';
  }
  return null;
}

/** The name ends like an outlet's: "Kyodo News", "Yonhap News Agency" (not "Energy Agency"). */
export function endsLikeOutlet(toks: readonly NlpToken[]): boolean {
  const words = toks.map(t => t.word.toLowerCase());
  const last = words.at(-1) ?? '';
  const before = words.at(-2) ?? '';
  return (
    OUTLET_NAME_WORDS.has(last) || (last === 'agency' && (before === 'news' || before === 'press'))
  );
}

/**
 * An outlet's id: its name without a generic last word ("Kivu News" is `media:kivu`); an agency's
 * name stays whole ("Orkhon News Agency" is `media:orkhon-news-agency`: every gold id of an agency no
 * dictionary names, while the agencies known by a short id, `media:yonhap`, are the gazetteer's).
 */
export function outletSlug(toks: readonly NlpToken[]): string {
  const words = toks.map(t => t.word);
  while (words.length > 1 && SLUG_DROPPED.has((words.at(-1) ?? '').toLowerCase())) {
    if ((words.at(-1) ?? '').toLowerCase() === 'press' && words.length === 2) {
      break; // "Associated Press" is the name itself
    }
    words.pop();
  }
  return slugify(words.join(' '));
}
