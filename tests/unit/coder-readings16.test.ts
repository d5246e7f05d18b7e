/**
 * Verb readings over an object noun (branch codes16): envoys recalled and charges lowered, each on the
 * REAL CoreNLP parse of short sentences recorded in tests/fixtures/parses (`codes16-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('an envoy recalled reduces relations (codes16)', () => {
  it('reads a permanent representative, a high commissioner or an envoy recalled as 161', () => {
    expect(events(codeRecorded('codes16-recall-representative'))).toEqual([
      '161 country:GHA -> org:african-union',
    ]);
    expect(events(codeRecorded('codes16-recall-commissioner'))).toEqual([
      '161 country:KEN -> country:UGA',
    ]);
    expect(events(codeRecorded('codes16-recall-envoy'))).toEqual([
      '161 country:PER -> country:BOL',
    ]);
  });

  it('reads no other representative recalled', () => {
    expect(events(codeRecorded('codes16-recall-board'))).toEqual([]);
  });
});

describe("a charge on another's goods lowered expands trade (codes16)", () => {
  it('codes 061 on the state whose goods the charge is laid on, wherever "on" hangs', () => {
    expect(events(codeRecorded('codes16-lowered-duties'))).toEqual([
      '061 country:THA -> country:ECU',
    ]);
    expect(events(codeRecorded('codes16-scrap-tariff'))).toEqual([
      '061 country:JPN -> country:CHL',
    ]);
  });

  it('codes each side of a pair of cuts', () => {
    expect(events(codeRecorded('codes16-cut-levies'))).toEqual([
      '061 country:AUS -> country:IDN',
      '061 country:IDN -> country:AUS',
    ]);
  });

  it('codes nothing when the goods name no other state', () => {
    expect(events(codeRecorded('codes16-cut-own-duty'))).toEqual([]);
  });
});
