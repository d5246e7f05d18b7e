/**
 * Search snippets: a short plain-text excerpt of the matched text, centred on the first match, with the
 * ranges of every matched term in it (for clients to highlight; the text itself carries no markup).
 */

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface Snippet {
  readonly text: string;
  /** Matched terms in `text`: UTF-16 offsets, end exclusive, in order. */
  readonly highlights: readonly TextRange[];
}

export const SNIPPET_LENGTH = 160;
const ELLIPSIS = '…';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whole-token, case-insensitive matches of any term (longest first, so `north korea` style overlaps
 * prefer the longer term). A token ends where Lucene's would: not before a letter or digit, nor before an
 * apostrophe, period or colon followed by one (`Pyongyang’s` is its own token, not `Pyongyang`).
 */
function termPattern(terms: readonly string[]): RegExp | null {
  const alternatives = [...terms]
    .filter(t => t !== '')
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (alternatives.length === 0) {
    return null;
  }
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]['’.:])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])(?!['’.:][\\p{L}\\p{N}])`,
    'giu',
  );
}

function matchesIn(text: string, pattern: RegExp | null): TextRange[] {
  if (pattern === null) {
    return [];
  }
  return [...text.matchAll(pattern)].map(m => ({ start: m.index, end: m.index + m[0].length }));
}

/** The window [start, end) of at most `length` characters around `match`, cut at word boundaries. */
function window(text: string, match: TextRange | undefined, length: number): TextRange {
  if (text.length <= length) {
    return { start: 0, end: text.length };
  }
  if (match === undefined) {
    const cut = text.lastIndexOf(' ', length);
    return { start: 0, end: cut > 0 ? cut : length };
  }
  const matchLength = Math.min(match.end - match.start, length);
  let start = Math.max(0, match.start - Math.floor((length - matchLength) / 2));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  if (start > 0) {
    const ws = text.slice(start, match.start).search(/\s/u);
    if (ws >= 0) {
      start += ws + 1;
    }
  }
  if (end < text.length) {
    const tail = text.slice(match.end, end);
    const ws = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (ws >= 0) {
      end = match.end + ws;
    }
  }
  return { start, end };
}

/**
 * A snippet from the first of `texts` that contains a term (or the start of the first non-empty text
 * when none does, e.g. when the index matched a token this approximation does not see). Whitespace runs
 * become single spaces; `…` marks a cut.
 */
export function makeSnippet(
  texts: readonly string[],
  terms: readonly string[],
  length: number = SNIPPET_LENGTH,
): Snippet {
  const pattern = termPattern(terms);
  const hit = texts
    .map(text => ({ text, first: matchesIn(text, pattern)[0] }))
    .find(t => t.first !== undefined);
  const text = hit?.text ?? texts.find(t => t.trim() !== '') ?? '';
  const { start, end } = window(text, hit?.first, length);
  const body = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  const out = `${start > 0 ? ELLIPSIS : ''}${body}${end < text.length ? ELLIPSIS : ''}`;
  return { text: out, highlights: matchesIn(out, pattern) };
}
