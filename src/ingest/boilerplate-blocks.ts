/**
 * Blocks of a web page that are not the story: link lines ("Read more: …"), related/most-read lists
 * (a heading followed by short headline-like lines), runs of headlines after the story has ended, and
 * the comment section. A list is taken only as far as its lines look like headlines (short, no final
 * period), so a story paragraph after a heading is never swallowed.
 */
import { NAME, NOT_A_NAME, oneOf } from './boilerplate-names';

export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const LINK_WORDS = String.raw`also read|read also|read more|more from|see also|must read|recommended|you may also like|you might also like|related(?: (?:articles|stories|coverage|news))?|most (?:read|popular|viewed|shared)|top stories|trending(?: now)?|popular now|editor['’]?s (?:picks?|choice)|latest news|watch|listen|in other news|don['’]t miss|further reading|read next`;
/** A single line that is a link to another story: "Related: …", "Most read: …". */
const LINK_LINE = new RegExp(String.raw`^(${LINK_WORDS})\s*:\s*\S`, 'i');

/** A heading that opens a list of links. */
const LIST_HEADING =
  /^(?:(?:related|other)(?: (?:articles|stories|posts|news|headlines|coverage|content|links|reading|reports|topics|videos))?|more (?:stories|news|headlines|coverage|articles|to read|like this|top stories|on this(?: story| topic)?)|recommended(?: (?:for you|reading|stories|articles))?|read (?:next|more|also|this next)|also read|see also|you (?:may|might) (?:also )?like|trending(?: (?:now|stories|news|today|topics))?|most (?:read|popular|viewed|shared|watched|commented|recent|emailed)(?: (?:stories|articles|news|today|this week))?|popular(?: (?:now|stories|today|articles))?|top (?:stories|news|headlines|picks)|latest(?: (?:news|stories|headlines|articles))?|editor['’]?s? (?:picks?|choice)|in other news|further reading|don['’]t miss|what to read next|around the web|from the archives?|(?:sponsored|promoted)(?: (?:content|stories|links))?)\s*:?$/i;
/** "More from Lake Geneva Wire", "Also on Pacific Wire Service", "Latest in Africa": a named list. */
const NAMED_LIST_HEADING = new RegExp(
  String.raw`^(?:${oneOf(['more', 'also', 'latest', 'top stories', 'most read', 'popular', 'more stories', 'more news'])})[ \t]+(?:from|on|in|at)[ \t]+(?!${NOT_A_NAME})${NAME}[ \t]*:?$`,
  'u',
);
/** A heading that opens the comment section: everything after it is not the story. */
const COMMENTS_HEADING =
  /^(leave a (reply|comment)|post a comment|add a comment|\d+\s+comments?|comments?( \(\d+\))?|join the (conversation|discussion))\s*:?$/i;

const HEADLINE_MAX_WORDS = 16;
const HEADLINE_MAX_CHARS = 140;
/** A list bullet or number: "- ", "• ", "* ", "1. ", "2) ". */
const BULLET = /^(?:[-–—•*·]|\d{1,2}[.)])\s+/;

export function trimmed(line: Line): string {
  return line.text.trim();
}

export function isLinkLine(t: string): boolean {
  return LINK_LINE.test(t);
}

export function isCommentsHeading(t: string): boolean {
  return COMMENTS_HEADING.test(t);
}

/** A short line shaped like a headline: at least two words, no final period, comma or colon. */
export function isHeadlineLike(t: string): boolean {
  const body = t.replace(BULLET, '');
  const n = body.split(/\s+/).filter(w => w !== '').length;
  return (
    n >= 2 &&
    n <= HEADLINE_MAX_WORDS &&
    body.length <= HEADLINE_MAX_CHARS &&
    /^[\p{Lu}\p{N}"“‘']/u.test(body) &&
    !/[.,;:]$/.test(body)
  );
}

/** Index after the run of non-blank lines from `from` that all look like headlines. */
function headlineRun(lines: readonly Line[], from: number): number {
  let j = from;
  while (
    j < lines.length &&
    trimmed(lines[j] as Line) !== '' &&
    isHeadlineLike(trimmed(lines[j] as Line))
  ) {
    j++;
  }
  return j;
}

function blockEnd(lines: readonly Line[], from: number): number {
  let j = from;
  while (j < lines.length && trimmed(lines[j] as Line) !== '') {
    j++;
  }
  return j;
}

function skipBlank(lines: readonly Line[], from: number): number {
  let j = from;
  while (j < lines.length && trimmed(lines[j] as Line) === '') {
    j++;
  }
  return j;
}

/**
 * The index after the list a heading at `i` opens: the headline-like lines right under it, or, when a
 * blank line follows the heading, the next block if every line of it looks like a headline.
 */
function listEnd(lines: readonly Line[], i: number): number {
  const under = headlineRun(lines, i + 1);
  if (under > i + 1) {
    return under;
  }
  if (i + 1 < lines.length && trimmed(lines[i + 1] as Line) !== '') {
    return i + 1; // a story line right under the heading: the heading alone
  }
  const next = skipBlank(lines, i + 1);
  const end = blockEnd(lines, next);
  return end > next && headlineRun(lines, next) === end ? end : i + 1;
}

/** The index after a block starting at `i` made only of headline-like lines, or null. */
export function headlineBlockEnd(lines: readonly Line[], i: number): number | null {
  const end = blockEnd(lines, i);
  return end > i && headlineRun(lines, i) === end ? end : null;
}

/**
 * The index after the related list whose heading is line `i`, or null when line `i` opens no list. A
 * named heading ("More from <Outlet>") counts only with headlines under it.
 */
export function relatedListEnd(lines: readonly Line[], i: number): number | null {
  const t = trimmed(lines[i] as Line);
  if (LIST_HEADING.test(t)) {
    return listEnd(lines, i);
  }
  if (NAMED_LIST_HEADING.test(t)) {
    const end = listEnd(lines, i);
    return end > i + 1 ? end : null;
  }
  return null;
}
