/**
 * Outlets among the parse's organisations: an outlet word ending the name ("Kyodo News", "Associated
 * Press") or an outlet noun just before it ("the state news agency VNA", "the newspaper El Tiempo"),
 * or an unknown name a wire story is sourced to ("according to X", "told X"). Their ids are the slugs
 * of their whole names ("Kivu News" is `media:kivu-news`).
 */
import { slugify } from '../names';
import type { NlpSentence, NlpToken } from '../nlp/corenlp.client';

/** Words that end an outlet's name ("Kyodo News", "Yonhap News Agency", "Associated Press"). */
export const OUTLET_NAME_WORDS: ReadonlySet<string> = new Set(
  ['news', 'press', 'tv', 'television', 'radio', 'broadcasting', 'times', 'post'].concat(
    ['herald', 'daily', 'gazette', 'tribune', 'journal', 'telegraph', 'wire'].concat(
      // a newspaper's own name words ("Zambia Daily Mail", "Tashkent Courier", "Lanka Observer")
      ['mail', 'courier', 'observer', 'chronicle', 'mercury', 'mirror', 'dispatch', 'express'],
      ['bulletin', 'messenger', 'inquirer', 'sentinel'],
    ),
  ),
);
/** Words that make a name a newspaper's wherever they stand in it ("Daily Maverick", "Weekly Review"). */
const PERIODICAL_WORDS: ReadonlySet<string> = new Set(['daily', 'weekly']);
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

/** Words after a broadcasting word that end a broadcaster's name ("… Broadcasting Corporation"). */
const BROADCASTER_ENDS: ReadonlySet<string> = new Set([
  'corporation',
  'company',
  'service',
  'network',
]);

/**
 * The name ends like an outlet's: "Kyodo News", "Yonhap News Agency" (not "Energy Agency"), "Zambezi
 * Broadcasting Corporation", "Coral Television Network"; a ministry's or department's is not ("Ministry
 * of Information and Broadcasting").
 */
export function endsLikeOutlet(toks: readonly NlpToken[]): boolean {
  const words = toks.map(t => t.word.toLowerCase());
  const last = words.at(-1) ?? '';
  const before = words.at(-2) ?? '';
  if (words.some(w => w === 'ministry' || w === 'department')) {
    return false;
  }
  return (
    OUTLET_NAME_WORDS.has(last) ||
    words.slice(0, -1).some(w => PERIODICAL_WORDS.has(w)) ||
    (last === 'agency' && (before === 'news' || before === 'press')) ||
    (BROADCASTER_ENDS.has(last) && ['broadcasting', 'television', 'radio'].includes(before))
  );
}

/**
 * An outlet's id: the slug of its whole name ("Kivu News" is `media:kivu-news`, "Orkhon News Agency"
 * `media:orkhon-news-agency`), as every gold id of an outlet no dictionary names (eval/README.md:
 * `media:fenua-news`); with the dictionaries on, their own short ids stay (`media:kyodo` for "Kyodo
 * News"; with curated names off it is `media:kyodo-news`).
 */
export function outletSlug(toks: readonly NlpToken[]): string {
  return slugify(toks.map(t => t.word).join(' '));
}
