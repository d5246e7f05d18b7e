import type { KgBatch, KgEvent } from '../../src/kg/kg-batch';
import { ActorKind, Modality } from '../../src/kg/domain';
import type { IngestOutcome } from '../../src/ingest/ingest.service';
import { InProcessBus } from '../../src/server/live-bus';
import { liveUpdateOf, livePublisher } from '../../src/server/live-publisher';

const SPAN = { start: 0, end: 7, text: 'Uruguay' };

function ev(id: string, sourceId: string, targetId: string): KgEvent {
  return {
    id,
    code: '051',
    sourceId,
    targetId,
    date: null,
    datePrecision: null,
    dateInferred: false,
    modality: Modality.REPORTED,
    summary: 's',
    evidence: [SPAN],
    respondsToId: null,
  };
}

const BATCH: KgBatch = {
  article: {
    id: 'article:abc',
    title: 'Uruguay hosts Brazil',
    url: null,
    source: null,
    publishedAt: '2024-03-05T00:00:00.000Z',
    publishedAtPrecision: null,
    publishedAtInferred: false,
    text: 'Uruguay hosts Brazil',
  },
  actors: ['country:URY', 'country:BRA', 'person:luiz-inacio-lula-da-silva'].map(id => ({
    id,
    kind: id.startsWith('person') ? ActorKind.PERSON : ActorKind.COUNTRY,
    name: id,
    aliases: [],
    iso3: null,
    wikidataId: null,
    description: null,
    mentions: [SPAN],
  })),
  offices: [
    {
      personId: 'person:luiz-inacio-lula-da-silva',
      countryId: 'country:BRA',
      title: 'President',
      role: 'head_of_state',
      since: null,
      until: null,
    },
  ],
  relations: [],
  statements: [],
  events: [
    ev('event:1', 'country:URY', 'country:BRA'),
    ev('event:2', 'person:luiz-inacio-lula-da-silva', 'country:URY'),
  ],
};

function outcome(newArticle: boolean): IngestOutcome {
  const counts = (n: number) => ({ articles: n, actors: 0, statements: 0, events: 0 });
  return {
    articleId: BATCH.article.id,
    created: counts(newArticle ? 1 : 0),
    merged: counts(newArticle ? 0 : 1),
  };
}

describe('live updates of a committed ingest', () => {
  it('announces a new article with its counts, and each event with the countries of its officials', () => {
    const update = liveUpdateOf(BATCH, outcome(true));
    expect(update.article).toEqual({
      articleId: 'article:abc',
      title: 'Uruguay hosts Brazil',
      publishedAt: '2024-03-05T00:00:00.000Z',
      actors: 3,
      statements: 0,
      events: 2,
    });
    expect(update.events).toEqual([
      expect.objectContaining({ eventId: 'event:1', sourceCountryIds: [], targetCountryIds: [] }),
      expect.objectContaining({
        eventId: 'event:2',
        sourceId: 'person:luiz-inacio-lula-da-silva',
        sourceCountryIds: ['country:BRA'],
        targetCountryIds: [],
      }),
    ]);
  });

  it('announces nothing for an article that was already stored', () => {
    expect(liveUpdateOf(BATCH, outcome(false))).toEqual({ article: null, events: [] });
  });

  it('publishes the article and then its events on the bus', async () => {
    const bus = new InProcessBus();
    const articles = bus.subscribe('articleIngested');
    const events = bus.subscribe('eventAdded');
    livePublisher(bus)(BATCH, outcome(true));
    expect((await articles.next()).value).toMatchObject({ articleId: 'article:abc' });
    expect((await events.next()).value).toMatchObject({ eventId: 'event:1' });
    expect((await events.next()).value).toMatchObject({ eventId: 'event:2' });
    await bus.close();
  });
});
