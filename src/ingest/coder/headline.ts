/**
 * Where an article's headline ends. A wire text opens with its headline on a line of its own, in
 * telegram style ("Chile warns Peru over fishing boats"), then the dateline and the lead; a text that
 * opens with its lead has no headline. The headline restates the lead, so the coder merges its acts
 * with the body's, keeps the lead's statement rather than the headline's, reads "the decision" in a
 * reaction as the act the headline tells, and drops a verbal act told only there (headline-acts.ts).
 */

/** Words a headline has at most: a longer first line is the lead, with no headline above it. */
const HEADLINE_MAX_WORDS = 25;

/**
 * The offset where the headline ends (its first line's newline), or 0 when the text has none: a first
 * line counts when more text follows it and it has at most HEADLINE_MAX_WORDS words (a scraped headline
 * may end with a full stop, as the seed's does).
 */
export function headlineEnd(text: string): number {
  const start = Math.max(0, text.search(/\S/));
  const end = text.indexOf('\n', start);
  if (end < 0 || text.slice(end).trim() === '') {
    return 0;
  }
  const words = text.slice(start, end).trim().split(/\s+/).length;
  return words <= HEADLINE_MAX_WORDS ? end : 0;
}
