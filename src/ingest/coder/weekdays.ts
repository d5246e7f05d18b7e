/**
 * A bare weekday ("closed the border on Monday") is resolved by SUTime against the article's date *and*
 * the machine's clock: the same text and date gave the Monday before the article on one day and the Monday
 * after it a week later. So the coder pins every bare weekday itself, before anything reads a date: to that
 * weekday on or before the article's day (news tells what was done; event-dates.ts `alignDate` moves it a
 * week on for an act told as planned or possible). Weekdays with more words ("last Monday", "Monday,
 * June 9") keep SUTime's value.
 */
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/corenlp.client';

/** Weekday names by JavaScript's `getUTCDay` number. */
const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** The ISO date of weekday `dow` on or before `day` (`YYYY-MM-DD`). */
export function weekdayOnOrBefore(day: string, dow: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - dow + 7) % 7));
  return d.toISOString().slice(0, 10);
}

/** The token ranges [start, end) of a sentence's DATE entities: runs of DATE tokens with one value. */
function dateRuns(tokens: readonly NlpToken[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NlpToken;
    const prev = tokens[i - 1];
    const joins =
      prev !== undefined && prev.ner === 'DATE' && prev.normalizedNER === t.normalizedNER;
    if (t.ner !== 'DATE') {
      continue;
    }
    const last = runs[runs.length - 1];
    if (joins && last !== undefined && last[1] === i) {
      last[1] = i + 1;
    } else {
      runs.push([i, i + 1]);
    }
  }
  return runs;
}

/** The weekday number of the DATE entity [start, end) when it is a bare weekday with a day's value, else -1. */
function bareWeekdayOf(tokens: readonly NlpToken[], start: number, end: number): number {
  const words = tokens.slice(start, end).map(t => t.word.toLowerCase());
  const dow = words.length === 1 ? WEEKDAYS.indexOf(words[0] as string) : -1;
  return dow >= 0 && /^\d{4}-\d{2}-\d{2}$/.test(tokens[start]?.normalizedNER ?? '') ? dow : -1;
}

/** Is the token at 0-based position `i` of `tokens` a bare weekday ("on Monday"), pinned or not? */
export function isBareWeekday(tokens: readonly NlpToken[], i: number): boolean {
  const run = dateRuns(tokens).find(([start, end]) => start <= i && i < end);
  return run !== undefined && bareWeekdayOf(tokens, run[0], run[1]) >= 0;
}

function pinSentence(s: NlpSentence, day: string): NlpSentence {
  let tokens: NlpToken[] | null = null;
  for (const [start, end] of dateRuns(s.tokens)) {
    const dow = bareWeekdayOf(s.tokens, start, end);
    if (dow < 0) {
      continue;
    }
    tokens ??= [...s.tokens];
    tokens[start] = {
      ...(s.tokens[start] as NlpToken),
      normalizedNER: weekdayOnOrBefore(day, dow),
    };
  }
  return tokens === null ? s : { ...s, tokens };
}

/** `doc` with each bare weekday's date pinned against the article's `day` (unchanged without a day). */
export function pinWeekdays(doc: NlpDocument, day: string | null): NlpDocument {
  if (day === null) {
    return doc;
  }
  return { ...doc, sentences: doc.sentences.map(s => pinSentence(s, day)) };
}
