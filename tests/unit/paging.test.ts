import { decodeCursor, encodeCursor, pageParams, toPage } from '../../src/graph/paging';
import { BadUserInputError } from '../../src/server/errors';

describe('cursors', () => {
  it('round-trip a sort key, including separators and non-ASCII text', () => {
    const key = '2022-08-15|article:abc|000000192|event:é';
    expect(decodeCursor(encodeCursor(key))).toBe(key);
  });

  it.each([
    '',
    'not-a-cursor',
    '***',
    Buffer.from('v0:x').toString('base64url'),
    Buffer.from('ng1:').toString('base64url'),
  ])('rejects %j as BAD_USER_INPUT', bad => {
    expect(() => decodeCursor(bad)).toThrow(BadUserInputError);
  });
});

describe('pageParams', () => {
  it('asks for one extra row to detect the next page', () => {
    expect(pageParams({ first: 20 }, 100).limit.toNumber()).toBe(21);
  });

  it('rejects sizes outside 1..cap, naming the cap', () => {
    expect(() => pageParams({ first: 101 }, 100)).toThrow(
      'first must be between 1 and 100 (got 101)',
    );
    expect(() => pageParams({ first: 0 }, 100)).toThrow(BadUserInputError);
  });
});

describe('toPage', () => {
  it('drops the extra row and reports hasNextPage', async () => {
    const rows = ['a', 'b', 'c'].map(k => ({ row: k, sortKey: k }));
    const page = toPage(rows, 2, () => Promise.resolve(3));
    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.hasNextPage).toBe(true);
    expect(decodeCursor(page.cursors[1] ?? '')).toBe('b');
    expect(await page.count()).toBe(3);
    expect(toPage(rows, 3, () => Promise.resolve(3)).hasNextPage).toBe(false);
  });
});
