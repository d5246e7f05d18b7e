import {
  MAX_SEARCH_TEXT,
  parseSearchKinds,
  parseSearchText,
  parseStateId,
  todayUtc,
} from '../../src/resolvers/input';
import { SearchKind } from '../../src/schema/search.type';
import { BadUserInputError } from '../../src/errors/errors';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseSearchText', () => {
  it('trims the text and accepts up to the limit', () => {
    expect(parseSearchText('  Kim Jong Un \n')).toBe('Kim Jong Un');
    expect(parseSearchText('k'.repeat(MAX_SEARCH_TEXT))).toHaveLength(500);
  });

  it.each(['', '   ', '\n\t', 'k'.repeat(501)])('rejects %j naming text', text => {
    const error = thrownBy(() => parseSearchText(text));
    expect(error).toBeInstanceOf(BadUserInputError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'text' });
  });
});

describe('parseSearchKinds', () => {
  it('means every kind when omitted, and removes repeats', () => {
    expect(parseSearchKinds(undefined)).toEqual(['STATEMENT', 'ARTICLE', 'ACTOR']);
    expect(parseSearchKinds(null)).toEqual(['STATEMENT', 'ARTICLE', 'ACTOR']);
    expect(parseSearchKinds([SearchKind.ACTOR, SearchKind.ACTOR])).toEqual(['ACTOR']);
  });

  it('rejects an empty list', () => {
    expect(() => parseSearchKinds([])).toThrow('kinds must name at least one kind');
  });
});

describe('parseStateId', () => {
  it('accepts countries, territories and historical states', () => {
    for (const id of [
      'country:UKR',
      'territory:donetsk-peoples-republic',
      'historical:soviet-union',
    ]) {
      expect(parseStateId(id, 'a')).toBe(id);
    }
  });

  it('rejects malformed ids and non-state actors, naming the argument', () => {
    for (const id of ['UKR', 'person:kim-jong-un', 'media:kcna', 'event:abc', 'country:']) {
      const error = thrownBy(() => parseStateId(id, 'b'));
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).argumentName).toBe('b');
    }
  });
});

describe('todayUtc', () => {
  it('is the UTC calendar date', () => {
    expect(todayUtc(new Date('2022-12-31T23:30:00-05:00'))).toBe('2023-01-01');
  });
});
