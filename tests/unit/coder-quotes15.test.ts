/**
 * Statements of round 15 (branch quotes15): short quoted words in a speech act's arguments, directives
 * with a that-clause, and a zero-that clause the parse split after a loose "who said", each on the REAL
 * CoreNLP parse of a short sentence recorded in tests/fixtures/parses (`quotes15-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const said = (b: KgBatch): [string, string][] =>
  b.statements.map(s => [s.speakerId, s.span.text] as [string, string]);

describe('short quoted words are the speaker’s (quotes15)', () => {
  it('takes a one-word quoted evaluation of a matter for a statement', () => {
    expect(said(codeRecorded('quotes15-short-label'))).toEqual([['country:KEN', 'reckless']]);
  });

  it('takes no statement of a short label put on a person (an insult)', () => {
    expect(said(codeRecorded('quotes15-insult-label'))).toEqual([]);
  });

  it('gives a quoted label to the subject of its own clause, not to the act around it', () => {
    expect(said(codeRecorded('quotes15-nested-label'))).toEqual([
      ['country:GHA', 'the vessel had stayed in its own waters'],
      ['country:TGO', 'baseless'],
    ]);
  });

  it('leaves a short quotation inside reported speech to the reporting speaker', () => {
    const b = codeRecorded('quotes15-reported-label');
    expect(b.statements.map(s => s.speakerId)).toEqual(['person:oumar-traore']);
  });
});

describe('directives with a that-clause (quotes15)', () => {
  it('reports the clause of "demanded that", and not the appeal of "asked X to"', () => {
    const b = codeRecorded('quotes15-directive-that');
    expect(said(b)).toEqual([['country:NPL', 'the border post be reopened before the harvest']]);
    expect(b.statements[0]?.reportingVerb).toBe('demanded');
  });
});

describe('a zero-that clause split by the parse (quotes15)', () => {
  it('reports the whole clause after "said" with an object and a loose verb', () => {
    expect(said(codeRecorded('quotes15-who-said'))).toEqual([
      ['person:grace-phiri', 'the line would carry power from March and could be extended later'],
    ]);
  });

  it('takes the speaker of a loose "who said" for the noun before it', () => {
    expect(said(codeRecorded('quotes15-who-said-loose'))).toEqual([
      [
        'person:lamin-jobe',
        'the patrols would share radios, fuel from both navies and maps, and could begin within a month',
      ],
    ]);
  });
});
