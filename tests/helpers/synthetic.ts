/**
 * A synthetic article with its own unique actors (one country and `people` people), statements and
 * events, for tests that need data of their own. Every span is computed from the generated text.
 */
import { randomBytes } from 'node:crypto';
import {
  type KgActor,
  type KgBatch,
  type KgEvent,
  type KgStatement,
  type Span,
  articleId,
  eventId,
  statementId,
} from '../../src/kg/kg-batch';
import { ActorKind, DatePrecision, Modality } from '../../src/schema/domain.enum';

export interface Synthetic {
  readonly tag: string;
  readonly countryId: string;
  readonly personIds: readonly string[];
  readonly batch: KgBatch;
}

function letters(n: number): string {
  return Array.from(randomBytes(n), b => String.fromCharCode(65 + (b % 26))).join('');
}

export function syntheticArticle(people: number): Synthetic {
  const tag = letters(8).toLowerCase();
  // Five letters, not an ISO-like three: the suites that call this share one test database, and 676
  // codes gave two of a run's synthetic countries the same id about once in a hundred runs.
  const iso3 = `X${letters(4)}`;
  const countryId = `country:${iso3}`;
  const names = Array.from({ length: people }, (_, i) => `Zed ${tag} ${i}`);
  const personIds = names.map((_, i) => `person:zed-${tag}-${i}`);
  let text = `Synthetic report ${tag}.\n\n`;
  const span = (s: string): Span => {
    const start = text.length;
    text += s;
    return { start, end: start + s.length, text: s };
  };
  const sentences = names.map((name, i) => {
    const next = names[(i + 1) % people] ?? name;
    const subject = span(name);
    text += ' met ';
    const object = span(next);
    text += ' and said ';
    const quote = span(`cooperation number ${i} will grow`);
    text += '.\n\n';
    return { subject, object, quote };
  });
  const aid = articleId(text);
  const actors: KgActor[] = [
    {
      id: countryId,
      kind: ActorKind.COUNTRY,
      name: `Xland ${tag}`,
      aliases: [],
      iso3,
      wikidataId: null,
      description: null,
      mentions: [],
    },
    ...names.map((name, i) => ({
      id: personIds[i] ?? '',
      kind: ActorKind.PERSON,
      name,
      aliases: [],
      iso3: null,
      wikidataId: null,
      description: null,
      mentions: [sentences[i]?.subject, sentences[(i + people - 1) % people]?.object].filter(
        (m): m is Span => m !== undefined,
      ),
    })),
  ];
  const events: KgEvent[] = sentences.map((s, i) => {
    const sourceId = personIds[i] ?? '';
    const targetId = personIds[(i + 1) % people] ?? '';
    return {
      id: eventId(aid, '040', sourceId, targetId, s.subject),
      code: '040',
      sourceId,
      targetId,
      date: `2021-01-${String((i % 28) + 1).padStart(2, '0')}`,
      datePrecision: DatePrecision.DAY,
      dateInferred: false,
      modality: Modality.ASSERTED,
      summary: `meeting ${i}`,
      evidence: [s.subject, s.object],
      respondsToId: null,
    };
  });
  const statements: KgStatement[] = sentences.map((s, i) => ({
    id: statementId(aid, s.quote),
    speakerId: personIds[i] ?? '',
    addresseeIds: [personIds[(i + 1) % people] ?? ''],
    aboutIds: [countryId],
    reportedById: null,
    direct: true,
    reportingVerb: 'said',
    stance: 1,
    date: null,
    datePrecision: null,
    channel: null,
    span: s.quote,
    eventIds: [events[i]?.id ?? ''],
  }));
  return {
    tag,
    countryId,
    personIds,
    batch: {
      article: {
        id: aid,
        title: `Synthetic report ${tag}`,
        url: null,
        source: 'tests',
        publishedAt: '2021-02-01T00:00:00.000Z',
        publishedAtPrecision: DatePrecision.DAY,
        publishedAtInferred: false,
        text,
      },
      actors,
      offices: personIds.map(personId => ({
        personId,
        countryId,
        title: 'Envoy',
        role: 'OFFICIAL',
        since: null,
        until: null,
      })),
      relations: personIds.map(fromId => ({
        type: 'OF_COUNTRY' as const,
        fromId,
        toId: countryId,
      })),
      statements,
      events,
    },
  };
}
