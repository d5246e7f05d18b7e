/**
 * A synthetic hub: one unique person linked by events to `partners` unique people (hub -> partner,
 * CAMEO 040), of whom the last `heavy` also sent `extra` events back (partner -> hub, CAMEO 051), so
 * they are the hub's strongest partners although their names sort last. The hub is OF_COUNTRY a unique
 * country (with no ISO code). Every span is computed from the generated text.
 */
import { randomBytes } from 'node:crypto';
import {
  type KgActor,
  type KgBatch,
  type KgEvent,
  type Span,
  articleId,
  eventId,
} from '../../src/kg/kg-batch';
import { ActorKind, DatePrecision, Modality } from '../../src/schema/domain.enum';

export interface Hub {
  readonly tag: string;
  readonly hubId: string;
  readonly countryId: string;
  /** In name order. */
  readonly partnerIds: readonly string[];
  /** The last `heavy` partners: 1 + `extra` events with the hub each. */
  readonly heavyIds: readonly string[];
  readonly batch: KgBatch;
}

function letters(n: number): string {
  return Array.from(randomBytes(n), b => String.fromCharCode(97 + (b % 26))).join('');
}

function person(id: string, name: string, mentions: Span[]): KgActor {
  return {
    id,
    kind: ActorKind.PERSON,
    name,
    aliases: [],
    iso3: null,
    wikidataId: null,
    description: null,
    mentions,
  };
}

/** `year`: the events' year (March of it); default 2023. */
export function hubArticle(partners: number, heavy: number, extra: number, year = 2023): Hub {
  const tag = letters(10);
  const hubId = `person:hub-${tag}`;
  const hubName = `Hub ${tag}`;
  const countryId = `country:hub-${tag}`;
  const pad = (i: number): string => String(i).padStart(4, '0');
  const partnerIds = Array.from({ length: partners }, (_, i) => `person:hub-${tag}-p${pad(i)}`);
  const partnerName = (i: number): string => `Hub ${tag} partner ${pad(i)}`;
  let text = `Hub report ${tag}.\n\n`;
  const span = (s: string): Span => {
    const start = text.length;
    text += s;
    return { start, end: start + s.length, text: s };
  };
  const hubMentions: Span[] = [];
  const partnerMentions: Span[][] = partnerIds.map(() => []);
  const raw: Omit<KgEvent, 'id'>[] = [];
  const event = (i: number, outbound: boolean, evidence: Span): void => {
    const p = partnerIds[i] ?? '';
    raw.push({
      code: outbound ? '040' : '051',
      sourceId: outbound ? hubId : p,
      targetId: outbound ? p : hubId,
      date: `${year}-03-${String((i % 28) + 1).padStart(2, '0')}`,
      datePrecision: DatePrecision.DAY,
      dateInferred: false,
      modality: Modality.ASSERTED,
      summary: outbound ? `hub meets partner ${i}` : `partner ${i} praises the hub`,
      evidence: [evidence],
      respondsToId: null,
    });
  };
  partnerIds.forEach((_, i) => {
    const h = span(hubName);
    text += ' met ';
    const p = span(partnerName(i));
    text += '.\n';
    hubMentions.push(h);
    partnerMentions[i]?.push(p);
    event(i, true, { start: h.start, end: p.end, text: text.slice(h.start, p.end) });
  });
  for (let i = partners - heavy; i < partners; i += 1) {
    for (let j = 0; j < extra; j += 1) {
      const p = span(partnerName(i));
      text += ' praised ';
      const h = span(hubName);
      text += ` (${j + 1}).\n`;
      event(i, false, { start: p.start, end: h.end, text: text.slice(p.start, h.end) });
    }
  }
  const aid = articleId(text);
  const events: KgEvent[] = raw.map(e => {
    const first = e.evidence[0] ?? { start: 0, end: 0, text: '' };
    return { ...e, id: eventId(aid, e.code, e.sourceId, e.targetId, first) };
  });
  return {
    tag,
    hubId,
    countryId,
    partnerIds,
    heavyIds: partnerIds.slice(partners - heavy),
    batch: {
      article: {
        id: aid,
        title: `Hub report ${tag}`,
        url: null,
        source: 'tests',
        publishedAt: '2023-04-01T00:00:00.000Z',
        publishedAtPrecision: DatePrecision.DAY,
        publishedAtInferred: false,
        text,
      },
      actors: [
        {
          id: countryId,
          kind: ActorKind.COUNTRY,
          name: `Hubland ${tag}`,
          aliases: [],
          iso3: null, // unique ids only: a random ISO code could collide with another test's
          wikidataId: null,
          description: null,
          mentions: [],
        },
        person(hubId, hubName, hubMentions),
        ...partnerIds.map((id, i) => person(id, partnerName(i), partnerMentions[i] ?? [])),
      ],
      offices: [],
      relations: [{ type: 'OF_COUNTRY', fromId: hubId, toId: countryId }],
      statements: [],
      events,
    },
  };
}

/**
 * An article with `n` events between two hubs (a -> b, CAMEO 040, dated March of `year`): a busy pair
 * whose common events are few next to either side's.
 */
export function linkArticle(a: Hub, b: Hub, n: number, year = 2023): KgBatch {
  const hubOf = (h: Hub) => h.batch.actors.find(x => x.id === h.hubId);
  const [actorA, actorB] = [hubOf(a), hubOf(b)];
  if (actorA === undefined || actorB === undefined) {
    throw new Error('linkArticle takes two hubs made by hubArticle');
  }
  let text = `Hub link ${a.tag} ${b.tag}.\n\n`;
  const span = (s: string): Span => {
    const start = text.length;
    text += s;
    return { start, end: start + s.length, text: s };
  };
  const mentionsA: Span[] = [];
  const mentionsB: Span[] = [];
  const raw = Array.from({ length: n }, (_, i) => {
    const ha = span(actorA.name);
    text += ' met ';
    const hb = span(actorB.name);
    text += ` (${i + 1}).\n`;
    mentionsA.push(ha);
    mentionsB.push(hb);
    return { i, evidence: { start: ha.start, end: hb.end, text: text.slice(ha.start, hb.end) } };
  });
  const aid = articleId(text);
  const events: KgEvent[] = raw.map(({ i, evidence }) => ({
    id: eventId(aid, '040', a.hubId, b.hubId, evidence),
    code: '040',
    sourceId: a.hubId,
    targetId: b.hubId,
    date: `${year}-03-${String((i % 28) + 1).padStart(2, '0')}`,
    datePrecision: DatePrecision.DAY,
    dateInferred: false,
    modality: Modality.ASSERTED,
    summary: `hub ${a.tag} meets hub ${b.tag}`,
    evidence: [evidence],
    respondsToId: null,
  }));
  return {
    article: { ...a.batch.article, id: aid, title: `Hub link ${a.tag} ${b.tag}`, text },
    actors: [
      { ...actorA, mentions: mentionsA },
      { ...actorB, mentions: mentionsB },
    ],
    offices: [],
    relations: [],
    statements: [],
    events,
  };
}
