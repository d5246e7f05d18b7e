import { BadUserInputError } from '../../src/errors/errors';
import {
  MAX_ARTICLE_BYTES,
  checkArticleInput,
  normalizeArticleText,
} from '../../src/kg/article-input';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(BadUserInputError);
    return (err as BadUserInputError).argumentName;
  }
  return undefined;
}

describe('normalizeArticleText', () => {
  it('folds CRLF and CR to LF, drops control characters, keeps tabs, and composes to NFC', () => {
    expect(normalizeArticleText('a\r\nb\rc\td\u0007e\u0085f\u001bg')).toBe('a\nb\nc\tdefg');
    expect(normalizeArticleText('Cafe\u0301')).toBe('Café');
  });
});

describe('checkArticleInput', () => {
  it('accepts a plain article and normalises every field', () => {
    expect(
      checkArticleInput({
        text: 'Line one.\r\nLine two.',
        url: ' https://example.org/a ',
        title: ' Title ',
        source: 'Wire',
        publishedAt: '2024-06-19T08:30:00Z',
      }),
    ).toEqual({
      text: 'Line one.\nLine two.',
      url: 'https://example.org/a',
      title: 'Title',
      source: 'Wire',
      publishedAt: '2024-06-19T08:30:00.000Z',
      publishedAtPrecision: 'SECOND',
    });
  });

  it('keeps absent optional fields null', () => {
    expect(checkArticleInput({ text: 'x' })).toEqual({
      publishedAtPrecision: null,
      text: 'x',
      url: null,
      title: null,
      source: null,
      publishedAt: null,
    });
  });

  it.each([
    ['', 'text'],
    ['   \n ', 'text'],
    ['a\u0000b', 'text'],
    ['bad \udc00 surrogate', 'text'],
    ['\u0001\u0002\u0003 mostly controls', 'text'],
    ['é'.repeat(MAX_ARTICLE_BYTES / 2 + 1), 'text'],
  ])('rejects the text %#', (text, field) => {
    expect(fieldOf(() => checkArticleInput({ text }))).toBe(field);
  });

  it('accepts a text of exactly 1 MiB and a few stray controls in a long text', () => {
    expect(checkArticleInput({ text: 'a'.repeat(MAX_ARTICLE_BYTES) }).text).toHaveLength(
      MAX_ARTICLE_BYTES,
    );
    expect(checkArticleInput({ text: `${'word '.repeat(100)}\u0007end` }).text).not.toContain(
      '\u0007',
    );
  });

  it.each([
    [{ url: '' }, 'url'],
    [{ url: 'example.com/a' }, 'url'],
    [{ url: 'ftp://example.com/a' }, 'url'],
    [{ url: 'javascript:alert(1)' }, 'url'],
    [{ title: 'x'.repeat(501) }, 'title'],
    [{ title: 'a\u0000b' }, 'title'],
    [{ source: ' ' }, 'source'],
    [{ publishedAt: 'yesterday' }, 'publishedAt'],
    [{ publishedAt: '15 August 2022' }, 'publishedAt'],
    [{ publishedAt: '2023-02-29' }, 'publishedAt'],
    [{ publishedAt: '2024-13-01' }, 'publishedAt'],
  ])('rejects %j naming %s', (fields, field) => {
    expect(fieldOf(() => checkArticleInput({ text: 'Some text.', ...fields }))).toBe(field);
  });

  it('normalises a leap day and a date with an offset to UTC, keeping the precision', () => {
    expect(checkArticleInput({ text: 'x', publishedAt: '2024-02-29' })).toMatchObject({
      publishedAt: '2024-02-29T00:00:00.000Z',
      publishedAtPrecision: 'DAY',
    });
    expect(
      checkArticleInput({ text: 'x', publishedAt: '2024-06-19T08:30:00+09:00' }).publishedAt,
    ).toBe('2024-06-18T23:30:00.000Z');
  });
});
