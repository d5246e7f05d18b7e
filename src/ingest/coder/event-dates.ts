/**
 * The date of an act: the DATE entity of its sentence, attached to its verb or else the nearest, that
 * SUTime normalised to a calendar day, month or year (relative dates are already resolved against the
 * article's date: "on Tuesday"), else none; `alignDate` corrects SUTime's guess of the direction. The caller falls back to the article's date for news of the day.
 */
import { DatePrecision } from '../../schema/domain.enum';
import type { SentenceView } from './sentence-view';
import { isBareWeekday } from './weekdays';

export interface CodedDate {
  readonly date: string;
  readonly precision: DatePrecision;
  /** Told by a bare weekday ("on Monday"), pinned on or before the article's day (weekdays.ts). */
  readonly weekday?: true;
}

/** SUTime's value of "in 1963, the year …": this year intersected with the date, i.e. the date. */
const THIS_YEAR_INTERSECT = /^THIS P1Y INTERSECT (\S+)$/;

/**
 * `2024-06-18` → DAY, `2024-06` → MONTH (first day), `2024` → YEAR (1 January), also as SUTime's
 * `THIS P1Y INTERSECT 1963` ("in 1963, the year Kenya became independent"); else null.
 */
export function calendarDate(value: string | undefined): CodedDate | null {
  const plain = THIS_YEAR_INTERSECT.exec(value ?? '')?.[1] ?? value;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(plain ?? '');
  if (m === null) {
    return null;
  }
  const [, y, mo, d] = m;
  if (d !== undefined) {
    return { date: `${y}-${mo}-${d}`, precision: DatePrecision.DAY };
  }
  if (mo !== undefined) {
    return { date: `${y}-${mo}-01`, precision: DatePrecision.MONTH };
  }
  return { date: `${y}-01-01`, precision: DatePrecision.YEAR };
}

/** Prepositions whose date is not the act's: "the first visit since 2023", "valid until 2030". */
const NOT_WHEN: ReadonlySet<string> = new Set(['since', 'until', 'till']);

/** Is token `i` (a date word) introduced by "since" / "until", on itself or its phrase head? */
function bounded(view: SentenceView, i: number): boolean {
  const heads = [i, ...view.headArcs(i).map(a => a.head)].filter(h => h > 0);
  return heads.some(h => view.dependents(h, 'case').some(c => NOT_WHEN.has(view.lemma(c))));
}

/** Is the date word `i` (or the head of its phrase) a dependent of the verb `v`? */
function attached(view: SentenceView, v: number, i: number): boolean {
  const heads = [i, ...view.headArcs(i).map(a => a.head)];
  return heads.some(h => view.headArcs(h).some(a => a.head === v) || h === v);
}

/**
 * The date of the act at `v`: a calendar date attached to the verb ("signed on Monday") first, else the
 * nearest in its sentence; never one introduced by "since" or "until". Null when none.
 */
export function dateNear(view: SentenceView, v: number): CodedDate | null {
  let best: CodedDate | null = null;
  let score = Infinity;
  for (const t of view.sentence.tokens) {
    if (t.ner !== 'DATE' || bounded(view, t.index)) {
      continue;
    }
    const d = calendarDate(t.normalizedNER);
    const s = Math.abs(t.index - v) - (attached(view, v, t.index) ? 1000 : 0);
    if (d !== null && s < score) {
      best = isBareWeekday(view.sentence.tokens, t.index - 1) ? { ...d, weekday: true } : d;
      score = s;
    }
  }
  return best;
}

/**
 * SUTime resolves a bare month by the tense it guesses ("could hold an exercise in March" is this year's
 * past March), and weekdays.ts pins a bare weekday on or before the article's day. An act told as done is
 * not after the article's day (a week earlier then); a plan or possibility told by a bare weekday is not
 * before it (a week later then), nor one told by a bare month (a year later). Other dates stay as told
 * ("agreed on March 6 to hold talks").
 */
export function alignDate(date: CodedDate, day: string, future: boolean): CodedDate {
  if (future && date.weekday === true && date.date < day) {
    const on = new Date(`${date.date}T00:00:00Z`);
    on.setUTCDate(on.getUTCDate() + 7);
    const iso = on.toISOString().slice(0, 10);
    return iso > day ? { ...date, date: iso } : date;
  }
  if (!future && date.precision === DatePrecision.DAY && date.date > day) {
    const back = new Date(`${date.date}T00:00:00Z`);
    back.setUTCDate(back.getUTCDate() - 7);
    const iso = back.toISOString().slice(0, 10);
    return iso <= day ? { ...date, date: iso } : date;
  }
  if (future && date.precision === DatePrecision.MONTH && date.date.slice(0, 7) < day.slice(0, 7)) {
    const year = String(Number(date.date.slice(0, 4)) + 1);
    return { ...date, date: `${year}${date.date.slice(4)}` };
  }
  return date;
}
