/**
 * Whom an act is aimed at when another party's verdict on it is told in a clause on the noun naming it
 * (branch args15), each on the REAL CoreNLP parse of a short sentence recorded in tests/fixtures/parses
 * (`args15-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('a quoted verdict in a clause on the act noun (args15)', () => {
  it('codes ", in a move that X described as “…”" as criticism of the doer of the move', () => {
    const b = codeRecorded('args15-move-described');
    expect(events(b)).toContain('111 country:SOM -> org:ken-interior-ministry');
  });

  it('aims ", a visit that X described as “…”" at the subject of the clause above the noun', () => {
    const b = codeRecorded('args15-visit-described');
    expect(events(b)).toContain('111 country:KEN -> country:ETH');
    expect(events(b).filter(e => e.startsWith('111'))).toHaveLength(1);
  });

  it('codes no criticism of a pact a third party labels', () => {
    const b = codeRecorded('args15-pact-described');
    expect(events(b)).toEqual(['057 country:KEN -> country:SOM', '057 country:SOM -> country:KEN']);
  });
});

describe('talks whose host a participle names (args15)', () => {
  it('gives talks "hosted by" a third party to the subjects of their clause, each way', () => {
    const b = codeRecorded('args15-hosted-talks');
    expect(events(b).filter(e => e.startsWith('046'))).toEqual([
      '046 country:ETH -> country:SOM',
      '046 country:SOM -> country:ETH',
    ]);
    expect(events(b)).toContain('043 country:KEN -> country:SOM');
  });

  it('codes no talks when their clause is negated', () => {
    const b = codeRecorded('args15-hosted-talks-negated');
    expect(events(b).filter(e => e.startsWith('046'))).toEqual([]);
  });
});
