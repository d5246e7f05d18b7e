/**
 * Actor rules of branch actors5 on REAL CoreNLP parses (tests/fixtures/parses, `act-*`): a state's
 * diplomatic missions and its legislature, whatever it is called, are read as the gold has them.
 */
import { ActorKind } from '../../src/schema/domain.enum';
import {
  actorIds as ids,
  codeRecorded as code,
  mentionsOf,
  withoutCuratedNames,
} from '../helpers/recorded-parse';

describe('diplomatic missions', () => {
  withoutCuratedNames();

  it('reads an embassy or consulate as its state, named by the country word alone', () => {
    const b = code('act-missions');
    // lower-case after a demonym, after a possessive, and capitalised in an ORGANIZATION entity
    expect(ids(b)).toEqual(['country:BLZ', 'country:CRI', 'country:ECU', 'country:PAN']);
    expect(mentionsOf(b, 'country:CRI')).toEqual(['Costa Rican']);
    expect(mentionsOf(b, 'country:PAN')).toEqual(['Panamanian']);
    // the consulate that speaks is its state
    expect(b.statements.map(s => s.speakerId)).toEqual(['country:BLZ']);
  });
});

describe('legislatures by their own names', () => {
  withoutCuratedNames();

  it('makes the Saeima, the Sejm, the Storting and the Knesset their states’ parliaments', () => {
    const b = code('act-legislature-names');
    const kinds = Object.fromEntries(b.actors.map(a => [a.id, a.kind]));
    expect(kinds).toEqual({
      'person:inese-kalnina': ActorKind.PERSON,
      'org:lva-parliament': ActorKind.ORGANIZATION,
      'country:POL': ActorKind.COUNTRY,
      'org:pol-parliament': ActorKind.ORGANIZATION,
      'org:nor-parliament': ActorKind.ORGANIZATION,
      'org:isr-parliament': ActorKind.ORGANIZATION,
    });
    // with its state's word it is one mention, the word the state's ("Poland's Sejm")
    expect(mentionsOf(b, 'org:pol-parliament')).toEqual(["Poland's Sejm"]);
    expect(mentionsOf(b, 'country:POL')).toEqual(['Poland']);
    // "told the Saeima": a body one is told, not an outlet
    expect(b.actors.filter(a => a.kind === ActorKind.MEDIA_OUTLET)).toEqual([]);
    expect(b.relations).toContainEqual({
      type: 'PART_OF',
      fromId: 'org:pol-parliament',
      toId: 'country:POL',
    });
  });
});

describe('geographic names built on a country', () => {
  withoutCuratedNames();

  it('does not read "the Gulf of Guinea", "the Indian Ocean" or "Lake Malawi" as the state', () => {
    const b = code('act-geographic-names');
    // "Gulf of Guinea" in the dateline's outlet, "Indian" before a sea, "Malawi" after "Lake"
    expect(ids(b)).toEqual(['country:KEN', 'country:MOZ', 'country:NGA']);
    expect(mentionsOf(b, 'country:NGA')).toEqual(['Nigerian']);
  });
});

describe('honorific titles', () => {
  withoutCuratedNames();

  it('keeps "Sheikh" out of the name, as "Foreign Minister" is', () => {
    const b = code('act-honorific-titles');
    expect(ids(b)).toEqual(['country:BHR', 'country:QAT', 'person:salem-al-thani']);
    expect(b.statements.map(s => s.speakerId)).toEqual(['person:salem-al-thani']);
  });
});

describe('a body noun that modifies another noun', () => {
  withoutCuratedNames();

  it('reads "military government" and "army chiefs" as the state, "the navy seized" as the body', () => {
    const b = code('act-modifier-bodies');
    expect(ids(b)).toEqual(['country:BOL', 'country:CHL', 'country:PER', 'org:chl-navy']);
    // the country word keeps its possessive once it opens no body
    expect(mentionsOf(b, 'country:PER')).toEqual(["Peru's", 'Peruvian']);
    expect(b.statements.map(s => s.speakerId)).toEqual(['country:PER']);
  });
});

describe('a body before its spokesperson', () => {
  withoutCuratedNames();

  it('reads an unnamed spokesperson’s ministry as the body, a named one’s as no body', () => {
    const b = code('act-body-spokesperson');
    // "A Peruvian foreign ministry spokesman": the parse hangs "Peruvian" on "spokesman"
    expect(ids(b)).toContain('org:per-foreign-ministry');
    expect(mentionsOf(b, 'org:per-foreign-ministry')).toEqual(['Peruvian foreign ministry']);
    // "Ecuadorian defence ministry spokesman Carlos Vera" is the person
    expect(ids(b)).not.toContain('org:ecu-defence-ministry');
    expect(ids(b)).toContain('person:carlos-vera');
  });
});
