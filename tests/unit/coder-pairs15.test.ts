/**
 * Acts a span tells beside the one its verb codes (branch pairs15), each on the REAL CoreNLP parse of a
 * short sentence recorded in tests/fixtures/parses (`pairs15-*`).
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { codeRecorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('a visit between two people is told from both sides (visit-pairs.ts)', () => {
  it("gives a hosted guest's visit to the host", () => {
    expect(triples(codeRecorded('pairs15-hosted-visit'))).toEqual([
      '042 person:marta-rojas -> person:jorge-salas',
      '043 person:jorge-salas -> person:marta-rojas',
    ]);
  });

  it("gives a visitor's host the hosting of the visit", () => {
    const t = triples(codeRecorded('pairs15-visit-hosting'));
    expect(t).toContain('042 person:kofi-mensah -> person:yao-dogbe');
    expect(t).toContain('043 person:yao-dogbe -> person:kofi-mensah');
  });

  it('gives a planned visit no hosting yet', () => {
    expect(triples(codeRecorded('pairs15-planned-visit'))).toEqual([
      '042 person:kofi-mensah -> person:yao-dogbe',
    ]);
  });
});
