/**
 * A warning or threat of a hostile act the warner's own side would do (branch codes16), each on the REAL
 * CoreNLP parse of short sentences recorded in tests/fixtures/parses (`codes16-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('a state taken before a court (codes16)', () => {
  it('reads "take X before the court" as a lawsuit (115), as "to the court" is', () => {
    expect(events(codeRecorded('codes16-warned-court'))).toEqual([
      '115 country:GHA -> country:TGO',
      '130 country:GHA -> country:TGO',
    ]);
    expect(events(codeRecorded('codes16-warned-if'))).toEqual([
      '115 country:HRV -> country:SVN',
      '130 country:HRV -> country:SVN',
    ]);
  });
});

describe('a warning or threat of an own hostile act is a threat (codes16)', () => {
  it('codes 130 on the target of the act a that-clause under "warn" tells, besides the act', () => {
    expect(events(codeRecorded('codes16-warned-court'))).toEqual([
      '115 country:GHA -> country:TGO',
      '130 country:GHA -> country:TGO',
    ]);
  });

  it('codes 130 on the target of the act an infinitive under "threaten" tells', () => {
    expect(events(codeRecorded('codes16-threatened-expel'))).toEqual([
      '130 country:FIN -> country:RUS',
      '161 country:FIN -> country:RUS',
    ]);
  });

  it("gives a person's warning of his state's act to the person", () => {
    expect(events(codeRecorded('codes16-minister-warned'))).toEqual([
      '130 person:zoltan-kovacs -> country:SRB',
      '161 country:HUN -> country:SRB',
    ]);
  });

  it('codes a conditional warning by a state, not only by a named person', () => {
    expect(events(codeRecorded('codes16-warned-if'))).toEqual([
      '115 country:HRV -> country:SVN',
      '130 country:HRV -> country:SVN',
    ]);
  });

  it("makes no threat of a warning of another's act, nor of a plain saying", () => {
    expect(events(codeRecorded('codes16-warned-other'))).toEqual([
      '190 group:al-shabaab -> country:SOM',
    ]);
    expect(events(codeRecorded('codes16-said-court'))).toEqual(['115 country:CHL -> country:PER']);
  });
});
