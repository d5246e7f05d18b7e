/**
 * A large article of the exports tests' own: two unique countries and `n` events between them, each
 * with its own date, CAMEO code, direction and evidence span. The spans hold what a table writer must
 * escape: quotes, commas, a tab and a line break.
 */
import { randomBytes } from 'node:crypto';
import {
  type KgActor,
  type KgBatch,
  type KgEvent,
  articleId,
  eventId,
} from '../../src/kg/kg-batch';
import { ActorKind, DatePrecision, Modality } from '../../src/kg/domain';

export interface ExportEvents {
  readonly a: string;
  readonly b: string;
  readonly batch: KgBatch;
  readonly events: readonly KgEvent[];
}

/** Codes of the CAMEO table with their roots and quad classes (seeds/cameo-event-codes.tsv). */
export const CODES = [
  { code: '042', root: '04', quad: 1, goldstein: 1.9 },
  { code: '0311', root: '03', quad: 1, goldstein: 5.2 },
  { code: '190', root: '19', quad: 4, goldstein: -10 },
] as const;

function letters(n: number): string {
  return Array.from(randomBytes(n), b => String.fromCharCode(65 + (b % 26))).join('');
}

/** The i-th day from 2031-01-01 (a year of our own: no seed or other test data is dated then). */
export function dayOf(i: number): string {
  return new Date(Date.UTC(2031, 0, 1 + (i % 365))).toISOString().slice(0, 10);
}

export function exportEvents(n: number): ExportEvents {
  const tag = letters(8).toLowerCase();
  // user-assigned ISO codes of their own (QX?, QY?): never each other, nor the X???? of synthetic.ts, whose
  // articles share the test database (a shared id once merged two tests' countries into one node)
  const [la, lb] = letters(2);
  const [isoA, isoB] = [`QX${la ?? 'A'}`, `QY${lb ?? 'A'}`];
  const a = `country:${isoA}`;
  const b = `country:${isoB}`;
  let text = `Export test ${tag}.\n\n`;
  const spans = Array.from({ length: n }, (_, i) => {
    const said = `Envoys of "${tag}" met, again,\tfor round ${i}\nof talks`;
    const start = text.length;
    text += `${said}.\n`;
    return { start, end: start + said.length, text: said };
  });
  const aid = articleId(text);
  const country = (id: string, iso3: string, name: string): KgActor => ({
    id,
    kind: ActorKind.COUNTRY,
    name,
    aliases: [],
    iso3,
    wikidataId: null,
    description: null,
    mentions: [],
  });
  const events = spans.map((span, i): KgEvent => {
    const code = CODES[i % CODES.length]?.code ?? '042';
    const [sourceId, targetId] = i % 4 === 0 ? [b, a] : [a, b];
    return {
      id: eventId(aid, code, sourceId, targetId, span),
      code,
      sourceId,
      targetId,
      date: dayOf(i),
      datePrecision: DatePrecision.DAY,
      dateInferred: false,
      modality: Modality.ASSERTED,
      summary: `round ${i}, "${tag}"`,
      evidence: [span],
      respondsToId: null,
    };
  });
  return {
    a,
    b,
    events,
    batch: {
      article: {
        id: aid,
        title: `Export test ${tag}`,
        url: `https://example.org/export/${tag}`,
        source: 'tests',
        publishedAt: '2031-12-31T00:00:00.000Z',
        publishedAtPrecision: DatePrecision.DAY,
        publishedAtInferred: false,
        text,
      },
      actors: [country(a, isoA, `Exportland ${tag}`), country(b, isoB, `Importland, ${tag}`)],
      offices: [],
      relations: [],
      statements: [],
      events,
    },
  };
}

/** GET `url` (with a bearer token when given): the response and its body as text. */
export async function getText(
  url: string,
  token?: string,
): Promise<{ res: Response; body: string }> {
  const res = await fetch(url, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  return { res, body: await res.text() };
}
