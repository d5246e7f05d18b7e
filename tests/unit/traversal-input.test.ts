import { boundedInt } from '../../src/kg/bounded-int';
import { parseDateWindow, parseVia } from '../../src/resolvers/input';
import { LinkKind } from '../../src/schema/link.enum';
import { BadUserInputError } from '../../src/errors/errors';

describe('traversal input', () => {
  it('bounds integers to 1..max and names the argument and the bound', () => {
    expect(boundedInt(4, 4, 'maxHops')).toBe(4);
    for (const bad of [0, 5, 2.5]) {
      expect(() => boundedInt(bad, 4, 'maxHops')).toThrow('maxHops must be between 1 and 4');
    }
  });

  it('reads via as all kinds when omitted, refuses an empty list, drops repeats', () => {
    expect(parseVia(undefined)).toEqual(Object.values(LinkKind));
    expect(parseVia([LinkKind.EVENT, LinkKind.EVENT])).toEqual([LinkKind.EVENT]);
    expect(() => parseVia([])).toThrow(BadUserInputError);
  });

  it('turns the window into ISO dates and refuses an inverted one', () => {
    expect(parseDateWindow(new Date('2022-07-01'), null)).toEqual({
      since: '2022-07-01',
      until: null,
    });
    expect(() => parseDateWindow(new Date('2022-08-01'), new Date('2022-07-01'))).toThrow(
      'until must not be before since',
    );
  });
});
