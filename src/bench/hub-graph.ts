/**
 * A generated hub graph for paging tests and benchmarks: `articles` articles with `perArticle` events
 * (the hub meets a new partner) and as many statements by the hub, each on a distinct date.
 */
import { randomBytes } from 'node:crypto';
import {
  type KgActor,
  type KgBatch,
  type KgEvent,
  type Span,
  articleId,
  eventId,
  statementId,
} from '../kg/kg-batch';
import { ActorKind, DatePrecision, Modality } from '../schema/domain.enum';

function letters(n: number): string {
  return Array.from(randomBytes(n), b => String.fromCharCode(97 + (b % 26))).join('');
}

export interface HubGraph {
  readonly tag: string;
  readonly hubId: string;
  readonly batches: readonly KgBatch[];
  readonly events: number;
}

export function hubGraph(articles: number, perArticle: number): HubGraph {
  const tag = letters(8);
  const hubId = `person:hub-${tag}`;
  const hubName = `Hub ${tag}`;
  const batches: KgBatch[] = [];
  for (let a = 0; a < articles; a += 1) {
    let text = `Hub report ${tag} number ${a}.\n\n`;
    const span = (s: string): Span => {
      const start = text.length;
      text += s;
      return { start, end: start + s.length, text: s };
    };
    const items = Array.from({ length: perArticle }, (_, j) => {
      const partner = `Partner ${tag} ${a}-${j}`;
      const subject = span(hubName);
      text += ' met ';
      const object = span(partner);
      text += ' and said ';
      const quote = span(`meeting ${a}-${j} went well`);
      text += '.\n';
      return { partner, subject, object, quote, j };
    });
    const aid = articleId(text);
    const day = (n: number): string =>
      new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const partners: KgActor[] = items.map(it => ({
      id: `person:partner-${tag}-${a}-${it.j}`,
      kind: ActorKind.PERSON,
      name: it.partner,
      aliases: [],
      iso3: null,
      wikidataId: null,
      description: null,
      mentions: [it.object],
    }));
    const events: KgEvent[] = items.map((it, j) => ({
      id: eventId(aid, '040', hubId, partners[j]?.id ?? '', it.subject),
      code: '040',
      sourceId: hubId,
      targetId: partners[j]?.id ?? '',
      date: day(a * perArticle + j),
      datePrecision: DatePrecision.DAY,
      dateInferred: false,
      modality: Modality.ASSERTED,
      summary: `hub meets partner ${a}-${j}`,
      evidence: [it.subject, it.object],
      respondsToId: null,
    }));
    batches.push({
      article: {
        id: aid,
        title: `Hub report ${tag} ${a}`,
        url: null,
        source: 'tests',
        publishedAt: `${day(a)}T00:00:00.000Z`,
        publishedAtPrecision: DatePrecision.DAY,
        publishedAtInferred: false,
        text,
      },
      actors: [
        {
          id: hubId,
          kind: ActorKind.PERSON,
          name: hubName,
          aliases: [],
          iso3: null,
          wikidataId: null,
          description: null,
          mentions: items.map(it => it.subject),
        },
        ...partners,
      ],
      offices: [],
      relations: [],
      statements: items.map((it, j) => ({
        id: statementId(aid, it.quote),
        speakerId: hubId,
        addresseeIds: [partners[j]?.id ?? ''],
        aboutIds: [],
        reportedById: null,
        direct: true,
        reportingVerb: 'said',
        stance: 1,
        date: day(a * perArticle + j),
        datePrecision: DatePrecision.DAY,
        channel: null,
        span: it.quote,
        eventIds: [events[j]?.id ?? ''],
      })),
      events,
    });
  }
  return { tag, hubId, batches, events: articles * perArticle };
}
