/**
 * Missing targets found on the parse (branch targets16), each on the REAL CoreNLP parse of a short
 * invented sentence recorded in tests/fixtures/parses (`targets16-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`);

describe('a bare infinitive the tagger reads as a past form (targets16)', () => {
  it('aims help at the subject of "put down", "cut" or "set up" tagged VBD', () => {
    expect(events(codeRecorded('targets16-helped-army-put'))).toEqual([
      '070 country:RWA -> org:moz-armed-forces',
    ]);
    expect(events(codeRecorded('targets16-helped-cut'))).toEqual([
      '070 country:CAN -> country:HTI',
    ]);
    expect(events(codeRecorded('targets16-helped-state-set'))).toEqual([
      '070 country:DNK -> country:JOR',
    ]);
  });

  it('reads no bare infinitive after a verb that takes none', () => {
    expect(events(codeRecorded('targets16-said-put'))).toEqual([]);
  });
});

describe('the one at the other end of the line an act went by (targets16)', () => {
  it('aims an act done "by phone", "by telephone" or "over the phone" with someone at them', () => {
    expect(events(codeRecorded('targets16-phone-discussed'))).toEqual([
      '040 country:CHL -> country:PER',
      '040 country:PER -> country:CHL',
    ]);
    expect(events(codeRecorded('targets16-telephone-requested'))).toEqual([
      '020 country:TCD -> org:ner-foreign-ministry',
    ]);
    expect(events(codeRecorded('targets16-over-phone-raised'))).toEqual([
      '040 country:SEN -> person:adama-barrow',
    ]);
    // the parser hangs "with India's home ministry" on "telephone", not on the verb
    expect(events(codeRecorded('targets16-phone-x1'))).toEqual([
      '040 person:hari-sharma -> org:ind-home-ministry',
      '040 org:ind-home-ministry -> person:hari-sharma',
    ]);
  });

  it("aims no act at the doer's own side on the line", () => {
    expect(events(codeRecorded('targets16-phone-own'))).toEqual([]);
  });
});

describe('"its" on the thing a sanction is laid on (targets16)', () => {
  it('aims duties, an embargo or sanctions "on its goods" at the holder named before', () => {
    expect(events(codeRecorded('targets16-embargo-its'))).toEqual([
      '163 country:TGO -> country:GHA',
    ]);
    expect(events(codeRecorded('targets16-duties-its'))).toEqual([
      '163 country:CHN -> country:VNM',
    ]);
    expect(events(codeRecorded('targets16-sanctions-its'))).toEqual([
      '163 country:SDN -> country:EGY',
    ]);
  });

  it('aims nothing at another when the thing is "its own"', () => {
    expect(events(codeRecorded('targets16-tax-own'))).toEqual([]);
  });
});

describe('brokering a release is aimed at the holder too (targets16)', () => {
  it("aims a mediated release at the captives' state and where or by whom they are held", () => {
    expect(events(codeRecorded('targets16-mediated-held-in'))).toEqual([
      '045 country:QAT -> country:NPL',
      '045 country:QAT -> country:YEM',
    ]);
    expect(events(codeRecorded('targets16-brokered-held-by'))).toEqual([
      '045 country:DZA -> country:MLI',
      '045 country:DZA -> country:NER',
    ]);
  });

  it("aims no mediation at the broker's own side holding them", () => {
    expect(events(codeRecorded('targets16-mediated-own'))).toEqual([
      '045 country:QAT -> country:NPL',
    ]);
  });
});

describe('a warning is aimed at whom the act it warns of is aimed at (targets16)', () => {
  it('reads the target of the act in its content clause', () => {
    expect(events(codeRecorded('targets16-warned-that'))).toEqual([
      '130 country:GHA -> country:LBR',
    ]);
    expect(events(codeRecorded('targets16-threatened-that'))).toEqual([
      '130 country:KEN -> country:SOM',
    ]);
  });

  it("aims no warning at the warner's own side or at the forum of a complaint", () => {
    expect(events(codeRecorded('targets16-warned-own'))).toEqual([]);
    expect(events(codeRecorded('targets16-warned-forum'))).toEqual([]);
  });
});
