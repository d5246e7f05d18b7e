/**
 * Actor rules of branch actors11 on REAL CoreNLP parses (tests/fixtures/parses, `act11-*`): a bare body
 * as a place, a state's own body named with its possessive country, a civil sector's council, and an
 * organisation's name the parse cut before its "for" phrase.
 */
import {
  actorIds as ids,
  codeRecorded as code,
  mentionsOf,
  recorded,
  withoutCuratedNames,
} from '../helpers/recorded-parse';

describe('bare bodies of the dateline state', () => {
  withoutCuratedNames();

  it('reads "summoned to the foreign ministry" as a place and "the foreign ministry said" as the body', () => {
    const b = code('act11-home-body-place');
    expect(ids(b)).toContain('org:zmb-foreign-ministry');
    expect(mentionsOf(b, 'org:zmb-foreign-ministry')).toEqual(['foreign ministry']);
    const at = b.actors.find(a => a.id === 'org:zmb-foreign-ministry')?.mentions.map(m => m.start);
    expect(at).toEqual([recorded('act11-home-body-place').text.lastIndexOf('foreign ministry')]);
  });
});

describe('bodies named with their state', () => {
  withoutCuratedNames();

  it('makes an acronym or a party after a possessive country that state’s body', () => {
    const b = code('act11-state-names');
    expect(ids(b)).toContain('org:uzb-snb');
    expect(ids(b)).toContain('org:per-popular-party');
    expect(mentionsOf(b, 'org:uzb-snb')).toEqual(["Uzbekistan's SNB"]);
    expect(mentionsOf(b, 'country:UZB')).toEqual(['Uzbekistan']);
    expect(b.relations).toContainEqual({
      type: 'PART_OF',
      fromId: 'org:per-popular-party',
      toId: 'country:PER',
    });
  });

  it('keeps a civil sector’s council out of the state its demonym names', () => {
    const b = code('act11-state-names');
    expect(ids(b)).toContain('org:bhutanese-refugee-welfare-council');
    expect(ids(b)).not.toContain('org:btn-refugee-welfare-council');
    expect(ids(b)).not.toContain('country:BTN');
  });
});

describe('names cut before their "for" phrase', () => {
  withoutCuratedNames();

  it('reads the whole "International Tribunal for the Law of the Sea"', () => {
    const b = code('act11-name-tail');
    expect(ids(b)).toContain('org:international-tribunal-for-the-law-of-the-sea');
    expect(ids(b)).not.toContain('org:international-tribunal');
  });
});

describe('an organisation named by its own head noun', () => {
  withoutCuratedNames();

  it('reads "the Kivu Fishermen\'s Cooperative" whole, not the cut "Kivu Fishermen"', () => {
    const b = code('act11-untagged-cooperative');
    expect(ids(b)).toEqual(['org:kivu-fishermens-cooperative']);
    expect(mentionsOf(b, 'org:kivu-fishermens-cooperative')).toEqual([
      "Kivu Fishermen's Cooperative",
    ]);
  });
});
