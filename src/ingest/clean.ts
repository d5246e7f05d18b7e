/**
 * Finds the parts of a stored article that are not the story: site boilerplate ("Also Read: …" links,
 * "Related articles" lists, comment blocks, copyright lines, legal disclaimers) and a headline repeated
 * verbatim under itself. The text is never rewritten: every span indexes the original text, and later
 * stages skip whatever overlaps an ignored span.
 */
import type { Span } from '../kg/kg-batch';

export interface IgnoredSpan extends Span {
  readonly reason: string;
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Lines without their line break; `end` excludes the newline (trailing spaces stay in the line). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const end = i > start && text[i - 1] === '\r' ? i - 1 : i;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

/** A single line that is a link to another story. */
const LINK_LINE =
  /^(also read|read also|read more|more from|see also|must read|recommended|you may also like|you might also like|related|most (?:read|popular|viewed|shared)|top stories|trending(?: now)?|popular now|editor['’]?s (?:picks?|choice)|latest news|watch|listen)\s*:/i;
/** A heading that opens a list of links, running to the next blank line. */
const LINK_LIST_HEADING =
  /^(related( (articles|stories|posts|news|coverage))?|more (stories|news)|recommended( for you)?|read next|trending( now)?|most (read|popular|viewed|shared)|also read|read also|read more|see also)\s*:?$/i;
/** A heading that opens the comment section: everything after it is not the story. */
const COMMENTS_HEADING =
  /^(leave a (reply|comment)|post a comment|add a comment|\d+\s+comments?|comments?( \(\d+\))?|join the (conversation|discussion))\s*:?$/i;
const COPYRIGHT_LINE = /^(©|\(c\)\s|copyright\b)|all rights reserved/i;
const DISCLAIMER_LINE =
  /^(disclaimer\s*:|the views (and opinions )?expressed (in this article )?are|this (article|content) (is|was) (for informational purposes|not intended as|provided for information)|not (financial|legal|investment) advice)/i;
/** A photo caption line: "Photo caption: …", "(Photo: …)", "Caption: …". */
const CAPTION_LINE = /^\(?(?:(?:file\s+)?photo(?:\s+caption)?|caption|picture|image)\s*:/i;
/** A wire credit line: "Reporting by … in Jakarta; Editing by …". */
const CREDIT_LINE = /^(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\b/i;
/** A byline on a line of its own: "By Amina Qureshi". */
const BYLINE =
  /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|al-[\p{L}]+|bin|van|de|da)){0,5}$/u;
const SHARE_LINE =
  /^(share (this|on)\b|follow us\b|subscribe (to|now)\b|sign up for\b|click here to\b)/i;

function trimmed(line: Line): string {
  return line.text.trim();
}

function whole(line: Line, reason: string): IgnoredSpan {
  return { start: line.start, end: line.end, text: line.text, reason };
}

/** Ignored spans, sorted by start and non-overlapping. */
export function findIgnoredSpans(text: string): IgnoredSpan[] {
  const lines = splitLines(text);
  const out: IgnoredSpan[] = [];
  const first = lines.find(l => trimmed(l) !== '');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    const t = trimmed(line);
    if (t === '') {
      i++;
      continue;
    }
    if (first !== undefined && line !== first && t === trimmed(first)) {
      out.push(whole(line, 'repeated headline (a verbatim copy of the first line)'));
    } else if (LINK_LINE.test(t)) {
      out.push(whole(line, `site boilerplate: a '${t.split(':')[0] ?? t}' link to another story`));
    } else if (LINK_LIST_HEADING.test(t)) {
      let j = i + 1;
      while (j < lines.length && trimmed(lines[j] as Line) !== '') {
        j++;
      }
      // a blank line right after the heading: the list is the next block
      if (j === i + 1) {
        j++;
        while (j < lines.length && trimmed(lines[j] as Line) === '') {
          j++;
        }
        while (j < lines.length && trimmed(lines[j] as Line) !== '') {
          j++;
        }
      }
      const last = lines[Math.min(j, lines.length) - 1] as Line;
      out.push({
        start: line.start,
        end: last.end,
        text: text.slice(line.start, last.end),
        reason: 'site boilerplate: a list of related articles',
      });
      i = j;
      continue;
    } else if (COMMENTS_HEADING.test(t)) {
      out.push({
        start: line.start,
        end: text.length,
        text: text.slice(line.start),
        reason: 'site boilerplate: the comment section',
      });
      break;
    } else if (COPYRIGHT_LINE.test(t)) {
      out.push(whole(line, 'site boilerplate: a copyright line'));
    } else if (DISCLAIMER_LINE.test(t)) {
      out.push(whole(line, 'site boilerplate: a legal disclaimer'));
    } else if (CAPTION_LINE.test(t)) {
      out.push(whole(line, 'photo caption'));
    } else if (CREDIT_LINE.test(t)) {
      out.push(whole(line, 'reporting credit line'));
    } else if (BYLINE.test(t)) {
      out.push(whole(line, 'byline'));
    } else if (SHARE_LINE.test(t)) {
      out.push(whole(line, 'site boilerplate: a share or subscribe prompt'));
    }
    i++;
  }
  return out;
}

/** True when [start, end) overlaps any of the spans. */
export function overlapsAny(start: number, end: number, spans: readonly Span[]): boolean {
  return spans.some(s => start < s.end && s.start < end);
}
