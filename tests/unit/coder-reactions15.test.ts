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
  });

  it('aims it at no one when two parties gave offence', () => {
    const b = codeRecorded('implicit15-apology-two-offenders');
    expect(events(b)).toEqual([
      '111 person:rosa-vidal -> country:PER',
      '112 country:BOL -> country:PER',
    ]);
  });
});
