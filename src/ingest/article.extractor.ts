/**
 * Ingest's extractor: the article is parsed by the language service (through the process's one
 * CoreNlpClient, which bounds the parses in flight and queued) and the parse is coded (coder/coder.ts).
 * The language service's failures become the project's errors, so every caller reports them alike:
 * unreachable or failing → SERVICE_UNAVAILABLE (the message names CORENLP_URL), its queue full →
 * SERVICE_BUSY with the seconds to wait. Either way nothing is extracted, so nothing is written.
 */
import { ServiceBusyError, ServiceUnavailableError } from '../errors/errors';
import { parseDateTime } from '../kg/dates';
import { codeArticle } from './coder/coder';
import type { Extractor } from './ingest.service';
import { type Annotator, NlpBusyError, NlpUnavailableError } from './nlp/corenlp.client';

/** The day relative dates ("yesterday") are read against: the article's, when it has one. */
function dayOf(publishedAt: string | null | undefined): string | undefined {
  const value = publishedAt ? parseDateTime(publishedAt)?.value : undefined;
  return value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/**
 * `onCoded(start, end)` (`performance.now()`) is told when each parse was coded, for
 * `npm run bench:ingest`; the client times the parses themselves.
 */
export function parsingExtractor(
  client: Annotator,
  onCoded?: (startMs: number, endMs: number) => void,
): Extractor {
  return async input => {
    let doc;
    try {
      doc = await client.annotate(input.text, dayOf(input.publishedAt));
    } catch (err) {
      if (err instanceof NlpBusyError) {
        throw new ServiceBusyError(err.message, err.retryAfterSeconds);
      }
      if (err instanceof NlpUnavailableError) {
        throw new ServiceUnavailableError(err.message, err);
      }
      throw err;
    }
    const coding = performance.now();
    const batch = codeArticle(input, doc);
    onCoded?.(coding, performance.now());
    // checkArticleInput stored publishedAt in its canonical UTC form and knows its precision (a date only
    // is DAY), which the value alone no longer says
    const precision = input.publishedAtPrecision ?? batch.article.publishedAtPrecision;
    return { batch: { ...batch, article: { ...batch.article, publishedAtPrecision: precision } } };
  };
}
