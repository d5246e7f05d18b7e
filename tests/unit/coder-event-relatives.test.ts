/**
 * Targets the parse leaves behind a relative pronoun or makes the subject of a bare-infinitive clause
 * (relative-pronouns.ts, small-clauses.ts), on sentences coded from their REAL CoreNLP parse recorded in
 * tests/fixtures/parses.
 */
import type { codeArticle } from '../../src/ingest/coder/coder';
import { codeRecorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('a relative pronoun in the target slot', () => {
  it('reads "dozens of whom" as the noun before the comma: "fishermen from Samoa, dozens of whom"', () => {
    expect(triples(codeRecorded('evt-relative-whom'))).toEqual([
      // "whom Kiribati accuses": the parse already puts the envoy in the pronoun's place
      '112 country:KIR -> country:NRU',
      '173 org:fji-navy -> country:WSM',
    ]);
  });
});

describe('the subject of a bare-infinitive clause', () => {
  it('is the one acted on: "help Togo rebuild its ports"', () => {
    expect(triples(codeRecorded('evt-bare-clause'))).toEqual([
      '020 country:GAB -> country:TGO',
      '070 country:GHA -> country:TGO',
    ]);
  });
});
