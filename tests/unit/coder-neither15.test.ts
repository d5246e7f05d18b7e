/**
 * Arguments for coded acts whose clause names neither side (branch neither15), each on the REAL
 * CoreNLP parse of a short sentence recorded in tests/fixtures/parses (`neither15-*`).
 */
import { codeRecorded } from '../helpers/recorded-parse';

const acts = (name: string, code: string): string[] =>
  codeRecorded(name)
    .events.filter(e => e.code === code)
    .map(e => `${e.sourceId} -> ${e.targetId}`)
    .sort();

describe('a passive conjunct and its agent (neither15)', () => {
  it('takes the by-phrase of the first passive verb for the second, and a ship for its owner', () => {
    expect(acts('neither15-conjunct-agent', '173')).toEqual(['org:nor-coast-guard -> country:DNK']);
  });

  it('takes no state for a ship only built there', () => {
    expect(acts('neither15-conjunct-agent-built', '173')).toEqual([]);
  });
});

describe('talks between a pair under a planned verb (neither15)', () => {
  it('codes the planned talks between the two parties, each way', () => {
    expect(acts('neither15-planned-talks', '046')).toEqual([
      'country:ETH -> country:SOM',
      'country:SOM -> country:ETH',
    ]);
  });

  it('codes no talks that are only offered', () => {
    expect(acts('neither15-offered-talks', '046')).toEqual([]);
  });
});

describe('the article pair named as islands (neither15)', () => {
  it('reads "the two islands" as the pair of island states, each signing with the other', () => {
    expect(acts('neither15-two-islands', '057')).toEqual([
      'country:FJI -> country:TON',
      'country:TON -> country:FJI',
    ]);
  });
});
