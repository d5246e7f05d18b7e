/**
 * Acts aimed at a party told in an earlier sentence (branch implicit15), each on the REAL CoreNLP parse
 * of short sentences recorded in tests/fixtures/parses (`implicit15-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('a reaction to an expulsion told before (implicit15)', () => {
  it('aims a condemnation of "the expulsion" at the state that expelled inspectors (166)', () => {
    const b = codeRecorded('implicit15-expulsion-reaction');
    expect(events(b)).toEqual([
      '111 person:kossi-agbo -> country:TGO',
      '1662 country:TGO -> org:un',
    ]);
  });
});

describe('an apology demanded of the one who gave offence (implicit15)', () => {
  it('aims the demand at the one insulter told before, and the refusal back at the demander', () => {
    const b = codeRecorded('implicit15-apology-owed');
    expect(events(b)).toEqual([
      '100 country:PER -> person:rosa-vidal',
      '111 person:rosa-vidal -> country:PER',
      '120 person:rosa-vidal -> country:PER',
    ]);
    // "a liar" put on a minister is the insult (111), no statement of the insulter's
    expect(b.statements).toEqual([]);
  });

  it('aims it at no one when two parties gave offence', () => {
    const b = codeRecorded('implicit15-apology-two-offenders');
    expect(events(b)).toEqual([
      '111 person:rosa-vidal -> country:PER',
      '112 country:BOL -> country:PER',
    ]);
  });
});

describe('an envoy summoned in an agentless passive (implicit15)', () => {
  it('takes the state of the place the ministry is in for the one who summoned', () => {
    const b = codeRecorded('implicit15-summoned-in-capital');
    expect(events(b)).toEqual(['114 country:SEN -> country:GMB']);
  });

  it('takes the one other state named in the sentence before', () => {
    const b = codeRecorded('implicit15-summoned-host-before');
    expect(events(b)).toEqual(['114 country:KEN -> country:TZA', '191 country:KEN -> country:TZA']);
  });

  it('takes no one when two other states were named', () => {
    const b = codeRecorded('implicit15-summoned-host-unclear');
    expect(events(b)).toEqual(['111 country:KEN -> country:TZA', '111 country:UGA -> country:TZA']);
  });
});
