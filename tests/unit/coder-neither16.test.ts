/**
 * Arguments the parse hides (branch neither16): a subject glued to an opening date and the goods a ban
 * on imports is laid on; each on the REAL CoreNLP parse of a short invented sentence recorded in
 * tests/fixtures/parses (`neither16-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

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
