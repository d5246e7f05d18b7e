/**
 * Statement speakers of coder 0.17.0 (quotes14) on a recorded CoreNLP parse: quoted words in a clause
 * with a speaker of its own that evaluates a noun ("a claim that X dismissed as “…”") are that
 * speaker's, though the parse read the clause as the noun's content clause, and not the words of the
 * act around it.
 */
import { type KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

/** Speaker and opening words of each statement, in text order. */
const said = (b: KgBatch): string[] =>
  b.statements.map(s => `${s.speakerId}: ${s.span.text.slice(0, 30)}`);

describe('quotations of a relative speaker (coder 0.17.0, quotes14)', () => {
  it("\"a claim that Peru's foreign ministry dismissed as “…”\" is the ministry's, not the accuser's", () => {
    const out = said(codeRecorded('stmt14-claim-dismissed'));
    expect(out).toContainEqual('org:per-foreign-ministry: an insult to the soldiers who ');
    expect(out.filter(s => s.startsWith('person:juan-perez: an insult'))).toEqual([]);
  });

  it('a content clause whose verb labels nothing ("reports that X had complained of “…”") is no statement of X', () => {
    const out = said(codeRecorded('stmt14-content-quote'));
    expect(out.filter(s => s.startsWith('country:SOM'))).toEqual([]);
  });
});
