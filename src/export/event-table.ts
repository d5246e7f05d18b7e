/**
 * Events as table rows: GDELT-style columns (GDELT 1.0/2.0 event table names where one fits, our own
 * where GDELT has none), written as tab-separated values or as CSV (RFC 4180). Pure: no I/O.
 */
import type { ExportActor, ExportEvent } from '../graph/export.repository';

export type TableFormat = 'tsv' | 'csv';

/** The columns, in order; the first line of every export names them. */
export const EVENT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'DatePrecision',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1Kind',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2Kind',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'Modality',
  'NumMentions',
  'NumArticles',
  'SOURCEURL',
  'EvidenceArticleId',
  'EvidenceStart',
  'EvidenceEnd',
  'EvidenceText',
  'Summary',
] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number];

const text = (v: string | null | undefined): string => v ?? '';
const num = (v: number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);

function actorCells(a: ExportActor | null): [string, string, string, string] {
  return [text(a?.id), text(a?.name), text(a?.countryIso3), text(a?.kind)];
}

/**
 * The cells of one event, in EVENT_COLUMNS order. The date is GDELT's SQLDATE (YYYYMMDD, empty when
 * unknown; DatePrecision says whether it is a day, a month or a year); the evidence columns hold the
 * first span (by article id, then offset), SOURCEURL its article's URL.
 */
export function eventCells(e: ExportEvent): string[] {
  const first = e.evidence[0];
  const root = e.type?.rootCode ?? e.code.slice(0, 2);
  return [
    e.id,
    e.date === null ? '' : e.date.split('-').join(''),
    text(e.datePrecision),
    ...actorCells(e.source),
    ...actorCells(e.target),
    e.code,
    e.code.slice(0, 3),
    root,
    num(e.type?.quadClass),
    num(e.type?.goldstein),
    text(e.modality),
    String(e.evidence.length),
    String(new Set(e.evidence.map(s => s.articleId)).size),
    text(first?.url),
    text(first?.articleId),
    num(first?.start),
    num(first?.end),
    text(first?.text),
    text(e.summary),
  ];
}

/** A field that needs quotes in CSV: it holds a quote, a comma or a line break (RFC 4180 §2.6). */
const CSV_SPECIAL = /[",\r\n]/;
/** What cannot appear in a TSV field (IANA text/tab-separated-values): tabs and line breaks;
 * a run of them becomes one space. */
const TSV_SPECIAL = /[\t\r\n]+/;

function csvField(v: string): string {
  return CSV_SPECIAL.test(v) ? `"${v.split('"').join('""')}"` : v;
}

/** One line, with its terminator: CRLF for CSV (RFC 4180), LF for TSV. */
export function formatLine(cells: readonly string[], format: TableFormat): string {
  if (format === 'csv') {
    return `${cells.map(csvField).join(',')}\r\n`;
  }
  return `${cells.map(c => c.split(TSV_SPECIAL).join(' ')).join('\t')}\n`;
}

export const CONTENT_TYPES: Readonly<Record<TableFormat, string>> = {
  tsv: 'text/tab-separated-values; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};
