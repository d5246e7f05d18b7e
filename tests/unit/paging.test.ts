import { decodeCursor, encodeCursor, pageParams, toPage } from '../../src/graph/paging';
import { BadUserInputError } from '../../src/errors/errors';

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
  it('asks for one extra row to detect another page, 20 by default', () => {
    expect(pageParams({ first: 5 }, 100).limit.toNumber()).toBe(6);
    expect(pageParams({}, 100)).toMatchObject({
      size: 20,
      backward: false,
      after: null,
      before: null,
    });
    expect(pageParams({ last: 3 }, 100)).toMatchObject({ size: 3, backward: true });
  });

  it('rejects sizes outside 1..cap, naming the argument and the cap', () => {
    expect(() => pageParams({ first: 101 }, 100)).toThrow(
      'first must be between 1 and 100 (got 101)',
    );
    expect(() => pageParams({ last: 0 }, 100)).toThrow('last must be between 1 and 100 (got 0)');
    expect(() => pageParams({ first: 2, last: 2 }, 100)).toThrow(BadUserInputError);
  });
});

describe('toPage', () => {
  const rows = ['a', 'b', 'c'].map(k => ({ row: k, sortKey: k }));

  it('drops the extra row and reports hasNextPage when reading forward', async () => {
    const page = toPage(rows, pageParams({ first: 2 }, 100), () => Promise.resolve(3));
    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.hasNextPage).toBe(true);
    expect(page.hasPreviousPage).toBe(false);
    expect(decodeCursor(page.cursors[1] ?? '')).toBe('b');
    expect(await page.count()).toBe(3);
    expect(toPage(rows, pageParams({ first: 3 }, 100), () => Promise.resolve(3)).hasNextPage).toBe(
      false,
    );
  });

  it('restores natural order and reports hasPreviousPage when reading backward', () => {
    const read = ['c', 'b', 'a'].map(k => ({ row: k, sortKey: k })); // as read, nearest to `before` first
    const page = toPage(read, pageParams({ last: 2, before: encodeCursor('d') }, 100), () =>
      Promise.resolve(4),
    );
    expect(page.nodes).toEqual(['b', 'c']);
    expect(page.hasPreviousPage).toBe(true);
    expect(page.hasNextPage).toBe(true);
  });
});
