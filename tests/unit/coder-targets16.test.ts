/**
 * Targets told in another sentence (branch cross16), each on the REAL CoreNLP parse of a short article
 * recorded in tests/fixtures/parses (`cross16-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`);

describe('a state told by its capital acts on the other side of the article (cross16)', () => {
  it("aims a provision, a payment, a request and a withdrawal at the dyad's other state", () => {
    expect(events(codeRecorded('cross16-capital-provide'))).toContain(
      '060 country:LTU -> country:LVA',
    );
    expect(events(codeRecorded('cross16-capital-pay'))).toEqual(['071 country:UGA -> country:KEN']);
    expect(events(codeRecorded('cross16-capital-asked'))).toContain(
      '020 country:TGO -> country:GHA',
    );
    expect(events(codeRecorded('cross16-capital-recall'))).toContain(
      '080 country:KHM -> country:THA',
    );
  });

  it("aims nothing when the doer is the state's name, not its capital", () => {
    expect(events(codeRecorded('cross16-capital-pay-state'))).toEqual([]);
  });

  it('aims nothing when the other side is named in the sentence without being the target', () => {
    expect(events(codeRecorded('cross16-capital-pay-other-named'))).toEqual([]);
  });

  it('aims nothing when the capital is the subject of an infinitive below ("offered to pay")', () => {
    expect(events(codeRecorded('cross16-capital-pay-infinitive'))).toEqual([]);
  });
});

describe("an agentless act done at a state's request answers it from the other side (cross16)", () => {
  it("aims the request at the other state of the article's pair, however the maker is named", () => {
    expect(events(codeRecorded('cross16-request-detained'))).toEqual([
      '020 country:MAR -> country:ESP',
    ]);
    expect(events(codeRecorded('cross16-request-impounded'))).toContain(
      '020 country:TUR -> country:GRC',
    );
    expect(events(codeRecorded('cross16-request-extradited'))).toContain(
      '020 country:PER -> country:BOL',
    );
  });

  it('aims nothing when the sentence names another state, the ones who answered', () => {
    expect(events(codeRecorded('cross16-request-others-named'))).toEqual([
      '112 country:PER -> country:BOL',
    ]);
  });
});
