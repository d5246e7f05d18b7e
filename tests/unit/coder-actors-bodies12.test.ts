/**
 * Actor rules of branch actors12 on REAL CoreNLP parses (tests/fixtures/parses, `act12-*`): a body
 * named with its country after "of", a ministry or department of foreign affairs, a company's name the
 * speech rule took for a person's, and a country word that is part of a place's name.
 */
import { actorIds as ids, codeRecorded as code, mentionsOf } from '../helpers/recorded-parse';

describe('a body whose name the country closes', () => {
  it('makes "Supreme Court of Mauritius" the body of Mauritius, as "Mauritius’s Supreme Court"', () => {
    const b = code('act12-country-closing');
    expect(ids(b)).toContain('org:mus-supreme-court');
    expect(ids(b)).toContain('org:mdg-foreign-ministry');
    expect(ids(b)).not.toContain('org:supreme-court-of-mauritius');
    expect(mentionsOf(b, 'org:mus-supreme-court')).toEqual(['Supreme Court of Mauritius']);
    expect(mentionsOf(b, 'country:MUS')).toEqual(['Mauritius']);
    expect(b.relations).toContainEqual({
      type: 'PART_OF',
      fromId: 'org:mdg-foreign-ministry',
      toId: 'country:MDG',
    });
  });
});

describe('a department of foreign affairs', () => {
  it('is the foreign ministry, as a ministry of foreign affairs is', () => {
    const b = code('act12-foreign-affairs');
    expect(ids(b)).toContain('org:irl-foreign-ministry');
    expect(ids(b)).not.toContain('org:irl-department-of-foreign-affairs');
  });
});

describe('a company’s name', () => {
  it('is an organisation even as the subject of "said"', () => {
    const b = code('act12-company-said');
    expect(ids(b)).toContain('org:pacific-star-shipping');
    expect(ids(b)).not.toContain('person:pacific-star-shipping');
  });
});

describe('a country word inside a place’s name', () => {
  it('does not make "Indian Ocean Commission" a body of India', () => {
    const b = code('act12-place-word');
    expect(ids(b)).toContain('org:indian-ocean-commission');
    expect(ids(b)).not.toContain('org:ind-ocean-commission');
    expect(ids(b)).not.toContain('country:IND');
  });
});
