/**
 * Turns a committed ingest into live messages: `articleIngested` when the article is new, and
 * `eventAdded` for each event that is new. Re-ingesting an article that is already stored changes
 * nothing, so it publishes nothing.
 */
import type { KgBatch } from '../kg/kg-batch';
import type { IngestOutcome } from '../ingest/ingest.service';
import type { ArticleIngestedMessage, EventAddedMessage, LiveBus } from '../kg/live-messages';

export interface LiveUpdate {
  readonly article: ArticleIngestedMessage | null;
  readonly events: readonly EventAddedMessage[];
}

/**
 * The outcome counts new items but does not name them. An article that is new brings only new events
 * (event ids hash the article id), and one that was stored already brings none, so "new" follows the
 * article.
 */
export function liveUpdateOf(batch: KgBatch, outcome: IngestOutcome): LiveUpdate {
  const fresh = outcome.created.articles > 0;
  const countriesOf = (actorId: string): string[] => [
    ...new Set(batch.offices.filter(o => o.personId === actorId).map(o => o.countryId)),
  ];
  const article: ArticleIngestedMessage | null = fresh
    ? {
        articleId: batch.article.id,
        title: batch.article.title,
        publishedAt: batch.article.publishedAt,
        actors: batch.actors.length,
        statements: batch.statements.length,
        events: batch.events.length,
      }
    : null;
  const events = (fresh ? batch.events : []).map(e => ({
    eventId: e.id,
    articleId: batch.article.id,
    sourceId: e.sourceId,
    targetId: e.targetId,
    sourceCountryIds: countriesOf(e.sourceId),
    targetCountryIds: countriesOf(e.targetId),
  }));
  return { article, events };
}

/** The ingest service's `onCommitted` hook for this bus. */
export function livePublisher(bus: LiveBus): (batch: KgBatch, outcome: IngestOutcome) => void {
  return (batch, outcome) => {
    const update = liveUpdateOf(batch, outcome);
    if (update.article !== null) {
      bus.publish('articleIngested', update.article);
    }
    for (const event of update.events) {
      bus.publish('eventAdded', event);
    }
  };
}
