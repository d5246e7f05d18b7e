/**
 * The deterministic, offline ingest pipeline: raw article text in, a KgBatch out. This slice finds
 * boilerplate, actors, statements (statements.ts) and events (events.ts).
 */
import { type KgBatch, type Span, articleId } from '../kg/kg-batch';
import { extractActors } from './actors';
import { scoreBatch } from './confidence';
import { stanceOf } from './stance';
import { findIgnoredSpans } from './clean';
import { extractEvents } from './events';
import { extractStatements } from './statements';

export const EXTRACTOR_VERSION = 'newsgraph-rules/0.5.0';

export interface ArticleInput {
  readonly text: string;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly source?: string | null;
  readonly publishedAt?: string | null;
}

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

export function extractArticle(input: ArticleInput): ArticleExtraction {
  const { text } = input;
  const ignoredSpans = findIgnoredSpans(text);
  const { actors, relations, offices } = extractActors(text, ignoredSpans);
  const id = articleId(text);
  const statements = extractStatements({
    articleId: id,
    text,
    actors,
    ignoredSpans,
    publishedAt: input.publishedAt ?? null,
  }).map(s => ({ ...s, stance: stanceOf(s.span.text, s.reportingVerb) }));
  const events = extractEvents({
    articleId: id,
    text,
    actors,
    statements,
    offices,
    relations,
    ignoredSpans,
    publishedAt: input.publishedAt ?? null,
  });
  const batch: KgBatch = {
    article: {
      id,
      title: input.title ?? firstLine(text),
      url: input.url ?? null,
      source: input.source ?? null,
      publishedAt: input.publishedAt ?? null,
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
