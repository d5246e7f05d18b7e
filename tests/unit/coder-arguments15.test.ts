/**
 * The parties of talks a third party hosts (branch args15), each on the REAL CoreNLP parse of a short
 * sentence recorded in tests/fixtures/parses (`args15-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

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
