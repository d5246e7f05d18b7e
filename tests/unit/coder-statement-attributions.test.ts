/**
 * Statement rules of branch quotes12 on recorded CoreNLP parses (tests/fixtures/parses, recorded from
 * sentences.json): attributions set off from their clause.
 */
import { type KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

/** Speaker, kind and words of each statement, in text order. */
const said = (b: KgBatch): string[] =>
  b.statements.map(s => `${s.speakerId} ${s.direct ? 'direct' : 'reported'}: ${s.span.text}`);

describe('parenthetical attributions', () => {
  it('"posts he had written" is a relative clause, not "<clause>, he wrote"', () => {
    expect(said(codeRecorded('stmt-unset-attribution'))).toEqual([
      'person:ana-torres reported: Carlos Mendoza was convicted in May on the strength of posts he had written online',
      'person:ana-torres reported: The evidence was weak',
    ]);
  });
});
