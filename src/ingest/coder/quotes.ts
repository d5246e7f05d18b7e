/**
 * Quotations in an article's text, found on the characters (the parse splits a quotation that spans
 * sentences, so quotes are paired on the text and then laid over the parse):
 * - curly “…” pairs, and straight "…" pairs taken in order within a paragraph (a straight mark has no
 *   side, so an odd one out closes nothing);
 * - a paragraph that ends inside an open quote is continued when the next paragraph opens with the same
 *   mark (the wire convention for a quotation running over paragraphs); each paragraph's part is its
 *   own span, marked `runsOn`;
 * - the span is the quoted words without the marks and without the comma or period that closes the
 *   sentence inside them ("…,” he said" gives "…").
 * Quotes inside boilerplate are dropped. Pure: no parse needed.
 */
import type { Span } from '../../kg/kg-batch';

const OPEN = '“';

/** A quotation's span; `runsOn` when it goes on in the next paragraph (its next span). */
export interface QuoteSpan extends Span {
  readonly runsOn: boolean;
}
const CLOSE = '”';

/** A quoted span's text trimmed of surrounding spaces and its closing punctuation. */
function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /[\s‘'"]/.test(text[s] as string)) {
    s++;
  }
  while (e > s && /[\s,.;:'"’]/.test(text[e - 1] as string)) {
    e--;
  }
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : null;
}

function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Quote spans of one paragraph `[from, to)`; `open` is the mark of a quotation running into it. */
function inParagraph(
  text: string,
  from: number,
  to: number,
  open: string | null,
): { spans: QuoteSpan[]; open: string | null } {
  const spans: QuoteSpan[] = [];
  const add = (start: number, end: number, runsOn: boolean): void => {
    const s = trimmed(text, start, end);
    if (s !== null) {
      spans.push({ ...s, runsOn });
    }
  };
  let curlyStart: number | null = open === OPEN ? from : null;
  let straightStart: number | null = open === '"' ? from : null;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === OPEN && curlyStart === null && straightStart === null) {
      curlyStart = i + 1;
    } else if (c === CLOSE && curlyStart !== null) {
      add(curlyStart, i, false);
      curlyStart = null;
    } else if (c === '"' && curlyStart === null) {
      if (straightStart === null) {
        straightStart = i + 1;
      } else {
        add(straightStart, i, false);
        straightStart = null;
      }
    }
  }
  const mark = curlyStart !== null ? OPEN : straightStart !== null ? '"' : null;
  const start = curlyStart ?? straightStart;
  if (mark === null || start === null || !text.slice(to).trimStart().startsWith(mark)) {
    return { spans, open: null };
  }
  add(start, to, true);
  return { spans, open: mark };
}

/** Every quotation of `text` outside `ignored`, in order. */
export function findQuoteSpans(text: string, ignored: readonly Span[] = []): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: string | null = null;
  for (const p of paragraphs(text)) {
    // a paragraph continuing a quotation reopens it with its own mark, which is skipped
    const from = open !== null && text[p.start] === open ? p.start + 1 : p.start;
    const r = inParagraph(text, from, p.end, open);
    out.push(...r.spans);
    open = r.open;
  }
  return out.filter(q => !ignored.some(i => q.start < i.end && i.start < q.end));
}

/** Words (with a letter) in a span's text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(w => /\p{L}/u.test(w)).length;
}
