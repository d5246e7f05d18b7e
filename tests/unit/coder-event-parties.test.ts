/**
 * The coder's rules for who acts and who is acted on when wire copy tells an act in a participle, a
 * relative clause, through an envoy or a craft (envoys.ts, participles.ts, event-sources.ts,
 * agent-nouns.ts, conventions.ts, mediation-offers.ts), and for a phrasal verb's own code (verb-match.ts), each on a short
 * sentence coded from its REAL CoreNLP parse recorded in tests/fixtures/parses/evt-*.json (`npm run
 * coder:parses` re-records them from sentences.json).
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { Modality } from '../../src/schema/domain.enum';
import { codeRecorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('who is acted on', () => {
  it('acts on the state an envoy represents, even when the envoy is named; an envoy who acts stays the person', () => {
    expect(triples(codeRecorded('evt-envoy-target'))).toEqual([
      '111 person:tesfay-gebreab -> country:DJI',
      '114 country:GHA -> country:NGA',
      '114 country:KEN -> country:UGA',
    ]);
  });

  it('reads a craft by the demonym of its state, as doer and as target', () => {
    expect(triples(codeRecorded('evt-craft'))).toEqual([
      '170 country:CHL -> country:PER',
      '1711 country:VNM -> country:KHM',
    ]);
  });
});

describe('the body a spokesman speaks for', () => {
  it('reads "a Chilean foreign ministry spokesman" as the ministry, not as its state', () => {
    expect(triples(codeRecorded('evt-body-spokesman'))).toEqual([
      '020 org:chl-foreign-ministry -> country:BOL',
      '112 org:ken-armed-forces -> country:UGA',
    ]);
  });
});

describe('acts told in a participle or a relative clause', () => {
  it('gives "talks hosted by X" and "an exchange mediated by X" to X, on the parties of the clause', () => {
    const events = triples(codeRecorded('evt-participle-agent'));
    // hosting talks is 043 (CAMEO.2.0 reads "host talks between" 039); mediating is 045 (it reads 080)
    expect(events).toEqual(
      expect.arrayContaining([
        '043 country:ECU -> country:CHL',
        '043 country:ECU -> country:PER',
        '045 country:QAT -> country:CHN',
        '045 country:QAT -> country:SWE',
      ]),
    );
    // the agent is the doer, never a party acted on
    expect(
      events.filter(e => e.includes('-> country:ECU') || e.includes('-> country:QAT')),
    ).toEqual([]);
  });

  it('makes the noun a relative clause hangs on its doer, and "both sides" two others than the doer', () => {
    const b = codeRecorded('evt-relative-doer');
    expect(triples(b)).toEqual([
      '020 country:ARG -> country:BOL',
      '020 country:ARG -> country:PRY',
      '045 country:ARG -> country:BOL',
      '045 country:ARG -> country:PRY',
      '112 country:BOL -> country:PRY',
      '112 country:PRY -> country:BOL',
    ]);
    expect(b.events.find(e => e.code === '045')?.modality).toBe(Modality.HISTORICAL);
  });
});

describe('readings of a verb in a block of synonyms', () => {
  it('keeps a verb’s own code over a pattern another verb of its block brought: calling off a visit is no visit', () => {
    // CAMEO.2.0's CANCEL block has "+CALL_OFF [160]" and CONCLUDE's "- * VISIT [042:043]"; "ended a
    // visit" has no code of its own and still reads as the visit concluded
    expect(triples(codeRecorded('evt-called-off'))).toEqual([
      '042 country:BGD -> country:MMR',
      '160 country:NPL -> country:BTN',
    ]);
  });
});

describe('trade stopped by a state', () => {
  it('reads halting, suspending or restricting exports, sales or export permits to a state as an embargo', () => {
    const b = codeRecorded('evt-trade-halt');
    // "welcomed the decision" is aimed at the one who decided (reactions.ts), now that the act is coded
    expect(triples(b)).toEqual([
      '051 org:amnesty-international -> country:NOR',
      '163 country:NOR -> country:MMR',
      '163 country:SWE -> country:NGA',
    ]);
    expect(b.events.find(e => e.sourceId === 'country:SWE')?.modality).toBe(Modality.HISTORICAL);
  });
});

describe('reactions told in the passive', () => {
  it('aims "the accord was welcomed by X" at the parties of the accord', () => {
    expect(triples(codeRecorded('evt-passive-reaction'))).toEqual([
      '051 org:oas -> country:CHL',
      '051 org:oas -> country:PER',
      '057 country:CHL -> country:PER',
      '057 country:PER -> country:CHL',
    ]);
  });
});

describe('offers to mediate', () => {
  it('reads an offer to host talks between the parties or to help them settle as 039 aimed at both', () => {
    const events = triples(codeRecorded('evt-mediation-offer'));
    // "Tanzania, whose president …, offered": the parser hangs "offered" under the relative clause
    expect(events).toEqual(
      expect.arrayContaining([
        '039 country:ETH -> country:KEN',
        '039 country:ETH -> country:UGA',
        '039 country:TZA -> country:KEN',
        '039 country:TZA -> country:UGA',
      ]),
    );
    expect(events.filter(e => e.startsWith('043'))).toEqual([]);
  });
});

describe('a plural subject named by its appositions', () => {
  it('takes every person of "The foreign ministers of X and Y, A and B, signed", not the first only', () => {
    const events = triples(codeRecorded('evt9-plural-appositions'));
    expect(events).toEqual(
      expect.arrayContaining([
        '057 person:ana-torres -> person:luis-vega',
        '057 person:luis-vega -> person:ana-torres',
      ]),
    );
  });
});

describe('parties of joint acts and of acts the parser hangs apart (neither9)', () => {
  it('makes a subject whose apposition names two people both of them: "The foreign ministers …, A and B, signed"', () => {
    expect(triples(codeRecorded('evt-appos-signers'))).toEqual([
      '057 person:javier-montoya -> person:lucia-andrade',
      '057 person:lucia-andrade -> person:javier-montoya',
    ]);
  });

  it('gives "said [clause] and called on X" to the sayer when "called" is joined to a noun of the said clause', () => {
    expect(triples(codeRecorded('evt-said-called-on'))).toEqual([
      '020 org:chl-foreign-ministry -> country:PER',
    ]);
  });

  it('reads clashes between two parties as a fight of each side on the other (the verb stays one way)', () => {
    expect(triples(codeRecorded('evt-clashes'))).toEqual([
      '190 country:BOL -> country:CHL',
      '190 country:CHL -> country:BOL',
      '190 country:PER -> country:ECU',
    ]);
  });

  it('reads an agreement between two parties as their signing, 057 each way', () => {
    expect(triples(codeRecorded('evt-agreement-between'))).toEqual([
      '057 country:CHL -> country:PER',
      '057 country:PER -> country:CHL',
    ]);
  });
});

describe('nominal requests and accusations told as what was said (neither10)', () => {
  it('makes "a request from X" / "an offer from X" X\'s act on the one who answers it, as its state', () => {
    const events = triples(codeRecorded('evt-request-nouns'));
    expect(events).toEqual(
      expect.arrayContaining([
        '020 country:PER -> country:CHL',
        '039 country:QAT -> country:ECU',
        '020 country:KEN -> country:THA',
      ]),
    );
  });

  it('reads "X said Y had done [a hostile act]" as X accusing Y (112), not a threat told with a modal', () => {
    const events = triples(codeRecorded('evt-said-accusation'));
    expect(events).toEqual(
      expect.arrayContaining([
        '112 person:carlos-mendez -> country:BOL',
        '112 person:john-mwangi -> country:UGA',
        '190 country:UGA -> country:KEN',
      ]),
    );
    // "said Lima could impose duties": a threat, not an accusation
    expect(events.filter(e => e.startsWith('112 person:ana-torres'))).toEqual([]);
  });
});

describe('arguments that went to another actor (elsewhere10)', () => {
  it('makes joint doers of a reciprocal act with no party in their sentence act on each other, not on one told before', () => {
    // "The two ministers also discussed …": not the state of the visit told in the lead
    expect(triples(codeRecorded('evt-joint-ministers'))).toEqual([
      '040 person:elena-quispe -> person:marco-vargas',
      '040 person:marco-vargas -> person:elena-quispe',
    ]);
  });

  it('aims a visit to a state at the person who receives the visitor: "X, who arrived in Lima, was received by Y"', () => {
    expect(triples(codeRecorded('evt-visit-host'))).toEqual([
      '042 person:elena-quispe -> person:marco-vargas',
      '043 person:marco-vargas -> person:elena-quispe',
      '057 person:elena-quispe -> person:marco-vargas',
      '057 person:marco-vargas -> person:elena-quispe',
    ]);
  });

  it('reads "him" after "the minister\'s decision" as the person named with that title, not the last person named', () => {
    expect(triples(codeRecorded('evt-titled-him'))).toContain(
      '020 org:national-steel-industry-council -> person:marco-vargas',
    );
  });
});
