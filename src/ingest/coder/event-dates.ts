/**
 * The date of an act: the nearest DATE entity of its sentence that SUTime normalised to a calendar day,
 * month or year (relative dates are already resolved against the article's date: "on Tuesday"), else
 * none. The caller falls back to the article's date for news of the day.
 */
import { DatePrecision } from '../../schema/domain.enum';
import type { SentenceView } from './sentence-view';

export interface CodedDate {
  readonly date: string;
  readonly precision: DatePrecision;
}

/** `2024-06-18` → DAY, `2024-06` → MONTH (first day), `2024` → YEAR (1 January); else null. */
export function calendarDate(value: string | undefined): CodedDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
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

/** The calendar date nearest the verb at `v` in its sentence, or null. */
export function dateNear(view: SentenceView, v: number): CodedDate | null {
  let best: CodedDate | null = null;
  let distance = Infinity;
  for (const t of view.sentence.tokens) {
    if (t.ner !== 'DATE') {
      continue;
    }
    const d = calendarDate(t.normalizedNER);
    if (d !== null && Math.abs(t.index - v) < distance) {
      best = d;
      distance = Math.abs(t.index - v);
    }
  }
  return best;
}
