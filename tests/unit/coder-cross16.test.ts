/**
 * Targets told in another sentence (branch cross16), each on the REAL CoreNLP parse of a short article
 * recorded in tests/fixtures/parses (`cross16-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`);

describe("an agentless act done at a state's request answers it from the other side (cross16)", () => {
  it("aims the request at the other state of the article's pair, however the maker is named", () => {
    expect(events(codeRecorded('cross16-request-detained'))).toEqual([
      '020 country:MAR -> country:ESP',
    ]);
    expect(events(codeRecorded('cross16-request-impounded'))).toEqual([
      '140 country:GRC -> country:TUR',
      '020 country:TUR -> country:GRC',
    ]);
    expect(events(codeRecorded('cross16-request-extradited'))).toEqual([
      '112 country:PER -> country:BOL',
      '020 country:PER -> country:BOL',
    ]);
  });

  it('aims nothing when the sentence names another state, the ones who answered', () => {
    expect(events(codeRecorded('cross16-request-others-named'))).toEqual([
      '112 country:PER -> country:BOL',
    ]);
  });
});
