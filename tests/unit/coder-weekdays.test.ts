/**
 * A bare weekday's date does not depend on the day the article is coded: SUTime answers "on Monday" with
 * the Monday before or after the article's date depending on the machine's clock, so the coder pins it
 * (weekdays.ts) and moves it a week on only for a planned act (event-dates.ts). Recorded parses of
 * `weekday-past` and `weekday-planned` (article of Wednesday 2025-03-12).
 */
import { codeArticle } from '../../src/ingest/coder/coder';
import { alignDate } from '../../src/ingest/coder/event-dates';
import { DatePrecision } from '../../src/schema/domain.enum';
import { pinWeekdays, weekdayOnOrBefore } from '../../src/ingest/coder/weekdays';
import type { NlpDocument } from '../../src/ingest/nlp/corenlp.client';
import { recorded } from '../helpers/recorded-parse';

/** The recorded parse with every DATE token's value replaced by `value`: SUTime's other answer. */
function withDateValue(doc: NlpDocument, value: string): NlpDocument {
  return {
    sentences: doc.sentences.map(s => ({
      ...s,
      tokens: s.tokens.map(t => (t.ner === 'DATE' ? { ...t, normalizedNER: value } : t)),
    })),
  };
}

/** Code, date and modality of each event of the recorded sentence `name` parsed with `value`. */
function eventDates(name: string, value: string): string[] {
  const r = recorded(name);
  const batch = codeArticle({ text: r.text, publishedAt: r.date }, withDateValue(r.doc, value));
  return batch.events.map(e => `${e.code} ${e.date} ${e.datePrecision} ${e.modality}`);
}

describe('bare weekdays', () => {
  it('finds the weekday on or before a day', () => {
    expect(weekdayOnOrBefore('2025-03-12', 1)).toBe('2025-03-10');
    expect(weekdayOnOrBefore('2025-03-12', 3)).toBe('2025-03-12');
    expect(weekdayOnOrBefore('2025-03-12', 4)).toBe('2025-03-06');
    expect(weekdayOnOrBefore('2025-01-01', 0)).toBe('2024-12-29');
  });

  it('dates an act told as done on the Monday before the article, whichever Monday SUTime gave', () => {
    expect(eventDates('weekday-past', '2025-03-10')).toEqual(['161 2025-03-10 DAY ASSERTED']);
    expect(eventDates('weekday-past', '2025-03-17')).toEqual(['161 2025-03-10 DAY ASSERTED']);
  });

  it('dates a planned act on the Monday after the article, whichever Monday SUTime gave', () => {
    expect(eventDates('weekday-planned', '2025-03-10')).toEqual(['042 2025-03-17 DAY PLANNED']);
    expect(eventDates('weekday-planned', '2025-03-17')).toEqual(['042 2025-03-17 DAY PLANNED']);
  });

  it('leaves a weekday with more words, and an article with no date, to SUTime', () => {
    const r = recorded('weekday-past');
    const last = withDateValue(r.doc, '2025-03-03');
    const sentence = last.sentences[0];
    const monday = sentence?.tokens.find(t => t.word === 'Monday');
    expect(monday).toBeDefined();
    // "on Monday" as one word of a longer DATE entity ("Monday morning"): not a bare weekday
    const longer: NlpDocument = {
      sentences: last.sentences.map(s => ({
        ...s,
        tokens: s.tokens.map(t =>
          t.index === (monday?.index ?? 0) + 1
            ? { ...t, ner: 'DATE', normalizedNER: '2025-03-03' }
            : t,
        ),
      })),
    };
    const pinned = pinWeekdays(longer, '2025-03-12').sentences[0]?.tokens ?? [];
    expect(pinned.find(t => t.word === 'Monday')?.normalizedNER).toBe('2025-03-03');
    expect(pinWeekdays(last, null)).toBe(last);
  });

  it('moves only a bare weekday a week on for a planned act, never a date told otherwise', () => {
    const told = { date: '2025-03-11', precision: DatePrecision.DAY };
    // "said yesterday it would close the border", "agreed on March 11 to hold talks": as told
    expect(alignDate(told, '2025-03-12', true)).toEqual(told);
    expect(alignDate({ ...told, weekday: true }, '2025-03-12', true)).toEqual({
      ...told,
      date: '2025-03-18',
      weekday: true,
    });
  });
});
