/**
 * Checks and normalises an article before extraction, for every way in (the mutation and the CLI):
 * the text is stored NFC-normalised with line breaks as `\n` and stray control characters removed, so
 * evidence offsets index the stored text exactly. Bad input is a BAD_USER_INPUT naming the field, raised
 * before anything is extracted or written. `publishedAt` is normalised to its canonical stored form with
 * its precision (see kg/dates.ts).
 */
import { BadUserInputError } from '../errors/errors';
import type { DatePrecision } from './domain';
import { type ParsedDateTime, parseDateTime } from './dates';

/** An article as it comes in: from the mutation, the CLI or the seed. */
export interface ArticleInput {
  readonly text: string;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly source?: string | null;
  readonly publishedAt?: string | null;
  /** Set with a canonical publishedAt by checkArticleInput; else publishedAt is parsed here. */
  readonly publishedAtPrecision?: DatePrecision | null;
}

/** The largest article text accepted: 1 MiB of UTF-8. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
export const MAX_URL_CHARS = 2000;
export const MAX_TITLE_CHARS = 500;
export const MAX_SOURCE_CHARS = 200;

/** C0 and C1 controls except tab and line feed (carriage returns are folded into line feeds first). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** A global copy per call: no lastIndex shared between calls. */
const allControls = (): RegExp => new RegExp(CONTROL, 'g');
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A text with more stray controls than this share (or any NUL) is binary, not an article. */
const BINARY_SHARE = 0.01;

/** NFC, `\r\n` and `\r` as `\n`, stray control characters removed. */
export function normalizeArticleText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(allControls(), '').normalize('NFC');
}

function checkText(raw: string): string {
  if (LONE_SURROGATE.test(raw)) {
    throw new BadUserInputError(
      'text is not valid Unicode (it holds unpaired UTF-16 surrogates): send UTF-8 text',
      'text',
    );
  }
  const folded = raw.replace(/\r\n?/g, '\n');
  const controls = folded.match(allControls())?.length ?? 0;
  if (folded.includes('\u0000') || controls > folded.length * BINARY_SHARE) {
    throw new BadUserInputError(
      `text looks binary (${controls} control characters): send the article as plain text`,
      'text',
    );
  }
  const text = normalizeArticleText(raw);
  if (text.trim() === '') {
    throw new BadUserInputError('text is empty', 'text');
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new BadUserInputError(
      `text is ${bytes} bytes of UTF-8; the limit is ${MAX_ARTICLE_BYTES} (1 MiB): split the article`,
      'text',
    );
  }
  return text;
}

/** A short single-line field: trimmed, NFC, no control characters, at most `max` characters. */
function checkLine(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (ANY_CONTROL.test(value) || LONE_SURROGATE.test(value)) {
    throw new BadUserInputError(`${field} contains control characters`, field);
  }
  const v = value.trim().normalize('NFC');
  if (v === '') {
    throw new BadUserInputError(`${field} is blank: leave it out instead`, field);
  }
  if (v.length > max) {
    throw new BadUserInputError(`${field} is longer than ${max} characters`, field);
  }
  return v;
}

function checkUrl(value: string | null | undefined): string | null {
  const url = checkLine(value, 'url', MAX_URL_CHARS);
  if (url === null) {
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BadUserInputError(`url is not a URL: ${JSON.stringify(url.slice(0, 80))}`, 'url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new BadUserInputError('url must be an http or https URL', 'url');
  }
  return url;
}

function checkPublishedAt(value: string | null | undefined): ParsedDateTime | null {
  const v = checkLine(value, 'publishedAt', 40);
  if (v === null) {
    return null;
  }
  const parsed = parseDateTime(v);
  if (parsed === null) {
    throw new BadUserInputError(
      'publishedAt is not an ISO 8601 calendar date or date-time (e.g. 2024-06-19, ' +
        `2024-06-19T08:30:00Z or 2024-06-19T10:30+02:00; no zone means UTC): ${JSON.stringify(v.slice(0, 40))}`,
      'publishedAt',
    );
  }
  return parsed;
}

/** The input, checked and normalised; throws BadUserInputError naming the first bad field. */
export function checkArticleInput(input: ArticleInput): ArticleInput {
  const published = checkPublishedAt(input.publishedAt);
  return {
    text: checkText(input.text),
    url: checkUrl(input.url),
    title: checkLine(input.title, 'title', MAX_TITLE_CHARS),
    source: checkLine(input.source, 'source', MAX_SOURCE_CHARS),
    publishedAt: published?.value ?? null,
    publishedAtPrecision: published?.precision ?? null,
  };
}
