import { resolveDate } from '../../src/ingest/events';
import { THURSDAY, brief, eventsOf } from '../helpers/extracted-events';

describe('resolveDate: weekdays and relative phrases', () => {
  it('reads "on Tuesday" as the last Tuesday on or before the publication day', () => {
    expect(resolveDate('Poland on Tuesday ordered them out.', THURSDAY)).toEqual({
      date: '2024-05-14',
      precision: 'DAY',
    });
    expect(resolveDate('It happened on Thursday.', THURSDAY)?.date).toBe('2024-05-16');
  });

  it('reads "in October last year", "next year" and "last month"', () => {
    expect(resolveDate('The measures were eased in October last year.', THURSDAY)).toEqual({
      date: '2023-10-01',
      precision: 'MONTH',
    });
    expect(resolveDate('They will deliver next year.', THURSDAY)).toEqual({
      date: '2025-01-01',
      precision: 'YEAR',
    });
    expect(resolveDate('It was agreed last month.', THURSDAY)?.date).toBe('2024-04-01');
  });

  it('biases a month to the future for a plan, to the past otherwise', () => {
    expect(resolveDate('They met in March.', '2024-07-09')?.date).toBe('2024-03-01');
    expect(
      resolveDate('They could hold an exercise in March.', '2024-07-09', { at: 5, future: true })
        ?.date,
    ).toBe('2025-03-01');
  });

  it('takes the expression nearest the trigger in its clause', () => {
    const s = 'Nauru recognised Beijing in 2002 before switching back to Taipei in 2005.';
    expect(resolveDate(s, '2024-01-16', { at: s.indexOf('recognised') })?.date).toBe('2002-01-01');
    expect(resolveDate(s, '2024-01-16', { at: s.indexOf('switching') })?.date).toBe('2005-01-01');
  });
});

describe('extractEvents: new rules', () => {
  it('reads expulsions of diplomats as 161 with the object inside the phrase, dated by weekday', () => {
    const [e, ...rest] = eventsOf('Poland on Tuesday expelled four Russian diplomats.');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      code: '161',
      sourceId: 'country:POL',
      targetId: 'country:RUS',
      date: '2024-05-14',
      datePrecision: 'DAY',
      dateInferred: false,
      modality: 'ASSERTED',
    });
  });

  it('reads the passive "were expelled by Russia" with Russia as the source', () => {
    expect(eventsOf('Two Polish diplomats were expelled by Russia.').map(brief)).toEqual([
      '161 country:RUS -> country:POL',
    ]);
  });

  it('dates an undated event of the day to the publication day, marked inferred', () => {
    const [e] = eventsOf('The European Union praised Poland.');
    expect(e).toMatchObject({
      code: '051',
      date: '2024-05-16',
      datePrecision: 'DAY',
      dateInferred: true,
    });
  });

  it('leaves a possible event undated and marks it POSSIBLE', () => {
    const [e] = eventsOf('Russia could expel a similar number of Polish diplomats next week.');
    expect(e).toMatchObject({ code: '161', modality: 'POSSIBLE', date: null, dateInferred: false });
  });

  it('keeps an expulsion in 2022 apart from the one of this week (tense-aware merging)', () => {
    const events = eventsOf(
      'Poland on Tuesday expelled four Russian diplomats. In 2022, Poland expelled 45 Russian diplomats.',
    );
    expect(events.map(e => [brief(e), e.modality, e.date])).toEqual([
      ['161 country:POL -> country:RUS', 'ASSERTED', '2024-05-14'],
      ['161 country:POL -> country:RUS', 'HISTORICAL', '2022-01-01'],
    ]);
  });

  it('reads sanctions (163), humanitarian (073) and military aid (072)', () => {
    expect(
      eventsOf(
        'The United States imposed new sanctions on Venezuela. Germany will send food and medical supplies to Sudan. Japan plans to provide five patrol vessels to the Philippines.',
      ).map(e => `${brief(e)} ${e.modality}`),
    ).toEqual([
      '163 country:USA -> country:VEN ASSERTED',
      '073 country:DEU -> country:SDN PLANNED',
      '072 country:JPN -> country:PHL PLANNED',
    ]);
  });

  it('gives one event to each of two coordinated subjects', () => {
    expect(eventsOf('Brazil and Colombia condemned Venezuela.').map(brief)).toEqual([
      '111 country:BRA -> country:VEN',
      '111 country:COL -> country:VEN',
    ]);
  });

  it('reads a signing by two leaders both ways, and folds the countries into it', () => {
    const events = eventsOf(
      'Japan and the Philippines sign defence pact.\nJapanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr. signed an agreement on Monday.',
      '2024-07-09T06:00:00Z',
    );
    expect(events.map(e => [brief(e), e.evidence.length])).toEqual([
      ['057 person:fumio-kishida -> person:ferdinand-marcos-jr', 2],
      ['057 person:ferdinand-marcos-jr -> person:fumio-kishida', 2],
    ]);
  });

  it('sends a leader visiting a country to its leader, and "hosted him" back', () => {
    const events = eventsOf(
      'Philippine President Ferdinand Marcos Jr. spoke first. Japanese Prime Minister Fumio Kishida travelled to Manila. Marcos hosted him at the palace.',
    );
    expect(events.map(brief)).toEqual([
      '042 person:fumio-kishida -> person:ferdinand-marcos-jr',
      '043 person:ferdinand-marcos-jr -> person:fumio-kishida',
    ]);
  });

  it('resolves "the decision" to the source of the lead event and "the pact" to both parties', () => {
    expect(eventsOf('Nauru cut ties with Taiwan. China welcomed the decision.').map(brief)).toEqual(
      ['161 country:NRU -> country:TWN', '051 country:CHN -> country:NRU'],
    );
    expect(
      eventsOf('Japan and the Philippines signed a pact. China criticised the pact.')
        .map(brief)
        .sort(),
    ).toEqual([
      '057 country:JPN -> country:PHL',
      '057 country:PHL -> country:JPN',
      '111 country:CHN -> country:JPN',
      '111 country:CHN -> country:PHL',
    ]);
  });

  it('targets the mention before a reduced relative: "diplomats it accused of spying"', () => {
    expect(
      eventsOf('In 2022, Poland expelled 45 Russian diplomats it accused of spying.').map(brief),
    ).toEqual(['161 country:POL -> country:RUS', '112 country:POL -> country:RUS']);
  });

  it('finds no event in a negated trigger', () => {
    expect(eventsOf('Nauru said it no longer recognised Taiwan.')).toEqual([]);
  });

  it('links "responded by" to the event it answers', () => {
    const events = eventsOf(
      'Nauru cut ties with Taiwan. Taiwan responded by ending relations with Nauru.',
    );
    expect(events[1]?.respondsToId).toBe(events[0]?.id);
  });

  it('lets a coordinated verb share the object: "denounced the deal … and warned of countermeasures"', () => {
    const events = eventsOf(
      'Seoul and Tokyo agreed to share missile data. In Pyongyang, Kim Yo Jong denounced the deal and warned of countermeasures.',
    );
    expect(
      events
        .filter(e => e.sourceId === 'person:kim-yo-jong')
        .map(brief)
        .sort(),
    ).toEqual([
      '111 person:kim-yo-jong -> country:JPN',
      '111 person:kim-yo-jong -> country:KOR',
      '130 person:kim-yo-jong -> country:JPN',
      '130 person:kim-yo-jong -> country:KOR',
    ]);
  });

  it('reads "the visit" as the latest visit and "the accusations" as their author', () => {
    const events = eventsOf(
      'Ukrainian Foreign Minister Dmytro Kuleba travelled to Chisinau. Kuleba said Ukraine would support Moldova and accused the Kremlin of meddling. The EU welcomed the visit. Russia’s Foreign Ministry dismissed the accusations.',
    );
    expect(events.map(brief)).toEqual([
      '042 person:dmytro-kuleba -> country:MDA',
      '032 country:UKR -> country:MDA',
      '112 person:dmytro-kuleba -> country:RUS',
      '051 org:eu -> person:dmytro-kuleba',
      '016 org:rus-foreign-ministry -> person:dmytro-kuleba',
    ]);
  });

  it('finds the subject of a subordinate clause: "days after the region of Transnistria appealed to Moscow"', () => {
    const events = eventsOf(
      'Kuleba travelled to Chisinau, days after the breakaway region of Transnistria appealed to Moscow for protection.',
    );
    expect(events.map(brief)).toContain('020 territory:transnistria -> country:RUS');
  });
});
