/**
 * Actor and statement rules of the actors3 round (issue 12), each on the REAL CoreNLP parse of a short
 * sentence recorded in tests/fixtures/parses (`act-groups`, `act-outlet-names`, `act-titles-capitals`,
 * `act-passing`, `stmt-appos-speakers`, `stmt-complained`; `npm run coder:parses` re-records them). Run without the hand-typed people,
 * organisations and outlets: these are what the parse, the Phoenix files and the rules find alone.
 */
import { ActorKind } from '../../src/schema/domain.enum';
import { type KgBatch } from '../../src/kg/kg-batch';
import { isDatelinePart, parenAcronym } from '../../src/ingest/coder/org-groups';
import {
  actorIds as ids,
  codeRecorded,
  mentionsOf,
  withoutCuratedNames,
} from '../helpers/recorded-parse';

const speakerOf = (b: KgBatch, span: string): string | undefined =>
  b.statements.find(s => s.span.text.startsWith(span))?.speakerId;

describe('groups, outlets, titles and capitals on the parse', () => {
  withoutCuratedNames();

  it('codes a name the text calls a group as group:, even where the parse took it for a person', () => {
    const b = codeRecorded('act-groups');
    const rovuma = b.actors.find(a => a.id === 'group:ansar-al-rovuma');
    expect(rovuma?.kind).toBe(ActorKind.GROUP);
    // the first mention, untagged by the parse, and the one it tagged PERSON
    expect(rovuma?.mentions.map(m => m.text)).toEqual(['Ansar al-Rovuma', 'Ansar al-Rovuma']);
    expect(ids(b).filter(id => id.startsWith('person:'))).toEqual([]);
    expect(speakerOf(b, 'its fighters had attacked')).toBe('group:ansar-al-rovuma');
  });

  it('gives an acronym in parentheses to the name before it, whatever its letters, not an org: id', () => {
    const b = codeRecorded('act-groups');
    expect(mentionsOf(b, 'group:movement-of-democratic-forces-of-casamance')).toEqual([
      'Movement of Democratic Forces of Casamance',
      'MFDC',
      'MFDC',
    ]);
    expect(mentionsOf(b, 'group:karen-national-union')).toEqual(['Karen National Union', 'KNU']);
    expect(ids(b).filter(id => /^org:(?:mfdc|knu|movement)/.test(id))).toEqual([]);
    expect(parenAcronym(' (AfDB) said', 0)).toBe('AfDB');
    expect(parenAcronym(' (Reuters) -', 0)).toBeNull();
  });

  it("keeps a paper's own word in its id, takes Radio X for an outlet and the dateline's for none", () => {
    const b = codeRecorded('act-outlet-names');
    expect(ids(b).filter(id => id.startsWith('media:'))).toEqual([
      'media:cedar-daily',
      'media:kyodo-news',
      'media:radio-kypros',
    ]);
    expect(ids(b).some(id => /rovuma/.test(id))).toBe(false);
    expect(b.statements.find(s => s.speakerId === 'person:rosa-tembe')?.addresseeIds).toEqual([
      'media:cedar-daily',
    ]);
    const text = 'MAPUTO (Rovuma River Wire) - Talks';
    expect(isDatelinePart(text, { start: 0, end: 6 })).toBe(true);
    expect(isDatelinePart(text, { start: 8, end: 25 })).toBe(true);
    expect(isDatelinePart('He told the Cedar Daily (a weekly)', { start: 12, end: 23 })).toBe(
      false,
    );
  });

  it('drops a rank from a name, reads capitals, and leaves a treaty named after a city alone', () => {
    const b = codeRecorded('act-titles-capitals');
    expect(mentionsOf(b, 'person:ibrahima-diouf')).toEqual(['Ibrahima Diouf']);
    expect(speakerOf(b, 'No')).toBe('person:ibrahima-diouf');
    expect(mentionsOf(b, 'country:LBY')).toEqual(['Tripoli']);
    expect(mentionsOf(b, 'country:NZL')).toEqual(['Wellington']);
    expect(ids(b)).not.toContain('country:VEN');
    // "the Commission" is the European Commission; "Interior" of a minister's title is no body
    expect(mentionsOf(b, 'org:european-commission')).toEqual(['European Commission', 'Commission']);
    expect(ids(b).filter(id => /^org:(?:commission|interior)$/.test(id))).toEqual([]);
  });
});

describe('people named in passing', () => {
  it('leaves out a person named once after "then <office>", "the poet" or "the late", keeps the former president', () => {
    const b = codeRecorded('act-passing');
    expect(ids(b).filter(id => id.startsWith('person:'))).toEqual([
      'person:dovilas-kairys',
      'person:rasa-kelme',
    ]);
    // "the late broadcaster X" is neither an outlet nor an actor
    expect(ids(b).filter(id => id.startsWith('media:'))).toEqual([]);
  });
});

describe('speakers named in apposition', () => {
  it('takes "he" for the person in apposition to the last subject ("X\'s president, Name, said")', () => {
    const b = codeRecorded('stmt-appos-speakers');
    expect(speakerOf(b, 'We are not criminals')).toBe('person:wilson-chicaiza');
  });

  it('finds the speaker the parse hung on a place after a long quotation', () => {
    const b = codeRecorded('stmt-appos-speakers');
    expect(speakerOf(b, 'Everyone has the right')).toBe('person:henrik-solberg');
  });
});

describe('complaints', () => {
  it('reads "officials have long complained that …" as their country\'s statement', () => {
    const b = codeRecorded('stmt-complained');
    expect(speakerOf(b, 'the insurgents use the southern bank')).toBe('country:TZA');
    expect(b.statements[0]?.reportingVerb).toBe('complained');
  });
});
