import { parseCameoRoot, parseId, parseIso3 } from '../../src/resolvers/input';
import { BadUserInputError } from '../../src/errors/errors';

describe('input parsing', () => {
  it('accepts readable ids and rejects malformed ones', () => {
    expect(parseId('country:PRK', 'id')).toBe('country:PRK');
    expect(parseId('person:kim-jong-un', 'id')).toBe('person:kim-jong-un');
    for (const bad of [
      'PRK',
      'country:',
      'planet:mars',
      'country:PRK) DETACH DELETE n',
      `person:${'a'.repeat(200)}`,
    ]) {
      expect(() => parseId(bad, 'id')).toThrow(BadUserInputError);
    }
  });

  it('upper-cases ISO codes and rejects anything but three letters', () => {
    expect(parseIso3('prk')).toBe('PRK');
    expect(() => parseIso3('PR')).toThrow(BadUserInputError);
    expect(() => parseIso3('P1K')).toThrow(BadUserInputError);
  });

  it('accepts CAMEO roots 01..20 only', () => {
    expect(parseCameoRoot('16')).toBe('16');
    expect(parseCameoRoot(null)).toBeNull();
    expect(() => parseCameoRoot('21')).toThrow(BadUserInputError);
    expect(() => parseCameoRoot('1')).toThrow(BadUserInputError);
  });
});
