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

describe('a request made in a call (verb-match.ts, purpose-clauses.ts)', () => {
  it('reads a time after "telephoned" as no "call on", and the request the call was made for as its own act', () => {
    expect(triples(codeRecorded('pairs15-call-to-ask'))).toEqual([
      '020 person:semi-tora -> country:TON',
      '041 country:TON -> person:semi-tora',
      '041 person:semi-tora -> country:TON',
    ]);
  });

  it('codes no request beside a summons: the purpose of an act that is no contact is part of it', () => {
    expect(triples(codeRecorded('pairs15-summons-to-ask'))).toEqual([
      '114 person:ana-soto -> country:BOL',
    ]);
  });
});

describe('a threat told before its sayer (threats.ts)', () => {
  it('aims a threat at the target of the act threatened even when that act is told from its doer before the clause', () => {
    expect(triples(codeRecorded('pairs15-threat-said-after'))).toContain(
      '130 person:ana-soto -> country:BOL',
    );
  });
});
