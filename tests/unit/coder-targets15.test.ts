/**
 * Missing arguments found on the parse (branch targets15), each on the REAL CoreNLP parse of a short
 * sentence recorded in tests/fixtures/parses (`targets15-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`);

describe('the addressee of the channel a verbal act went by (targets15)', () => {
  it('aims a request made in a telephone call at the one called', () => {
    const b = codeRecorded('targets15-call-addressee');
    expect(events(b)).toEqual(['020 person:anders-lunde -> person:mette-holm']);
  });

  it('aims no material act at the addressee of a letter', () => {
    const b = codeRecorded('targets15-letter-material');
    expect(events(b)).toEqual([]);
  });
});

describe('acts joint doers can only do to each other (targets15)', () => {
  it('makes two states that establish diplomatic relations act on each other, dated', () => {
    const b = codeRecorded('targets15-joint-relations');
    expect(events(b)).toEqual(['054 country:LAO -> country:CHL', '054 country:CHL -> country:LAO']);
    expect(b.events.map(e => e.date)).toEqual(['1988-01-01', '1988-01-01']);
  });
});

describe('the holder of the thing a sanction is laid on (targets15)', () => {
  it("aims duties imposed on a state's goods at that state", () => {
    const b = codeRecorded('targets15-sanction-thing');
    expect(events(b)).toContain('163 country:CHL -> country:PER');
  });

  it('aims no other act at the state named on the place it is done', () => {
    const b = codeRecorded('targets15-jobs-on-farms');
    expect(events(b)).toEqual([]);
  });
});

describe('the subject of a small clause (targets15)', () => {
  it('aims a finding of liability at the one found liable', () => {
    const b = codeRecorded('targets15-found-liable');
    expect(events(b)).toEqual(['116 org:icj -> country:CHL']);
  });
});
