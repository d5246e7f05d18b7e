/**
 * Targets one step away from the verb's own arguments: an object "them" that stands for a pair noun
 * (pair-pronouns.ts) and the flag state of a seized ship (object-phrase.ts), on sentences coded from
 * their REAL CoreNLP parse recorded in tests/fixtures/parses.
 */
import type { codeArticle } from '../../src/ingest/coder/coder';
import { codeRecorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('an object "them" after a pair noun', () => {
  it('is the pair: "in contact with both capitals and urged them"', () => {
    expect(triples(codeRecorded('evt-them-pair'))).toEqual([
      '020 org:european-commission -> country:CHL',
      '020 org:european-commission -> country:PER',
    ]);
  });
});

describe('the flag state of a seized ship', () => {
  it('is the one acted on: "a trawler flying the Ecuadorian flag", "a tanker registered in Liberia"', () => {
    expect(triples(codeRecorded('evt-flag-holder'))).toEqual([
      '171 country:PER -> country:ECU',
      '173 country:CHL -> country:LBR',
    ]);
  });
});
