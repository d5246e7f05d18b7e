/** Publication dates' canonical form and precision, and the tolerant readers of stored values. */
import {
  isCalendarDay,
  onUnreadableStoredValue,
  parseCalendarDay,
  parseDateTime,
  readDateTime,
  readDateTimePrecision,
  readDay,
  readEnum,
} from '../../src/kg/dates';
import { type KgBatch, storedValueProblems } from '../../src/kg/kg-batch';
import { DatePrecision, Modality } from '../../src/schema/domain.enum';
import { loadSeedArticle } from '../../src/kg/seed-annotation';

describe('parseDateTime', () => {
  it.each([
    ['2024-12-27', '2024-12-27T00:00:00.000Z', DatePrecision.DAY],
    ['2024-06-19T08:30', '2024-06-19T08:30:00.000Z', DatePrecision.MINUTE],
    ['2024-06-19T08:30Z', '2024-06-19T08:30:00.000Z', DatePrecision.MINUTE],
    ['2024-06-19T08:30:00Z', '2024-06-19T08:30:00.000Z', DatePrecision.SECOND],
    ['2024-06-19t08:30:00z', '2024-06-19T08:30:00.000Z', DatePrecision.SECOND],
    ['2024-06-19T10:30:00+02:00', '2024-06-19T08:30:00.000Z', DatePrecision.SECOND],
    ['2024-06-19T01:30:00-0800', '2024-06-19T09:30:00.000Z', DatePrecision.SECOND],
    ['2024-06-19T23:30:00-05:00', '2024-06-20T04:30:00.000Z', DatePrecision.SECOND],
    ['2024-06-19 08:30:05.123456789Z', '2024-06-19T08:30:05.123Z', DatePrecision.SECOND],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', DatePrecision.DAY],
    ['2024-06-19T08:30:00.000Z', '2024-06-19T08:30:00.000Z', DatePrecision.SECOND],
  ])('reads %s as %s (%s)', (raw, value, precision) => {
    expect(parseDateTime(raw)).toEqual({ value, precision });
  });

  it.each([
    'yesterday',
    '2024-13-01',
    '2024-02-30',
    '2023-02-29',
    '2024-06',
    '2024',
    '2024-06-19T24:00',
    '2024-06-19T08:60',
    '2024-06-19T08:30:61Z',
    '2024-06-19T08:30+25:00',
    '19/06/2024',
    '0000-01-01',
    '2024-06-19T08:30:00Z trailing',
  ])('rejects %s', raw => {
    expect(parseDateTime(raw)).toBeNull();
  });
});

describe('calendar days', () => {
  it('knows leap years and month lengths', () => {
    expect(isCalendarDay(2024, 2, 29)).toBe(true);
    expect(isCalendarDay(1900, 2, 29)).toBe(false);
    expect(isCalendarDay(2024, 4, 31)).toBe(false);
    expect(parseCalendarDay('2024-06-19')).toBe('2024-06-19');
    expect(parseCalendarDay('2024-06-19T00:00:00Z')).toBeNull();
  });
});

describe('tolerant readers', () => {
  const warnings: string[] = [];
  beforeAll(() => {
    onUnreadableStoredValue(m => warnings.push(m));
  });

  it('serves canonical values as they are and normalises legacy ones', () => {
    expect(readDateTime('f', '2024-06-19T08:30:00.000Z')).toBe('2024-06-19T08:30:00.000Z');
    expect(readDateTime('f', '2024-12-27')).toBe('2024-12-27T00:00:00.000Z');
    expect(readDateTimePrecision(null, '2024-12-27')).toBe(DatePrecision.DAY);
    expect(readDateTimePrecision('MINUTE', '2024-06-19T08:30:00.000Z')).toBe(DatePrecision.MINUTE);
    expect(readDateTimePrecision(null, '2024-06-19T08:30:00.000Z')).toBeNull();
    expect(readDay('f', '2024-06-19T08:30:00Z')).toBe('2024-06-19');
    expect(warnings).toEqual([]);
  });

  it('reads an unreadable value as null and reports it once', () => {
    expect(readDateTime('Article.publishedAt of a1', 'last Tuesday')).toBeNull();
    expect(readDateTime('Article.publishedAt of a1', 'last Tuesday')).toBeNull();
    expect(readDay('Event.date of e1', '2024-02-30')).toBeNull();
    expect(readDay('Event.date of e2', 42)).toBeNull();
    expect(readEnum('Event.modality of e1', Object.values(Modality), 'RUMOURED')).toBeNull();
    expect(readEnum('Event.modality of e1', Object.values(Modality), 'PLANNED')).toBe('PLANNED');
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toContain('"last Tuesday"');
  });
});

describe('storedValueProblems', () => {
  const { batch } = loadSeedArticle();

  it('finds none in the seed', () => {
    expect(storedValueProblems(batch)).toEqual([]);
  });

  it('names every value a read could not serve', () => {
    const [event] = batch.events;
    const [statement] = batch.statements;
    const bad: KgBatch = {
      ...batch,
      article: { ...batch.article, publishedAt: '2024-12-27', publishedAtPrecision: null },
      events: event ? [{ ...event, date: '2024-02-30', modality: 'RUMOURED' as Modality }] : [],
      statements: statement
        ? [{ ...statement, date: '2024-06-19', datePrecision: DatePrecision.MINUTE, stance: 2 }]
        : [],
      offices: [
        { personId: 'p', countryId: 'c', title: 'T', role: 'R', since: '2024', until: null },
      ],
    };
    const problems = storedValueProblems(bad).join('\n');
    for (const what of [
      'publishedAt "2024-12-27" is not canonical',
      'publishedAtPrecision must be',
      'date "2024-02-30" is not a calendar day',
      '"RUMOURED" is not one of',
      'date precision "MINUTE"',
      'stance 2',
      'since "2024"',
    ]) {
      expect(problems).toContain(what);
    }
  });
});
