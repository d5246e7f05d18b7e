/**
 * Arguments the coder must not take (branch precision14): actors a sentence names beside an act that
 * are not its parties. Each text is coded from its REAL CoreNLP parse recorded in
 * tests/fixtures/parses/evt-*.json.
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { codeRecorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('armed people of no state', () => {
  it('codes no act by or on the state a demonym on "rebels" or "gunmen" names; keeps its soldiers', () => {
    // "Chadian rebels attacked …", "attacked Chadian rebels", "said Nigerien gunmen had killed …" are no
    // acts of or on Chad and Niger; "detained three Chadian soldiers" is an act on Chad
    expect(triples(codeRecorded('evt-armed-nonstate'))).toEqual(['173 country:CMR -> country:TCD']);
  });
});

describe('a visit aimed at the person the visitor meets', () => {
  it('codes a visit to Apia "to meet" Samoa\'s prime minister as a visit to him, not to Samoa', () => {
    // the convention (eval/README.md): a visit is to the person the article has meeting the visitor
    expect(triples(codeRecorded('evt-visit-meeting'))).toEqual([
      '042 person:jone-kato -> person:tala-fono',
    ]);
  });
});

describe('what a state holds is no doer', () => {
  it('codes no attack by Togo from "use its territory to launch attacks" (the parser makes the territory the attacker)', () => {
    expect(triples(codeRecorded('evt-held-doer'))).toEqual([
      '020 country:BEN -> country:TGO',
      '020 country:GHA -> country:TGO',
    ]);
  });
});

describe('a hostile act named by a noun with a participle', () => {
  it('aims "a ban imposed by Nepal" at no party of the clause that mentions it', () => {
    // Bhutan only likens the fees to Nepal's ban: no 170 Nepal -> Bhutan
    expect(triples(codeRecorded('evt-hostile-noun-participle'))).toEqual([
      '057 country:KHM -> country:LAO',
      '057 country:LAO -> country:KHM',
    ]);
  });
});
