/**
 * Arguments the parse hides (branch neither16): a lead's subject the parser hung on the dateline's
 * city, a subject glued to an opening date, the goods a ban on imports is laid on, and a body the
 * tagger named only by its bracketed short form; each on the REAL CoreNLP parse of a short invented sentence recorded in tests/fixtures/parses (`neither16-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { datelineDash } from '../../src/ingest/coder/dateline-subjects';
import { codeRecorded, recorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('a lead subject the parser hung on the dateline (neither16)', () => {
  it('reads the noun after the dash as the subject, not the all-caps city', () => {
    expect(events(codeRecorded('neither16-dateline-bloc'))).toEqual([
      '020 org:ecowas -> country:MLI',
    ]);
    expect(events(codeRecorded('neither16-dateline-pair'))).toEqual([
      '034 country:KEN -> country:TZA',
      '034 country:TZA -> country:KEN',
    ]);
    expect(events(codeRecorded('neither16-dateline-dash'))).toEqual([
      '1056 country:NER -> country:FRA',
    ]);
    expect(events(codeRecorded('neither16-dateline-bank'))).toEqual([
      '071 org:ecowas -> country:GMB',
    ]);
  });

  it('finds a dateline only in "CITY (Outlet) -" at the sentence start', () => {
    const tokens = recorded('neither16-dateline-bloc').doc.sentences[0]?.tokens ?? [];
    expect(tokens[datelineDash(tokens) - 1]?.word).toBe('-');
    // an opening date, a name with a bracket but no dash: no dateline
    const plain = recorded('neither16-dated-police').doc.sentences[0]?.tokens ?? [];
    expect(datelineDash(plain)).toBe(0);
    const bracketed = recorded('neither16-dateline-bloc').doc.sentences[0]?.tokens.slice(7) ?? [];
    expect(datelineDash(bracketed)).toBe(0);
  });
});

describe('a subject glued to an opening date (neither16)', () => {
  it('reads "In 2019 Kenyan police arrested" as the police arresting', () => {
    expect(events(codeRecorded('neither16-dated-police'))).toEqual([
      '173 org:ken-police -> country:SOM',
    ]);
    expect(events(codeRecorded('neither16-dated-officials'))).toEqual([
      '112 country:MAR -> country:DZA',
    ]);
    expect(events(codeRecorded('neither16-dated-troops'))).toEqual([
      '192 country:CHL -> country:BOL',
    ]);
  });

  it('leaves an `in` phrase after the verb a place or time, not a doer', () => {
    expect(events(codeRecorded('neither16-dated-after'))).toEqual([
      '161 country:KEN -> country:SOM',
    ]);
  });
});

describe('a ban on imports is laid on the state whose goods they are (neither16)', () => {
  it('codes the goods\' demonym as the target of a force act on "imports of"', () => {
    expect(events(codeRecorded('neither16-imports-ban'))).toEqual([
      '163 country:KEN -> country:TZA',
      '163 country:KEN -> country:UGA',
    ]);
    expect(events(codeRecorded('neither16-imports-halt'))).toEqual([
      '163 country:CHN -> country:AUS',
    ]);
    expect(events(codeRecorded('neither16-imports-suspend'))).toEqual([
      '163 country:GHA -> country:NGA',
    ]);
  });

  it('codes nothing when imports resume (no force act)', () => {
    expect(events(codeRecorded('neither16-imports-resume'))).toEqual([]);
  });
});

describe("a body's short form in brackets names the long name the tagger left out (neither16)", () => {
  it('reads "The Community of Sahel States (CSS)" after a dateline as the CSS', () => {
    expect(events(codeRecorded('neither16-short-form-urge'))).toEqual([
      '020 org:css -> country:TCD',
    ]);
    expect(events(codeRecorded('neither16-short-form-condemn'))).toEqual([
      '1124 org:css -> country:MLI',
    ]);
    expect(events(codeRecorded('neither16-short-form-ask'))).toEqual([
      '020 org:cwap -> country:TGO',
    ]);
  });

  it('takes no bracketed place for the body', () => {
    expect(events(codeRecorded('neither16-short-form-place'))).toEqual([]);
  });
});
