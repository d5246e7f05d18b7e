/**
 * Headline acts (headline-acts.ts): a verbal act (CAMEO 01-05, 10-14) told only in the headline is the
 * body's act read with the headline's metonymic doer and is dropped; a material act stays unless the
 * body tells it with a body of the same states. Coded from
 * REAL CoreNLP parses recorded in tests/fixtures/parses (`npm run coder:parses`).
 */
import { headlineEnd } from '../../src/ingest/coder/headline';
import { isVerbalQuadClass } from '../../src/ingest/coder/headline-acts';
import { codeRecorded } from '../helpers/recorded-parse';

const triples = (name: string): string[] =>
  codeRecorded(name)
    .events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`)
    .sort();

describe('headline acts', () => {
  it('drops a verbal act told only in the headline, keeps the material one and the body', () => {
    // "Chile warns Peru" is the ministry's warning of the lead; "expels two diplomats" is the state's
    expect(triples('evt-headline-acts')).toEqual([
      '111 person:luis-vega -> country:CHL',
      '130 org:chl-foreign-ministry -> country:PER',
      '161 country:CHL -> country:PER',
    ]);
  });

  it("drops a headline's act between states that the body tells with one of their bodies", () => {
    // "Chile detains …" is the act of "… were detained by the Chilean Coast Guard"
    expect(triples('evt-headline-retold-body')).toEqual(['173 org:chl-coast-guard -> country:PER']);
  });

  it('keeps a verbal act of a first line that is the lead itself (no headline above it)', () => {
    expect(triples('evt-lead-no-headline')).toContain('130 country:CHL -> country:PER');
  });

  it('reads a short first line above more text as the headline, a long one as none', () => {
    expect(headlineEnd('Chile warns Peru\n\nThe lead.')).toBe('Chile warns Peru'.length);
    expect(headlineEnd('  Chile warns Peru\nThe lead.')).toBe('  Chile warns Peru'.length);
    expect(headlineEnd('Chile warns Peru')).toBe(0);
    expect(headlineEnd('Chile warns Peru\n  \n')).toBe(0);
    expect(headlineEnd(`${'word '.repeat(30)}\nThe next paragraph.`)).toBe(0);
  });

  it("takes CAMEO's verbal quad classes as verbal, the material ones not", () => {
    expect(['020', '036', '042', '057', '112', '130', '141'].every(isVerbalQuadClass)).toBe(true);
    expect(['061', '0874', '161', '173', '190'].some(isVerbalQuadClass)).toBe(false);
    // a lawsuit and a finding of guilt are done through a court, by the state the headline names
    expect(['115', '116'].some(isVerbalQuadClass)).toBe(false);
    expect(['114', '111'].every(isVerbalQuadClass)).toBe(true);
  });
});
