/**
 * Finds the parts of a stored article that are not the story, the way a wire or website article is laid
 * out: the headline repeated under itself, bylines (and the role line under one), photo captions and
 * image credits, wire credits ("(Reporting by …; Editing by …)"), link lines and related/most-read
 * lists, headline runs after the story has ended, share/newsletter prompts, date stamps, tag lines,
 * copyright and disclaimer lines, and the comment section. The line rules are in boilerplate-lines.ts,
 * the block rules in boilerplate-blocks.ts.
 *
 * The text is never rewritten: every span indexes the original text, and later stages skip whatever
 * overlaps an ignored span. Precision comes first: a rule matches a line's whole layout, never a word
 * that a story sentence could begin with.
 */
import type { Span } from '../kg/kg-batch';
import {
  type Line,
  headlineBlockEnd,
  isCommentsHeading,
  isLinkLine,
  relatedListEnd,
  trimmed,
} from './boilerplate-blocks';
import { isBylineRole, lineBoilerplate, trailingCredit } from './boilerplate-lines';

export interface IgnoredSpan extends Span {
  readonly reason: string;
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

function whole(line: Line, reason: string): IgnoredSpan {
  return { start: line.start, end: line.end, text: line.text, reason };
}

function lines(
  text: string,
  all: readonly Line[],
  from: number,
  to: number,
  reason: string,
): IgnoredSpan {
  const first = all[from] as Line;
  const last = all[to - 1] as Line;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), reason };
}

function normalised(t: string): string {
  return t.replace(/\s+/g, ' ').toLowerCase();
}

/** Reasons that mark the end of the story: what follows in headline-like blocks is site chrome. */
const END_OF_STORY = new Set([
  'reporting credit line',
  'agency credit line',
  'site boilerplate: a copyright line',
]);

/** Ignored spans, sorted by start and non-overlapping. */
export function findIgnoredSpans(text: string): IgnoredSpan[] {
  const all = splitLines(text);
  const out: IgnoredSpan[] = [];
  const titleIndex = all.findIndex(l => trimmed(l) !== '');
  const title = titleIndex < 0 ? '' : normalised(trimmed(all[titleIndex] as Line));
  let storyEnded = false;
  let previous: string | null = null;
  let i = 0;
  while (i < all.length) {
    const line = all[i] as Line;
    const t = trimmed(line);
    if (t === '') {
      i++;
      continue;
    }
    const isTitle = i === titleIndex;
    const listEnd = isTitle ? null : relatedListEnd(all, i);
    let reason: string | null = null;
    let next = i + 1;
    if (!isTitle && normalised(t) === title) {
      reason = 'repeated headline (a verbatim copy of the first line)';
    } else if (!isTitle && isCommentsHeading(t)) {
      out.push({
        start: line.start,
        end: text.length,
        text: text.slice(line.start),
        reason: 'site boilerplate: the comment section',
      });
      break;
    } else if (listEnd !== null) {
      next = listEnd;
      reason = 'site boilerplate: a list of related articles';
    } else if (!isTitle && isLinkLine(t)) {
      reason = `site boilerplate: a '${t.split(':')[0] ?? t}' link to another story`;
    } else {
      reason = lineBoilerplate(t, isTitle);
      if (reason === null && previous === 'byline' && isBylineRole(t)) {
        reason = 'byline';
      }
      if (reason === null && storyEnded) {
        const end = headlineBlockEnd(all, i);
        if (end !== null) {
          next = end;
          reason = 'site boilerplate: headlines after the end of the story';
        }
      }
    }
    if (reason !== null) {
      out.push(next === i + 1 ? whole(line, reason) : lines(text, all, i, next, reason));
      storyEnded ||= END_OF_STORY.has(reason) && line.start >= text.length / 2;
    } else {
      const credit = trailingCredit(line.text);
      if (credit !== null) {
        const start = line.start + credit.from;
        out.push({
          start,
          end: line.end,
          text: text.slice(start, line.end),
          reason: credit.reason,
        });
        storyEnded ||= line.start >= text.length / 2;
      }
    }
    previous = reason;
    i = next;
  }
  return out;
}

/** True when [start, end) overlaps any of the spans. */
export function overlapsAny(start: number, end: number, spans: readonly Span[]): boolean {
  return spans.some(s => start < s.end && s.start < end);
}
