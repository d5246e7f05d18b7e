/**
 * Reads the curated seed: the article text (verbatim) and its hand-written annotation, and turns them
 * into a KgBatch with stable ids. Pure apart from reading files; every span is validated against the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/config';
import {
  type KgActor,
  type KgBatch,
  type KgEvent,
  type KgStatement,
  type Span,
  articleId,
  eventId,
  statementId,
  validateBatch,
} from './kg-batch';
import { isActorRelationType } from './labels';
import { ActorKind, DatePrecision, Modality } from './domain';
import { parseDateTime } from './dates';

export const SEEDS_DIR = path.join(projectRoot(), 'seeds');
export const SEED_ANNOTATION = '000_3913594edd7dbd2b.annotations.json';

interface AnnotationFile {
  article: {
    file: string;
    title: string;
    url: string | null;
    source: string | null;
    publishedAt: string | null;
    /** Optional: how much of publishedAt is known (default: what its form shows). */
    publishedAtPrecision?: string;
    publishedAtInferred: boolean;
    ignoredSpans: (Span & { reason: string })[];
  };
  actors: (Omit<KgActor, 'kind'> & { kind: string })[];
  offices: KgBatch['offices'];
  relations: { type: string; fromId: string; toId: string }[];
  statements: (Omit<KgStatement, 'id' | 'eventIds' | 'datePrecision'> & {
    key: string;
    events: string[];
    datePrecision: string | null;
  })[];
  events: (Omit<KgEvent, 'id' | 'respondsToId' | 'modality' | 'datePrecision'> & {
    key: string;
    respondsTo: string | null;
    modality: string;
    datePrecision: string | null;
  })[];
}

export class SeedError extends Error {
  override readonly name = 'SeedError';
}

function enumValue<T extends string>(values: Record<string, T>, raw: string, where: string): T {
  const hit = Object.values(values).find(v => v === raw);
  if (hit === undefined) {
    throw new SeedError(`${where}: ${raw} is not one of ${Object.values(values).join(', ')}`);
  }
  return hit;
}

function precision(raw: string | null, where: string): DatePrecision | null {
  return raw === null ? null : enumValue(DatePrecision, raw, where);
}

/** The annotation's publishedAt in its canonical stored form (kg/dates.ts), with its precision. */
function publishedOf(
  article: AnnotationFile['article'],
  file: string,
): { publishedAt: string | null; publishedAtPrecision: DatePrecision | null } {
  if (article.publishedAt === null) {
    return { publishedAt: null, publishedAtPrecision: null };
  }
  const parsed = parseDateTime(article.publishedAt);
  if (parsed === null) {
    throw new SeedError(`${file}: article.publishedAt ${article.publishedAt} is not a date-time`);
  }
  const given =
    article.publishedAtPrecision === undefined
      ? parsed.precision
      : enumValue(
          DatePrecision,
          article.publishedAtPrecision,
          `${file}: article.publishedAtPrecision`,
        );
  return { publishedAt: parsed.value, publishedAtPrecision: given };
}

export interface SeedArticle {
  readonly batch: KgBatch;
  /** Spans the annotation marks as not part of the article (boilerplate, repeated headline). */
  readonly ignoredSpans: readonly (Span & { reason: string })[];
}

export function loadSeedArticle(dir = SEEDS_DIR, file = SEED_ANNOTATION): SeedArticle {
  const raw = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as AnnotationFile;
  const text = fs.readFileSync(path.join(dir, raw.article.file), 'utf8');
  const aid = articleId(text);
  const eventIds = new Map<string, string>();
  for (const e of raw.events) {
    const first = e.evidence[0];
    if (first === undefined) {
      throw new SeedError(`event ${e.key}: no evidence`);
    }
    eventIds.set(e.key, eventId(aid, e.code, e.sourceId, e.targetId, first));
  }
  const eventIdOf = (key: string, where: string): string => {
    const id = eventIds.get(key);
    if (id === undefined) {
      throw new SeedError(`${where}: unknown event key ${key}`);
    }
    return id;
  };
  const batch: KgBatch = {
    article: {
      id: aid,
      title: raw.article.title,
      url: raw.article.url,
      source: raw.article.source,
      ...publishedOf(raw.article, file),
      publishedAtInferred: raw.article.publishedAtInferred,
      text,
    },
    actors: raw.actors.map(a => ({ ...a, kind: enumValue(ActorKind, a.kind, `actor ${a.id}`) })),
    offices: raw.offices,
    relations: raw.relations.map(r => {
      if (!isActorRelationType(r.type)) {
        throw new SeedError(`relation ${r.fromId}->${r.toId}: unknown type ${r.type}`);
      }
      return { type: r.type, fromId: r.fromId, toId: r.toId };
    }),
    statements: raw.statements.map(({ key, events, ...s }) => ({
      ...s,
      id: statementId(aid, s.span),
      datePrecision: precision(s.datePrecision, `statement ${key}`),
      eventIds: events.map(k => eventIdOf(k, `statement ${key}`)),
    })),
    events: raw.events.map(({ key, respondsTo, ...e }) => ({
      ...e,
      id: eventIdOf(key, key),
      modality: enumValue(Modality, e.modality, `event ${key}`),
      datePrecision: precision(e.datePrecision, `event ${key}`),
      respondsToId: respondsTo === null ? null : eventIdOf(respondsTo, `event ${key}`),
    })),
  };
  const problems = validateBatch(batch);
  if (problems.length > 0) {
    throw new SeedError(`the seed annotation ${file} is inconsistent:\n${problems.join('\n')}`);
  }
  return { batch, ignoredSpans: raw.article.ignoredSpans };
}

export interface CameoRow {
  readonly code: string;
  readonly rootCode: string;
  readonly level: number;
  readonly quadClass: number;
  readonly goldstein: number;
  readonly name: string;
}

/** The CAMEO table (GDELT CAMEO 1.1b3 + Goldstein), a copy of shared/data/cameo shipped in seeds/. */
export function loadCameo(dir = SEEDS_DIR): CameoRow[] {
  const lines = fs.readFileSync(path.join(dir, 'cameo-event-codes.tsv'), 'utf8').trim().split('\n');
  const header = lines.shift();
  if (header !== 'code\troot\tlevel\tquad_class\tgoldstein\tname') {
    throw new SeedError(`cameo-event-codes.tsv: unexpected header ${String(header)}`);
  }
  return lines.map((line, i) => {
    const [code, root, level, quad, goldstein, name] = line.split('\t');
    const row = {
      code: code ?? '',
      rootCode: root ?? '',
      level: Number(level),
      quadClass: Number(quad),
      goldstein: Number(goldstein),
      name: (name ?? '').trim(),
    };
    if (
      !/^\d{2,4}$/.test(row.code) ||
      !Number.isInteger(row.level) ||
      !Number.isFinite(row.goldstein) ||
      !(row.quadClass >= 1 && row.quadClass <= 4) ||
      Number.isNaN(row.goldstein)
    ) {
      throw new SeedError(`cameo-event-codes.tsv line ${i + 2} is malformed: ${line}`);
    }
    return row;
  });
}
