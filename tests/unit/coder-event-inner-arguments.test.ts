/**
 * Arguments the parse leaves one step away from the verb (contact-clauses.ts, object-phrase.ts), each
 * construction on sentences coded from their REAL CoreNLP parse recorded in tests/fixtures/parses
 * (`npm run coder:parses` re-records them from sentences.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { codeArticle } from '../../src/ingest/coder/coder';
import { contactObjects } from '../../src/ingest/coder/contact-clauses';
import { codeRecorded, recorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('contact clauses (a relative clause with no pronoun and an object gap)', () => {
  it('reads the noun before the clause’s subject as its object: "diplomats it accused of spying"', () => {
    // the parser hangs "accused" on the clause before (parataxis) with no object
    expect(triples(codeRecorded('evt-contact-clause'))).toEqual([
      '112 country:CAN -> country:NIC',
      '112 country:CHL -> country:BOL',
      '161 country:CHL -> country:BOL',
      '163 country:CAN -> country:NIC',
    ]);
  });

  it('adds no object anywhere else in the recorded parses', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'parses');
    const found = fs
      .readdirSync(dir)
      .filter(f => f.endsWith('.json') && f !== 'sentences.json')
      .flatMap(f =>
        recorded(f.replace(/\.json$/, '')).doc.sentences.flatMap(s =>
          contactObjects(s).map(d => `${f}: ${d.governorGloss} ${d.dependentGloss}`),
        ),
      );
    expect(found.sort()).toEqual([
      'evt-contact-clause.json: accused diplomats',
      'evt-contact-clause.json: accused officials',
      'evt-summative.json: condemned practice',
      // "a charge Conakry denies": a contact clause too (a statement test's sentence)
      'stmt-noun-not-said.json: denies charge',
      // "posts he had written online": a contact clause, no attribution (a statement test's sentence)
      'stmt-unset-attribution.json: written posts',
      // "…, an accusation the Ugandan government has always denied" (a statement test's sentence)
      'stmt6-fronted-object.json: denied accusation',
    ]);
  });
});

describe('the one acted on inside the object phrase', () => {
  it('takes the object’s `of` complement or possessor when the object names no one', () => {
    const b = codeRecorded('evt-object-phrase');
    expect(triples(b)).toEqual([
      '111 org:chl-foreign-ministry -> country:PER',
      '111 person:javier-milei -> person:pedro-sanchez',
      '112 org:ken-armed-forces -> group:ogaden-national-liberation-front',
    ]);
    // an amount's `of` ("€20 million of Rwanda's debt") is not searched
    expect(b.events.some(e => e.targetId === 'country:RWA')).toBe(false);
  });
});

describe('the holder of a thing a force act is done to', () => {
  it('aims "halts Peruvian copper", "seized a Venezuelan-owned tanker" at the state the thing is named for', () => {
    // a reaction to a thing ("welcomed Argentine wheat") is not a force act: no target there
    expect(triples(codeRecorded('evt7-thing-holder'))).toEqual([
      '163 country:ECU -> country:PER',
      '171 country:COL -> country:VEN',
    ]);
  });
});

describe('a summative apposition', () => {
  it('aims a reaction to ", a practice X condemned" at the subject of the clause it sums up', () => {
    expect(triples(codeRecorded('evt-summative'))).toEqual(['111 country:ISL -> country:NOR']);
  });
});

describe('a possessive relative', () => {
  it('gives "Peru, whose troops clashed with …" to the noun the clause hangs on', () => {
    expect(triples(codeRecorded('evt-whose'))).toEqual(['190 country:PER -> country:ECU']);
  });
});

describe('subjects a clause shares', () => {
  it('lets an active conjunct of a passive verb act with their subject ("it was … and urged X")', () => {
    // enhanced++ copies the passive subject to "urged" as nsubj:pass; the conjunct keeps its own voice
    expect(triples(codeRecorded('evt-active-conjunct'))).toEqual([
      '020 country:CHL -> country:PER',
    ]);
  });

  it('gives an infinitival relative on a predicate noun to the copula’s subject', () => {
    // "Peru was among the first states to recognise …": the states that recognised are Peru
    expect(triples(codeRecorded('evt-infinitive-relative'))).toEqual([
      '054 country:PER -> country:NAM',
    ]);
  });
});

describe('coordinated acts of one subject (coordinated-acts.ts)', () => {
  it('aims an act whose phrase names no one at the party of its coordinate act', () => {
    const got = triples(codeRecorded('evt-coordinate-acts'));
    // "summoned Mali's ambassador … and demanded an inquiry": the demand is aimed at Mali
    expect(got).toContain('1014 country:MRT -> country:MLI');
    // "Peru summoned Chile's ambassador, and Bolivia demanded an inquiry": another subject, no target
    expect(got.filter(e => e.includes('country:BOL'))).toEqual([]);
    // "welcomed the agreement and praised Kazakhstan": the reaction keeps the agreement's parties
    expect(got.filter(e => e.startsWith('051 country:TUR'))).toEqual([
      '051 country:TUR -> country:ARM',
      '051 country:TUR -> country:AZE',
      '051 country:TUR -> country:KAZ',
    ]);
  });
});

describe('a second conjunct tagged as a participle (coordinated-acts.ts)', () => {
  it('reads "seized two Uruguayan trawlers and detained 14 sailors" as two acts on Uruguay', () => {
    // the tagger makes "detained" a VBN with no auxiliary: the past tense of the subject's second act
    expect(triples(codeRecorded('evt13-participle-conjunct'))).toContain(
      '173 country:ARG -> country:URY',
    );
  });
});

describe('a verbal act the parser joins to the said clause (event-sources.ts)', () => {
  it('is the sayer’s when the said clause’s subject names no one', () => {
    // "Kuwait's Foreign Ministry said the court had no authority … and called on the Iraqi government
    // to …"; "Blinken said that the officials had undermined … and called on Caracas to publish …"
    expect(triples(codeRecorded('evt-said-conjunct'))).toEqual([
      '020 org:kwt-foreign-ministry -> country:IRQ',
      '020 person:antony-blinken -> country:VEN',
    ]);
  });
});

describe('an object shared by coordinated verbs', () => {
  it('gives "boarded and detained a Peruvian vessel" its object to the second verb too', () => {
    // the parser hangs "vessel" on "boarded" only; "detained" (173) is the coded act
    expect(triples(codeRecorded('evt9-shared-object'))).toEqual([
      '173 org:ecu-navy -> country:PER',
    ]);
  });
});

describe('coordinated demonyms on the one acted on', () => {
  it('aims "meet Peruvian and Bolivian officials" at both states, "Peruvian and local" at one', () => {
    expect(triples(codeRecorded('evt9-coordinated-demonyms'))).toEqual([
      '040 person:marta-rojas -> country:BOL',
      '040 person:marta-rojas -> country:PER',
      '174 country:ECU -> country:PER',
    ]);
  });
});

describe('the holder of captives whose release is asked for', () => {
  it('aims "pressing for the release of engineers held in Togo" at the state they are held in', () => {
    // "welcomed the release of two engineers" names no holder and stays without a target
    expect(triples(codeRecorded('evt10-held-captives'))).toEqual([
      '1053 country:BEN -> country:NGA',
      '1053 country:GHA -> country:TGO',
    ]);
  });
});

describe('members of an alliance named by it', () => {
  it('aims "raise the dispute with its NATO allies" at the alliance, not "American allies" at a state', () => {
    expect(triples(codeRecorded('evt10-alliance-members'))).toEqual([
      '040 country:BRA -> org:mercosur',
      '040 country:NOR -> org:nato',
    ]);
  });
});

describe('the one asked in a demand’s own clause', () => {
  it('aims a demand told with a that-clause at the clause’s subject, not at the doer’s own side', () => {
    // "insisted that its own navy would keep patrolling": the doer's own side is no target
    expect(triples(codeRecorded('evt-asked-clause'))).toEqual(['100 country:CHL -> country:BOL']);
  });
});

describe('a state’s nationals named by a plural demonym', () => {
  it('aims a force act on "40 Nigerians" at Nigeria, and no other act on nationals', () => {
    const b = codeRecorded('evt-nationals');
    expect(triples(b).filter(t => t.endsWith('-> country:NGA'))).toEqual([
      '173 country:GHA -> country:NGA',
    ]);
    // "asked Chile to add Peruvians to the commission": no force, no act on Peru
    expect(b.events.some(e => e.targetId === 'country:PER')).toBe(false);
  });

  it('aims no act that is not force at a state through its nationals', () => {
    // "praised 40 Peruvians" (051, no force): the Peruvians are no stand-in for Peru; without the
    // force gate this gives 051 country:ECU -> country:PER
    const b = codeRecorded('evt-nationals-unforced');
    expect(b.actors.map(a => a.id)).toContain('country:PER');
    expect(b.events.filter(e => e.targetId === 'country:PER')).toEqual([]);
  });
});

describe('officials named by their seat, after their own modifiers (seated-officials.ts)', () => {
  it('reads "Zambian officials in Lilongwe" as Zambia: the demonym before the seat', () => {
    // asked before the demonym, the seat made them Malawi's (and the act Malawi on itself, dropped);
    // "Chile praised the 40 Peruvians …" (no force) and "Peru insisted that the Peruvian navy would keep
    // patrolling the bay" (its own side) give no act
    expect(triples(codeRecorded('evt-review-guards'))).toEqual(['112 country:ZMB -> country:MWI']);
  });
});

describe('a rejection in a clause on a summative apposition', () => {
  it('aims "…, a demand that the Thai government has turned down" at the one who made it', () => {
    // the parser hangs the clause on "demand" with "that" as its mark and no object
    expect(triples(codeRecorded('evt-summed-clause'))).toEqual([
      '100 country:LAO -> country:THA',
      '120 country:THA -> country:LAO',
    ]);
  });
});
