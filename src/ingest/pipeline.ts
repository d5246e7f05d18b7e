/**
 * The deterministic, offline ingest pipeline: raw article text in, a KgBatch out. This slice finds
 * boilerplate, actors, statements (statements.ts) and events (events.ts).
 */
import { type KgBatch, type Span, articleId } from '../kg/kg-batch';
import { type ParsedDateTime, parseDateTime } from '../kg/dates';
import type { ArticleInput } from '../kg/article-input';
import { extractActors } from './actors';
import { scoreBatch } from './confidence';
import { stanceOf } from './stance';
import { findIgnoredSpans } from './clean';
import { extractEvents } from './events';
import { extractStatements } from './statements';
import type { Extractor } from './ingest.service';

export const EXTRACTOR_VERSION = 'newsgraph-rules/0.5.0';

export type { ArticleInput };

export interface ArticleExtraction {
  readonly batch: KgBatch;
  readonly ignoredSpans: (Span & { reason: string })[];
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map(l => l.trim())
      .find(l => l !== '') ?? ''
  );
}

/** The publication date in its canonical stored form with its precision (see kg/dates.ts). */
function publishedOf(input: ArticleInput): ParsedDateTime | null {
  const raw = input.publishedAt ?? null;
  if (raw === null) {
    return null;
  }
  if (input.publishedAtPrecision !== undefined && input.publishedAtPrecision !== null) {
    return { value: raw, precision: input.publishedAtPrecision };
  }
  const parsed = parseDateTime(raw);
  if (parsed === null) {
    throw new Error(
      `publishedAt ${JSON.stringify(raw)} is not a date: check it first (checkArticleInput)`,
    );
  }
  return parsed;
}

export function extractArticle(input: ArticleInput): ArticleExtraction {
  const { text } = input;
  const published = publishedOf(input);
  const publishedAt = published?.value ?? null;
  const ignoredSpans = findIgnoredSpans(text);
  const { actors, relations, offices } = extractActors(text, ignoredSpans);
  const id = articleId(text);
  const statements = extractStatements({
    articleId: id,
    text,
    actors,
    ignoredSpans,
    publishedAt,
  }).map(s => ({ ...s, stance: stanceOf(s.span.text, s.reportingVerb) }));
  const events = extractEvents({
    articleId: id,
    text,
    actors,
    statements,
    offices,
    relations,
    ignoredSpans,
    publishedAt,
  });
  const batch: KgBatch = {
    article: {
      id,
      title: input.title ?? firstLine(text),
      url: input.url ?? null,
      source: input.source ?? null,
      publishedAt,
      publishedAtPrecision: published?.precision ?? null,
      publishedAtInferred: false,
      text,
    },
    actors,
    offices,
    relations,
    statements,
    events,
    provenance: {
      extractor: EXTRACTOR_VERSION,
      confidence: scoreBatch({ text, actors }, statements, events),
      defaultConfidence: 0,
    },
  };
  return { batch, ignoredSpans: ignoredSpans.map(s => ({ ...s })) };
}

/** The rules as ingest's (asynchronous) extractor, until the coder on the parse replaces them. */
export const extractWithRules: Extractor = input => Promise.resolve(extractArticle(input));
