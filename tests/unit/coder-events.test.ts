/**
 * The event rules of the coder (event-coder.ts, arguments.ts, conventions.ts, intent.ts, noun-events.ts,
 * verb-supplement.ts), each on a short sentence coded from its REAL CoreNLP parse recorded in
 * tests/fixtures/parses/evt-*.json (`npm run coder:parses` re-records them from sentences.json).
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { alignDate } from '../../src/ingest/coder/event-dates';
import { DatePrecision, Modality } from '../../src/schema/domain.enum';
import { codeRecorded } from '../helpers/recorded-parse';

const code = codeRecorded;

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('event rules of the coder', () => {
  it('codes a plan by its act (PLANNED) and a commitment as intent in the act’s category', () => {
    const b = code('evt-intent');
    expect(triples(b)).toEqual([
      '034 country:PRT -> country:VNM',
      '034 country:VNM -> country:PRT',
      '072 country:JPN -> country:PHL',
    ]);
    expect(b.events.find(e => e.code === '072')?.modality).toBe(Modality.PLANNED);
    expect(b.events.find(e => e.code === '034')?.modality).toBe(Modality.ASSERTED);
  });

  it('codes what is due or set to happen as PLANNED ("is due to meet", "is set to sign")', () => {
    const b = code('evt-scheduled');
    expect(b.events.map(e => `${e.code} ${e.sourceId} ${e.modality}`).sort()).toEqual([
      `042 person:ana-benitez ${Modality.PLANNED}`,
      `057 country:CHL ${Modality.PLANNED}`,
      `057 country:PER ${Modality.PLANNED}`,
    ]);
  });

  it('gives a conjunct with its own subject its own modality, not the first verb’s schedule', () => {
    // the parse chains "said" (and "offered") as conjuncts of "is due to visit"
    const b = code('evt-mediation-offer');
    expect(b.statements.map(s => `${s.speakerId} ${s.reportingVerb}`)).toContain(
      'country:TZA said',
    );
  });

  it('takes the code of an event noun under a light verb: a credit line or a loan is aid (071)', () => {
    expect(triples(code('evt-light-noun'))).toEqual([
      '071 country:SAU -> country:PAK',
      '071 org:imf -> country:EGY',
    ]);
  });

  it('aims a reaction to "the decision" at the other side of the act told before', () => {
    expect(triples(code('evt-reaction'))).toEqual([
      '111 country:BLR -> country:POL',
      '161 country:POL -> country:BLR',
    ]);
  });

  it('makes a leader arriving in a capital visit that state’s leader named in the article', () => {
    expect(triples(code('evt-leader-visit'))).toEqual([
      '042 person:william-ruto -> person:narendra-modi',
      '043 person:narendra-modi -> person:william-ruto',
    ]);
  });

  it('does not make joint subjects act on each other when the act is not reciprocal', () => {
    expect(code('evt-joint-offer').events).toEqual([]);
  });

  it('reads "the two countries" as the last two states named, and joint exercises as 062 both ways', () => {
    const b = code('evt-two-countries');
    expect(triples(b)).toEqual([
      '057 country:JPN -> country:PHL',
      '057 country:PHL -> country:JPN',
      '062 country:JPN -> country:PHL',
      '062 country:PHL -> country:JPN',
    ]);
    expect(b.events.find(e => e.code === '062')).toMatchObject({
      modality: Modality.POSSIBLE,
      date: '2025-01-01',
    });
  });

  it('codes the supplement’s readings: cut ties 161, summon an envoy 114, urge 020', () => {
    expect(triples(code('evt-supplement'))).toEqual([
      '020 country:CHL -> country:PER',
      '114 country:ESP -> country:ARG',
      '161 country:NRU -> country:TWN',
    ]);
  });

  it('takes a subject named by its apposition', () => {
    expect(triples(code('evt-appos-subject'))).toEqual(['112 person:manuel-adorni -> country:ESP']);
  });

  it('does not take a demonym of a thing ("Indian investment") as the target', () => {
    expect(code('evt-modifier').events).toEqual([]);
  });

  it('codes thanks for a credit line as the credit line too, from the thanked to the thanker', () => {
    expect(triples(code('evt-thanks'))).toEqual([
      '051 country:KEN -> country:IND',
      '071 country:IND -> country:KEN',
    ]);
  });

  it('keeps the same code between the same pair apart when modality and date differ', () => {
    const b = code('evt-same-act');
    expect(b.events.map(e => [e.code, e.modality, e.date])).toEqual([
      ['163', Modality.ASSERTED, '2024-08-05'],
      ['163', Modality.POSSIBLE, '2025-01-01'],
    ]);
  });

  it('codes naming someone with a quoted label as an insult (111), not a phone call', () => {
    expect(triples(code('evt-insult'))).toEqual(['111 person:tomas-rojas -> person:ana-quispe']);
  });

  it('resolves "him" past the subject, and a meeting during a visit is part of the visit', () => {
    expect(triples(code('evt-host-him'))).toEqual([
      '042 person:fumio-kishida -> person:ferdinand-marcos-jr',
      '043 person:ferdinand-marcos-jr -> person:fumio-kishida',
    ]);
  });

  it('dates an act from the date attached to its verb, never "since 2023", and not after the article', () => {
    const b = code('evt-dates');
    expect(b.events.map(e => [e.code, e.date, e.modality])).toEqual([
      ['057', '2024-07-08', Modality.ASSERTED],
      ['057', '2024-07-08', Modality.ASSERTED],
    ]);
  });

  it('aligns SUTime dates with the tense of the act', () => {
    const day = { date: '2024-07-15', precision: DatePrecision.DAY };
    expect(alignDate(day, '2024-07-09', false)).toEqual({ ...day, date: '2024-07-08' });
    expect(alignDate(day, '2024-07-09', true)).toEqual(day);
    const march = { date: '2024-03-01', precision: DatePrecision.MONTH };
    expect(alignDate(march, '2024-07-09', true)).toEqual({ ...march, date: '2025-03-01' });
    expect(alignDate(march, '2024-07-09', false)).toEqual(march);
  });

  it('codes an offer to mediate between two capitals as 039 on each, and nothing that "must" be', () => {
    expect(triples(code('evt-mediate-must'))).toEqual([
      '039 country:CHL -> country:COL',
      '039 country:CHL -> country:PER',
    ]);
  });

  it('aims a reaction to "the agreement" at the last agreement, not at the last act', () => {
    const b = code('evt-reaction-noun');
    expect(triples(b).filter(t => t.includes('org:asean'))).toEqual([
      '051 org:asean -> country:LAO',
      '051 org:asean -> country:VNM',
    ]);
  });

  it('resolves "them" to the people named before and "it" to the subject of its clause; an appeal is not an act', () => {
    expect(triples(code('evt-pronouns'))).toEqual([
      '020 country:USA -> country:NRU',
      '112 country:POL -> country:BLR',
      '161 country:POL -> country:BLR',
    ]);
  });

  it('reads "retaliated by expelling diplomats" as the expulsion by the subject; closing a consulate is 161', () => {
    expect(triples(code('evt-by-clause'))).toEqual([
      '161 country:BLR -> country:LVA',
      '161 country:LTU -> country:BLR',
    ]);
  });

  it('gives a past act hung under what was said to the sayer', () => {
    expect(triples(code('evt-said-and'))).toEqual([
      '051 person:ferdinand-marcos-jr -> country:JPN',
    ]);
  });

  it('codes reopening a crossing 0872 both ways and expelling members of an observer mission 1662', () => {
    expect(triples(code('evt-crossing'))).toEqual([
      '0872 country:ZMB -> country:ZWE',
      '0872 country:ZWE -> country:ZMB',
      '1662 country:CMR -> org:eu',
    ]);
  });

  it('takes the people counted in "a similar number of Belarusian diplomats"', () => {
    expect(triples(code('evt-counted'))).toEqual(['161 country:FIN -> country:BLR']);
  });

  it('gives "a deal to supply" the signer as source (PLANNED); lodging a protest is 114, welcoming 051', () => {
    const b = code('evt-deal-to');
    expect(
      b.events.map(e => `${e.code.slice(0, 2)} ${e.sourceId} -> ${e.targetId}`).sort(),
    ).toEqual([
      '05 country:UZB -> country:CHL',
      '06 country:BRA -> country:AGO',
      '11 country:CHL -> country:PER',
    ]);
    expect(b.events.find(e => e.sourceId === 'country:BRA')?.modality).toBe(Modality.PLANNED);
    expect(b.events.find(e => e.sourceId === 'country:CHL')?.code).toBe('114');
    expect(b.events.find(e => e.sourceId === 'country:UZB')?.code).toBe('051');
  });
});
