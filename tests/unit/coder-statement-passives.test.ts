/**
 * Statement rules of coder 0.14.0 (branch stmt11) on recorded CoreNLP parses (tests/fixtures/parses,
 * recorded from sentences.json): reporting verbs in the passive and a junta placed by its capital.
 */
import { type KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

/** Speaker, kind and words of each statement, in text order. */
const said = (b: KgBatch): string[] =>
  b.statements.map(s => `${s.speakerId} ${s.direct ? 'direct' : 'reported'}: ${s.span.text}`);

describe('statements of passive reporting verbs', () => {
  it('"X was received … and told that …": the one told is no speaker, nor the outlet carrying it', () => {
    // the speaker goes unnamed; neither the ambassador nor the newspaper said it
    expect(said(codeRecorded('stmt-passive-told'))).toEqual([]);
  });
});

describe('speakers by their noun', () => {
  it('"the junta in <capital>" speaks for its state, like a government', () => {
    expect(said(codeRecorded('stmt-junta-seat'))).toEqual([
      'country:GIN reported: the border with Mali would stay closed until the elections',
    ]);
  });
});
