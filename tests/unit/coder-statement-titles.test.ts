/**
 * Statement speakers of coder 0.16.0 (quotes13) on recorded CoreNLP parses: a definite office speaker
 * ("the trade minister said") is the person the article titles so, and a closing attribution takes in
 * the speech acts of the clause it reports.
 */
import { type KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

/** Speaker and opening words of each statement, in text order. */
const said = (b: KgBatch): string[] =>
  b.statements.map(s => `${s.speakerId}: ${s.span.text.slice(0, 40)}`);

describe('office speakers and closing attributions (coder 0.16.0, quotes13)', () => {
  it('"the trade minister said" is the person titled trade minister, not the last subject', () => {
    expect(said(codeRecorded('stmt13-titled-before'))).toContainEqual(
      'person:tomas-rivera: the government would study the request',
    );
  });

  it('"The Foreign Minister said", capitalised, is the foreign minister, not the prime minister after him', () => {
    // with capitalised office words dropped, "Foreign Minister" was any minister, so the last one
    // named (Prime Minister Tavita Lemalu) spoke
    expect(said(codeRecorded('stmt13-titled-capital'))).toEqual([
      'person:sione-havili: the two countries would sign a fisheries',
    ]);
  });

  it('a lead "…, the energy minister said" is the minister named after, over the whole clause', () => {
    const out = said(codeRecorded('stmt13-titled-lead'));
    expect(out[0]).toBe('person:carmen-villalba: Paraguay has given Bolivia until March t');
    expect(out.filter(s => s.startsWith('country:PRY'))).toEqual([]);
  });
});
