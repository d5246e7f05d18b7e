/**
 * The discourse model (discourse.ts): descriptions and plural pairs that name no actor, resolved by
 * salience over the article's mentions, each on a short text coded from its REAL CoreNLP parse
 * recorded in tests/fixtures/parses/evt-*.json (`npm run coder:parses` re-records them).
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { codeActors, statesOf } from '../../src/ingest/coder/actor-mentions';
import { buildDiscourse } from '../../src/ingest/coder/discourse';
import { findIgnoredSpans } from '../../src/ingest/clean';
import { codeRecorded, recorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('the discourse model', () => {
  it('takes the main dyad from the headline and lead, a conjunct subject counting as a subject', () => {
    const r = recorded('evt-two-neighbours');
    const coded = codeActors(r.text, r.doc, findIgnoredSpans(r.text), r.date);
    const d = buildDiscourse(r.doc, coded, statesOf(coded));
    // Kazakhstan, the mediator, is named in the lead too, but not in the headline
    expect(d.dyad).toEqual(['country:ARM', 'country:AZE']);
    expect(d.counterpart('country:AZE')).toBe('country:ARM');
    expect(d.counterpart('country:KAZ')).toBeNull();
  });

  it('reads "the two neighbours fought a war" as the dyad fighting each other', () => {
    const got = triples(codeRecorded('evt-two-neighbours'));
    expect(got).toEqual(
      expect.arrayContaining(['190 country:ARM -> country:AZE', '190 country:AZE -> country:ARM']),
    );
    expect(got.filter(t => t.startsWith('190') && t.includes('KAZ'))).toEqual([]);
  });

  it('reads an elided pair ("and the two signed") as the two people named before it', () => {
    expect(triples(codeRecorded('evt-the-two'))).toEqual(
      expect.arrayContaining([
        '057 person:dilani-wickramage -> person:tahmina-rahman-chowdhury',
        '057 person:tahmina-rahman-chowdhury -> person:dilani-wickramage',
      ]),
    );
  });

  it('reads "the rebels" as the armed group named before', () => {
    expect(triples(codeRecorded('evt-described-group'))).toContain(
      '112 person:thet-naing-oo -> group:karen-national-union',
    );
  });

  it('reads "the sultanate" as the most salient state other than the doer', () => {
    expect(triples(codeRecorded('evt-described-state'))).toContain(
      '051 org:irn-foreign-ministry -> country:OMN',
    );
  });

  it('reads "the bloc" as the organisation named before, but "the union" only as one so named', () => {
    const got = triples(codeRecorded('evt-described-body'));
    expect(got).toContain('111 org:ecowas -> country:GIN');
    // "mediate between the government and the union": a union nobody named is no actor
    expect(got.filter(t => t.startsWith('039'))).toEqual([]);
  });

  it('reads "the army" as the armed forces named before', () => {
    // "Chadian army chief Mahamat Idriss visited the border town of Bol on Monday. Niger later
    // accused the army of shelling its villages."
    expect(triples(codeRecorded('evt-the-army'))).toEqual([
      '112 country:NER -> org:tcd-armed-forces',
    ]);
  });
});
