/**
 * Actor rules of branch roles on REAL CoreNLP parses (tests/fixtures/parses): an event's source or
 * target that is in the sentence but was not read as its actor.
 */
import {
  actorIds as ids,
  codeRecorded as code,
  mentionsOf,
  withoutCuratedNames,
} from '../helpers/recorded-parse';

describe('a place inside a person’s name', () => {
  withoutCuratedNames();

  it('reads "Santiago Ela Nsue" as a person, and "Santiago" alone still as Chile', () => {
    const b = code('act-place-in-name');
    expect(ids(b)).toEqual([
      'country:CHL',
      'country:GAB',
      'country:GNQ',
      'person:santiago-ela-nsue',
    ]);
    expect(mentionsOf(b, 'country:CHL')).toEqual(["Chile's", 'Santiago']);
    expect(b.events.map(e => [e.sourceId, e.targetId])).toEqual([
      ['person:santiago-ela-nsue', 'country:GAB'],
    ]);
  });
});

describe('"it" for an armed group', () => {
  withoutCuratedNames();

  it('reads a subject "it" after a group named before as that group', () => {
    const b = code('evt-it-group');
    expect(b.events.map(e => [e.code, e.sourceId, e.targetId])).toEqual([
      ['112', 'group:gourma-liberation-front', 'country:TGO'],
    ]);
  });
});

describe('a definite description by office', () => {
  withoutCuratedNames();

  it('reads "the foreign minister" as the one person the article gave that title', () => {
    const b = code('evt-titled-description');
    // two states in the sentence before: the state reading alone would find no doer
    expect(b.events.map(e => [e.code, e.sourceId, e.targetId])).toEqual([
      ['040', 'person:amina-wanjiru', 'person:joseph-okello'],
      ['112', 'person:amina-wanjiru', 'country:UGA'],
    ]);
  });
});

describe('the African Union’s regional economic communities', () => {
  it('names ECCAS in full as one body, not "Central African" as the Central African Republic', () => {
    const b = code('act-regional-blocs');
    expect(ids(b)).toEqual(['country:CMR', 'country:GAB', 'org:comesa', 'org:eccas']);
    expect(b.events.map(e => [e.sourceId, e.targetId])).toEqual([
      ['org:eccas', 'country:GAB'],
      ['org:eccas', 'country:CMR'],
    ]);
  });
});

describe('a force named before its soldiers', () => {
  withoutCuratedNames();

  it('reads "Botswana Defence Force soldiers" as the force, one body with "Botswana\'s army"', () => {
    const b = code('act-force-soldiers');
    expect(mentionsOf(b, 'org:bwa-armed-forces')).toEqual([
      'Botswana Defence Force',
      "Botswana's army",
    ]);
    expect(b.events.map(e => [e.sourceId, e.targetId])).toContainEqual([
      'org:bwa-armed-forces',
      'country:NAM',
    ]);
  });
});

describe('plural leaders of named states', () => {
  withoutCuratedNames();

  it('reads "The leaders of Peru and Ecuador" as the two presidents the article names', () => {
    const b = code('evt-plural-leaders');
    const congratulated = b.events.filter(e => e.code === '051');
    expect(congratulated.map(e => [e.sourceId, e.targetId])).toEqual([
      ['person:andres-salas-vega', 'person:marta-ruiz-soto'],
      ['person:rosa-ibarra-luna', 'person:marta-ruiz-soto'],
    ]);
  });

  it('reads "their prime ministers met" as a meeting of the two prime ministers', () => {
    const b = code('evt-their-prime-ministers');
    const met = b.events.filter(e => e.code === '040');
    expect(met.map(e => [e.sourceId, e.targetId])).toEqual([
      ['person:jone-tikoduadua', 'person:tala-faleolo'],
      ['person:tala-faleolo', 'person:jone-tikoduadua'],
    ]);
  });
});

describe('a body named again by the noun of its kind', () => {
  withoutCuratedNames();

  it('reads "the company" as the shipping line named before', () => {
    const b = code('roles11-the-company');
    expect(b.events.map(e => [e.code, e.sourceId, e.targetId])).toContainEqual([
      '112',
      'org:pacific-star-shipping',
      'country:PER',
    ]);
  });

  it('reads "the union" as the federation named before', () => {
    const b = code('roles11-the-union');
    expect(b.events.map(e => [e.code, e.sourceId, e.targetId])).toContainEqual([
      '112',
      'country:ECU',
      'org:national-federation-of-bus-drivers',
    ]);
  });
});
