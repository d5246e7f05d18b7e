/**
 * Guards added in the review of round 16 (coder 0.19.0), each on the REAL CoreNLP parse of a short
 * invented sentence recorded in tests/fixtures/parses (`review16-*`); each fails without its guard.
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('threats and warnings read only their own clause (review16)', () => {
  it('threatens no one an earlier act of the warner in a relative clause was aimed at', () => {
    // enhanced++ hangs "Finland" on "expel" (nsubj:xsubj), which once stretched the clause over
    // "which expelled two Estonian diplomats"
    expect(events(codeRecorded('review16-threat-after-relative'))).toEqual([
      '130 country:FIN -> country:LVA',
      '161 country:FIN -> country:EST',
      '161 country:FIN -> country:LVA',
    ]);
  });

  it('aims no warning at the one a fronted participle names', () => {
    // "Criticising Liberia's fishing fleet, Ghana warned that …": a participle is no content clause
    expect(events(codeRecorded('review16-warned-participle'))).toEqual([
      '111 country:GHA -> country:LBR',
    ]);
  });
});
