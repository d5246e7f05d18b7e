/**
 * Turns a user's search text into a Lucene query for `db.index.fulltext.queryNodes` that searches the
 * text literally: no operator, wildcard, field, range, fuzzy or grouping syntax survives, so input such
 * as `Kim" OR *:*` or `(unbalanced` is searched as words and never fails to parse.
 *
 * Semantics: AND. Every whitespace-separated word is a required (`+`) clause, so a hit contains all
 * words (in any order); Lucene's score ranks the hits. Each word is a quoted phrase, so one the analyzer
 * splits further (`anti-Japanese`, `U.S.-led`) must match as that sequence of tokens. A word with no
 * letters or digits (`*:*`, `"`) analyzes to nothing and Lucene drops its clause.
 */

/** Every character with a meaning in Lucene's classic query syntax (`&&` and `||` via `&`, `|`). */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/;

/** Backslash-escapes Lucene's special characters; the result matches the characters literally. */
export function escapeLucene(word: string): string {
  return word.replace(new RegExp(SPECIAL, 'g'), ch => `\\${ch}`);
}

/** Words of the text: runs of non-whitespace. */
export function searchWords(text: string): string[] {
  return text.split(/\s+/u).filter(w => w !== '');
}

/**
 * `+"w1" +"w2" ...`: each word escaped and quoted, which also makes AND, OR, NOT and `TO` plain words
 * (inside quotes they are never operators). The text must hold at least one non-whitespace character.
 */
export function toLuceneQuery(text: string): string {
  const words = searchWords(text);
  if (words.length === 0) {
    throw new Error('toLuceneQuery needs at least one word');
  }
  return words.map(w => `+"${escapeLucene(w)}"`).join(' ');
}

/**
 * The tokens the full-text analyzer will look for, lower-cased, approximating Lucene's standard
 * tokenizer (UAX #29): runs of letters and digits, joined by an inner apostrophe, period or colon
 * (`people’s`, `U.S`). Used to find and mark matches in snippets.
 */
export function searchTerms(text: string): string[] {
  const tokens = text.match(/[\p{L}\p{N}]+(?:['’.:][\p{L}\p{N}]+)*/gu) ?? [];
  return [...new Set(tokens.map(t => t.toLowerCase()))];
}
