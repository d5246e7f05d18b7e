/**
 * State bodies by the conventions of eval/README.md in general form (branch actors14), each on the REAL
 * CoreNLP parse of a short sentence recorded in tests/fixtures/parses (`act14-*`).
 */
import { actorIds as ids, codeRecorded, mentionsOf } from '../helpers/recorded-parse';

describe('state bodies in general form (actors14)', () => {
  it('takes a legislature with no word of government for the state parliament', () => {
    const b = codeRecorded('act14-legislature-chamber');
    expect(ids(b).filter(id => id.startsWith('org:'))).toEqual(['org:bol-parliament']);
    expect(mentionsOf(b, 'org:bol-parliament')).toEqual(['Bolivian Chamber of Deputies']);
  });

  it('takes a body named by one word after its country word for that state body', () => {
    const b = codeRecorded('act14-one-word-body');
    expect(ids(b).filter(id => id.startsWith('org:'))).toEqual(['org:fji-navy']);
    expect(mentionsOf(b, 'org:fji-navy')).toEqual(['Fijian Navy']);
  });

  it("takes a body a dictionary lists under another state for the named country's body", () => {
    const b = codeRecorded('act14-dictionary-body');
    expect(ids(b).filter(id => id.startsWith('org:'))).toEqual([
      'org:guy-environmental-protection-agency',
    ]);
  });
});

describe('state bodies and outlets by their other names (actors14)', () => {
  it('names a ministry by its portfolio under another of its names', () => {
    const b = codeRecorded('act14-ministry-portfolios');
    expect(ids(b).filter(id => id.startsWith('org:'))).toEqual([
      'org:cmr-foreign-ministry',
      'org:sen-defence-ministry',
    ]);
  });

  it('takes a newspaper named with a country word and "Daily" for the outlet', () => {
    const b = codeRecorded('act14-newspaper-names');
    expect(ids(b).filter(id => !id.startsWith('country:'))).toEqual(['media:zambia-daily-mail']);
  });

  it('takes a name with "Daily" or "Weekly" anywhere in it for a newspaper', () => {
    // neither name ends with an outlet word: "Maverick" and "Review" are no newspaper words
    const b = codeRecorded('lead15-periodical-names');
    expect(ids(b)).toEqual(['country:LSO', 'media:daily-maverick', 'media:weekly-review']);
  });

  it("takes a state's police by its full name for the state police", () => {
    const b = codeRecorded('act14-police-names');
    expect(ids(b).filter(id => id.startsWith('org:'))).toEqual(['org:mwi-police']);
    expect(mentionsOf(b, 'org:mwi-police')).toEqual(['Malawi Police Service']);
  });
});

describe('facilities and buildings are no organisations (actors14)', () => {
  it('takes no actor for a dam or for a building where an act takes place', () => {
    const b = codeRecorded('act14-facility-names');
    expect(ids(b)).toEqual(['country:FJI', 'country:VUT']);
    expect(b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`)).toEqual([
      '060 country:VUT -> country:FJI',
    ]);
  });

  it('takes no actor for a cable or a tunnel either', () => {
    const b = codeRecorded('lead15-facility-heads');
    expect(ids(b)).toEqual(['country:FJI', 'country:VUT']);
  });
});
