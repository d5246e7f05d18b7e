/**
 * A knowledge-graph batch: one article and everything extracted from it, with stable ids. The seed
 * builds one from the curated annotation, the ingest pipeline (src/ingest) from raw text. The writer
 * (graph/kg-writer.repository) stores a batch in one transaction.
 */
import crypto from 'node:crypto';
import { ActorKind, type DatePrecision, Modality } from './domain';
import {
  CANONICAL_DATE_TIME,
  DATE_TIME_PRECISIONS,
  DAY_PRECISIONS,
  parseCalendarDay,
} from './dates';
import type { ActorRelationType } from './labels';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface KgArticle {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly source: string | null;
  /** Canonical `YYYY-MM-DDTHH:MM:SS.sssZ` (kg/dates.ts), with how much of it was given. */
  readonly publishedAt: string | null;
  readonly publishedAtPrecision: DatePrecision | null;
  readonly publishedAtInferred: boolean;
  readonly text: string;
}

export interface KgActor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly iso3: string | null;
  readonly wikidataId: string | null;
  readonly description: string | null;
  readonly mentions: readonly Span[];
}

export interface KgOffice {
  readonly personId: string;
  readonly countryId: string;
  readonly title: string;
  readonly role: string;
  readonly since: string | null;
  readonly until: string | null;
}

export interface KgRelation {
  readonly type: ActorRelationType;
  readonly fromId: string;
  readonly toId: string;
}

export interface KgStatement {
  readonly id: string;
  readonly speakerId: string;
  readonly addresseeIds: readonly string[];
  readonly aboutIds: readonly string[];
  readonly reportedById: string | null;
  readonly direct: boolean;
  readonly reportingVerb: string | null;
  readonly stance: number;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly channel: string | null;
  readonly span: Span;
  readonly eventIds: readonly string[];
}

export interface KgEvent {
  readonly id: string;
  readonly code: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly dateInferred: boolean;
  readonly modality: Modality;
  readonly summary: string;
  readonly evidence: readonly Span[];
  readonly respondsToId: string | null;
}

/**
 * Who or what produced a batch's facts, and how sure it is of each. Kept beside the facts (not in them)
 * so hand-made batches (the curated seed, test and benchmark graphs) need none: they are `MANUAL`.
 */
export interface KgProvenance {
  /** `manual` for curated facts, else the extractor's name and version (`newsgraph-rules/0.5.0`). */
  readonly extractor: string;
  /** Confidence in [0, 1] by statement id, event id and actor id (the actor's mentions in this article). */
  readonly confidence: Readonly<Record<string, number>>;
  /** The confidence of an item the record does not list. */
  readonly defaultConfidence: number;
}

export const MANUAL_PROVENANCE: KgProvenance = {
  extractor: 'manual',
  confidence: {},
  defaultConfidence: 1,
};

export interface KgBatch {
  readonly article: KgArticle;
  /** Absent for hand-made batches, which are MANUAL_PROVENANCE. */
  readonly provenance?: KgProvenance;
  readonly actors: readonly KgActor[];
  readonly offices: readonly KgOffice[];
  readonly relations: readonly KgRelation[];
  readonly statements: readonly KgStatement[];
  readonly events: readonly KgEvent[];
}

function shortHash(...parts: readonly (string | number)[]): string {
  return crypto.createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** `article:<sha256 of the text>`: the same text ingested twice is one article. */
export function articleId(text: string): string {
  return `article:${shortHash(text)}`;
}

export function statementId(articleIdValue: string, span: Span): string {
  return `statement:${shortHash(articleIdValue, span.start, span.end)}`;
}

export function eventId(
  articleIdValue: string,
  code: string,
  sourceId: string,
  targetId: string,
  span: Span,
): string {
  return `event:${shortHash(articleIdValue, code, sourceId, targetId, span.start, span.end)}`;
}

/** Sort keys make keyset paging one indexed range scan (see schema/connection.type). */
export function dateSortKey(date: string | null, ...rest: readonly string[]): string {
  return [date ?? '0000-00-00', ...rest].join('|');
}

/** Zero-padded offset so string order equals numeric order. */
export function offsetKey(offset: number): string {
  return String(offset).padStart(9, '0');
}

/**
 * Values the read path types more strictly than the write path stores them: dates (DateTime and Date
 * scalars), enums, numbers. A batch holding one is an extractor or loader bug, so the writer refuses it
 * (nothing is written) rather than store what no query could serve back.
 */
export function storedValueProblems(batch: KgBatch): string[] {
  const problems: string[] = [];
  const { article } = batch;
  const oneOf = (where: string, values: object, v: unknown): void => {
    if (!(Object.values(values) as unknown[]).includes(v)) {
      problems.push(
        `${where}: ${JSON.stringify(v)} is not one of ${Object.values(values).join(', ')}`,
      );
    }
  };
  const day = (where: string, date: string | null, precision: DatePrecision | null): void => {
    if (date !== null && parseCalendarDay(date) === null) {
      problems.push(`${where}: date ${JSON.stringify(date)} is not a calendar day YYYY-MM-DD`);
    }
    if (precision !== null && !DAY_PRECISIONS.includes(precision)) {
      problems.push(
        `${where}: date precision ${JSON.stringify(precision)} is not DAY, MONTH or YEAR`,
      );
    }
    if ((date === null) !== (precision === null)) {
      problems.push(`${where}: a date and its precision go together`);
    }
  };
  const finite = (where: string, v: number, lo: number, hi: number): void => {
    if (!(Number.isFinite(v) && v >= lo && v <= hi)) {
      problems.push(`${where}: ${v} is outside [${lo}, ${hi}]`);
    }
  };
  if (article.publishedAt !== null) {
    if (
      !CANONICAL_DATE_TIME.test(article.publishedAt) ||
      Number.isNaN(Date.parse(article.publishedAt))
    ) {
      problems.push(
        `article ${article.id}: publishedAt ${JSON.stringify(article.publishedAt)} is not canonical (YYYY-MM-DDTHH:MM:SS.sssZ)`,
      );
    }
    if (
      article.publishedAtPrecision === null ||
      !DATE_TIME_PRECISIONS.includes(article.publishedAtPrecision)
    ) {
      problems.push(`article ${article.id}: publishedAtPrecision must be DAY, MINUTE or SECOND`);
    }
  } else if (article.publishedAtPrecision !== null) {
    problems.push(`article ${article.id}: publishedAtPrecision without publishedAt`);
  }
  for (const a of batch.actors) {
    oneOf(`actor ${a.id} kind`, ActorKind, a.kind);
    if (!Array.isArray(a.aliases) || a.aliases.some(x => typeof x !== 'string')) {
      problems.push(`actor ${a.id}: aliases must be a list of strings`);
    }
  }
  for (const o of batch.offices) {
    for (const [k, v] of [
      ['since', o.since],
      ['until', o.until],
    ] as const) {
      if (v !== null && parseCalendarDay(v) === null) {
        problems.push(
          `office ${o.title} of ${o.personId}: ${k} ${JSON.stringify(v)} is not a calendar day`,
        );
      }
    }
  }
  for (const s of batch.statements) {
    day(`statement ${s.id}`, s.date, s.datePrecision);
    if (!(Number.isInteger(s.stance) && s.stance >= -1 && s.stance <= 1)) {
      problems.push(`statement ${s.id}: stance ${s.stance} is not -1, 0 or 1`);
    }
  }
  for (const e of batch.events) {
    day(`event ${e.id}`, e.date, e.datePrecision);
    oneOf(`event ${e.id} modality`, Modality, e.modality);
  }
  const provenance = batch.provenance ?? MANUAL_PROVENANCE;
  for (const [id, c] of Object.entries(provenance.confidence)) {
    finite(`${id}: confidence`, c, 0, 1);
  }
  finite('default confidence', provenance.defaultConfidence, 0, 1);
  return problems;
}

/** Checks every span against the article text and every stored value; the problems (empty when sound). */
export function validateBatch(batch: KgBatch): string[] {
  const problems: string[] = storedValueProblems(batch);
  const text = batch.article.text;
  const check = (where: string, s: Span): void => {
    if (!(
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.end <= text.length &&
      s.start < s.end
    )) {
      problems.push(
        `${where}: span [${s.start}, ${s.end}) is outside the article (length ${text.length})`,
      );
    } else if (text.slice(s.start, s.end) !== s.text) {
      problems.push(`${where}: span text ${JSON.stringify(s.text)} differs from the article slice`);
    }
  };
  const actorIds = new Set(batch.actors.map(a => a.id));
  const known = (where: string, id: string | null): void => {
    if (id !== null && !actorIds.has(id)) {
      problems.push(`${where}: unknown actor ${id}`);
    }
  };
  for (const a of batch.actors) {
    a.mentions.forEach((m, i) => {
      check(`actor ${a.id} mention ${i}`, m);
    });
  }
  for (const o of batch.offices) {
    known(`office ${o.title}`, o.personId);
    known(`office ${o.title}`, o.countryId);
  }
  for (const r of batch.relations) {
    known(`relation ${r.type}`, r.fromId);
    known(`relation ${r.type}`, r.toId);
  }
  const eventIds = new Set(batch.events.map(e => e.id));
  for (const s of batch.statements) {
    check(`statement ${s.id}`, s.span);
    known(`statement ${s.id} speaker`, s.speakerId);
    known(`statement ${s.id} reportedBy`, s.reportedById);
    [...s.addresseeIds, ...s.aboutIds].forEach(id => {
      known(`statement ${s.id}`, id);
    });
    s.eventIds.forEach(id => {
      if (!eventIds.has(id)) {
        problems.push(`statement ${s.id}: unknown event ${id}`);
      }
    });
  }
  for (const e of batch.events) {
    e.evidence.forEach((span, i) => {
      check(`event ${e.id} evidence ${i}`, span);
    });
    if (e.evidence.length === 0) {
      problems.push(`event ${e.id}: no evidence`);
    }
    known(`event ${e.id} source`, e.sourceId);
    known(`event ${e.id} target`, e.targetId);
    if (e.respondsToId !== null && !eventIds.has(e.respondsToId)) {
      problems.push(`event ${e.id}: responds to unknown event ${e.respondsToId}`);
    }
  }
  return problems;
}

/** The confidence recorded for an item of the batch. */
export function confidenceOf(batch: KgBatch, id: string): number {
  const provenance = batch.provenance ?? MANUAL_PROVENANCE;
  return provenance.confidence[id] ?? provenance.defaultConfidence;
}
