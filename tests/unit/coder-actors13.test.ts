/**
 * State bodies and outlets by the conventions of eval/README.md in general form (branch actors13), each on
 * the REAL CoreNLP parse of short sentences recorded in tests/fixtures/parses (`act13-*`): a legislature
 * by any name, a ministry of several fields or closed by its country, an outlet named with a country word.
 */
import { actorIds as ids, codeRecorded, mentionsOf } from '../helpers/recorded-parse';

describe('state bodies and outlets in general form', () => {
  it('takes a legislature by any name, and its members, for the state parliament', () => {
    const b = codeRecorded('act13-legislatures');
    expect(ids(b).filter(id => id.startsWith('org:'))).toEqual([
      'org:chl-parliament',
      'org:ken-parliament',
      'org:per-parliament',
    ]);
    expect(mentionsOf(b, 'org:chl-parliament')).toEqual(["Chile's Senate"]);
    expect(mentionsOf(b, 'org:per-parliament')).toEqual(["Peru's Congress"]);
  });

  it('reads a ministry of several fields whole, and the country closing its name', () => {
    const b = codeRecorded('act13-ministry-fields');
    expect(ids(b).filter(id => id.startsWith('org:'))).toEqual([
      'org:per-development-ministry',
      'org:zmb-foreign-ministry',
    ]);
    expect(mentionsOf(b, 'org:per-development-ministry')).toEqual([
      "Peru's Ministry of Development, Industry and Trade",
    ]);
    expect(mentionsOf(b, 'org:zmb-foreign-ministry')).toEqual([
      'Ministry of Foreign Affairs and International Cooperation of Zambia',
    ]);
  });

  it('takes an outlet named with a country word for the outlet, not a body or a company', () => {
    const b = codeRecorded('act13-country-outlets');
    expect(ids(b).filter(id => !id.startsWith('country:'))).toEqual([
      'media:tanzania-daily-news',
      'media:zambia-national-broadcasting-corporation',
    ]);
  });
});
