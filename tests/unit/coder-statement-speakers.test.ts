/**
 * Statement rules of coder 0.10.0 on recorded CoreNLP parses (tests/fixtures/parses, recorded from
 * sentences.json): offices placed by their capital, diplomatic missions, the subject a participle
 * takes from a misparsed clause, a speaker's second act conjoined into what it reported, "it" bound
 * in its sentence, and a contact relative clause of denial.
 */
import { type KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

/** Speaker, kind and words of each statement, in text order. */
const said = (b: KgBatch): string[] =>
  b.statements.map(s => `${s.speakerId} ${s.direct ? 'direct' : 'reported'}: ${s.span.text}`);

describe('statement speakers and clauses (coder 0.10.0)', () => {
  it('an office placed by a capital speaks for its state; a posted diplomat does not', () => {
    expect(said(codeRecorded('stmt6-seat-officials'))).toEqual([
      // "officials in Tallinn": the Estonian government
      'country:EST reported: would halve freight costs',
      // "a foreign ministry official in Lusaka": Zambia's
      'country:ZMB reported: Zambia, which has carried messages between the two sides for years, offered to mediate between the rebels and Malawi',
      // "A European diplomat in Tallinn" is posted there: no government named, no statement
    ]);
  });

  it('an embassy speaks as its state, and so does its spokesman', () => {
    expect(said(codeRecorded('stmt6-mission-spokesman'))).toEqual([
      'country:BRA reported: Brazil offered to help the two neighbours settle the dispute',
    ]);
  });

  it('a participle takes the subject nearest before the verb it hangs from', () => {
    // the parse hangs "sails" on "said" as a second subject, before "the Finnish foreign ministry"
    expect(said(codeRecorded('stmt6-nearest-subject'))).toEqual([
      'org:fin-foreign-ministry direct: This is an act of piracy. It threatens every ship that sails the Black Sea, whatever flag it flies',
      'org:fin-foreign-ministry direct: act before the next crew is taken',
    ]);
  });

  it("a speech act conjoined into a reported clause is the speaker's second act, not what was said", () => {
    // parsed with "called" conjoined to "had" inside what the ministry said
    expect(said(codeRecorded('stmt6-lowered-conjunct'))).toEqual([
      'org:per-foreign-ministry reported: the court had no authority over an international treaty',
      'org:per-foreign-ministry direct: honour its commitments in full',
    ]);
  });

  it('"it" is the last state or body that was a subject, before one merely named', () => {
    // "over what it said": Kyrgyzstan, the subject, not Kazakhstan, named last
    expect(said(codeRecorded('stmt6-it-subject'))).toEqual([
      'country:KGZ reported: were $40 million in unpaid bills from last winter',
    ]);
  });

  it('"…, an accusation X has always denied" attributes nothing to X', () => {
    // parsed with "denied" as a parenthetical of the sentence and "accusation" hung on it
    expect(said(codeRecorded('stmt6-fronted-object'))).toEqual([]);
  });
});

describe('who is the speaker (coder 0.11.0, speaker8)', () => {
  it('"<clause>, it said, adding that …": the participle\'s "it" is named before the clause', () => {
    // not Peru, the subject of the quoted clause, but the ministry of the sentence before
    expect(said(codeRecorded('stmt8-participle-it'))).toEqual([
      'org:per-foreign-ministry direct: has kept every term of the 1929 accord',
      'org:per-foreign-ministry reported: Chilean cargo still paid lower fees at Callao',
    ]);
  });

  it('"according to the diplomat" takes up the diplomat named before, here as its state', () => {
    expect(said(codeRecorded('stmt8-the-diplomat'))).toEqual([
      'country:GHA reported: Ghana had offered to host talks between the two governments',
      "country:GHA reported: Togo's foreign minister, Robert Dussey, was expected to travel to Accra next week to discuss the offer",
    ]);
  });

  it('"a spokesman for the rapporteur" speaks for the rapporteur, not the last organisation', () => {
    expect(said(codeRecorded('stmt8-rapporteur-spokesman'))).toEqual([
      'person:okafor reported: Ms Okafor plans to ask Asmara again to let her visit the country',
    ]);
  });

  it('"according to the Beninese daily X", misparsed with "Beninese" as the head, is the outlet', () => {
    expect(said(codeRecorded('stmt8-outlet-misparsed'))).toEqual([
      'media:la-nation-du-matin reported: The technicians were flown to Niamey and were still being held on Wednesday',
    ]);
  });

  it('"<clause>, the government said" is the state that was a subject before the clause', () => {
    // not Argentina, the subject inside what was said
    expect(said(codeRecorded('stmt8-government-before'))).toEqual([
      'country:PRY reported: Paraguay will ask the court to rule that Argentina has breached the river treaty',
    ]);
  });
});

describe('speakers an outlet or a body hides (coder 0.13.0, stmt10)', () => {
  /** Speaker, words and carrying outlet of each statement, in text order. */
  const carried = (b: KgBatch): string[] =>
    b.statements.map(s => `${s.speakerId} (${s.reportedById ?? '-'}): ${s.span.text}`);

  it('"according to the Lisbon daily Diario da Ribeira" is the outlet, not the capital\'s state', () => {
    // parsed with the outlet's name a bare nmod of "Lisbon"
    expect(carried(codeRecorded('stmt10-capital-daily'))).toEqual([
      'media:diario-da-ribeira (media:diario-da-ribeira): Mr Hudec had been living in the Algarve under a different surname since 2024',
    ]);
  });

  it('a closing "according to" hung inside an accusation carries the accusation', () => {
    // parsed with the phrase on "earned", in a relative clause under "accused"
    expect(carried(codeRecorded('stmt10-enclosing-act'))).toEqual([
      'org:unity-and-progress-party (media:te-mauri): the president of giving away fishing grounds that had earned the country millions in licence fees',
    ]);
  });

  it('"X proposed that …, according to Y" is X\'s proposal carried by Y', () => {
    expect(carried(codeRecorded('stmt10-proposed'))).toEqual([
      'person:jean-paul-morel (media:atoll-courier): officials of the two countries meet next month to go through the landing records together',
    ]);
  });
});
