/**
 * The exports without a database: table lines parsed back, the parameters, JSON-LD nodes, and the
 * stream reading a page only when its reader wants more (backpressure) and stopping when destroyed.
 */
import { setImmediate as tick } from 'node:timers/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EventPage, ExportEvent, ExportSource } from '../../src/graph/export.repository';
import { EVENT_COLUMNS, eventCells, formatLine } from '../../src/export/event-table';
import { parseEventExportQuery } from '../../src/export/export-query';
import { ExportService } from '../../src/export/export.service';
import { articleJsonLd } from '../../src/export/article-jsonld';
import { ActorKind, EventRole, Modality, QuadClass } from '../../src/kg/domain';
import { parseCsv, parseTsv, records } from '../helpers/delimited';

const TRICKY = ['plain', 'a,b', 'say "hi"', 'line\r\nbreak', '\ttab', '', ' spaced ', 'é ✓'];

function event(i: number): ExportEvent {
  return {
    id: `event:${String(i).padStart(6, '0')}`,
    date: i % 5 === 0 ? null : '2031-02-03',
    datePrecision: i % 5 === 0 ? null : 'DAY',
    modality: 'ASSERTED',
    summary: `summary ${i}, "quoted"`,
    confidence: 1,
    code: '0311',
    type: { rootCode: '03', quadClass: 1, goldstein: 5.2 },
    source: { id: 'country:XAA', name: 'Xaa, the', kind: 'COUNTRY', countryIso3: 'XAA' },
    target: null,
    evidence: [{ articleId: 'article:1', url: null, start: i, end: i + 3, text: 'a\nb' }],
  };
}

describe('table lines', () => {
  it('parse back to the same cells as CSV, quotes, commas and CRLF included', () => {
    const text = formatLine(TRICKY, 'csv') + formatLine(['x', 'y'], 'csv');
    expect(parseCsv(text)).toEqual([TRICKY, ['x', 'y']]);
    expect(formatLine(['a,b', 'c'], 'csv')).toBe('"a,b",c\r\n');
  });

  it('parse back as TSV with tabs and line breaks as single spaces, nothing else changed', () => {
    expect(parseTsv(formatLine(TRICKY, 'tsv'))).toEqual([
      TRICKY.map(c => c.replace(/[\t\r\n]+/g, ' ')),
    ]);
  });

  it('give every event all the columns: GDELT date, codes, first evidence span', () => {
    const cells = eventCells(event(1));
    expect(cells).toHaveLength(EVENT_COLUMNS.length);
    const row = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, cells[i]]));
    expect(row).toMatchObject({
      SQLDATE: '20310203',
      EventCode: '0311',
      EventBaseCode: '031',
      EventRootCode: '03',
      QuadClass: '1',
      GoldsteinScale: '5.2',
      Actor1Name: 'Xaa, the',
      Actor2Code: '',
      NumMentions: '1',
      EvidenceStart: '1',
      EvidenceEnd: '4',
    });
    expect(eventCells(event(5))[1]).toBe('');
  });
});

describe('export parameters', () => {
  it('read lists comma-separated or repeated, and map names to the EventFilter', () => {
    const q = parseEventExportQuery({
      cameoRoot: ['05', '16,19'],
      quadClass: '4,verbal_cooperation',
      from: '2022-01-01',
      goldsteinMin: '-2.5',
      modality: 'asserted',
      limit: '10',
    });
    expect(q.scope).toEqual({ kind: 'all' });
    expect(q.limit).toBe(10);
    expect(q.filter).toEqual({
      cameoRoot: ['05', '16', '19'],
      quadClass: [QuadClass.MATERIAL_CONFLICT, QuadClass.VERBAL_COOPERATION],
      from: new Date('2022-01-01T00:00:00.000Z'),
      goldsteinMin: -2.5,
      modality: [Modality.ASSERTED],
    });
  });

  it('pick one scope: an actor (any role by default), an article or a dyad', () => {
    expect(parseEventExportQuery({ actor: 'country:RUS' })).toMatchObject({
      scope: { kind: 'actor', actor: 'country:RUS', role: EventRole.ANY },
      filter: null,
      limit: null,
    });
    expect(
      parseEventExportQuery({ dyad: 'country:RUS, country:PRK', directed: 'true' }).scope,
    ).toEqual({ kind: 'dyad', a: 'country:RUS', b: 'country:PRK', directed: true });
    expect(() => parseEventExportQuery({ article: 'article:1', actor: 'country:RUS' })).toThrow(
      /pick one/,
    );
    expect(() => parseEventExportQuery({ sourceKind: 'PLANET' })).toThrow(/sourceKind/);
    expect(() => parseEventExportQuery({ limit: '2.5' })).toThrow(/whole number/);
  });
});

/** A source of `pages` pages of `size` events that counts its reads. */
function fakeSource(pages: number, size: number): ExportSource & { reads: number } {
  const source = {
    reads: 0,
    eventPage(_s: unknown, _w: unknown, after: string | null, n: number): Promise<EventPage> {
      source.reads += 1;
      const page = after === null ? 0 : Number(after) + 1;
      const rows = Array.from({ length: Math.min(n, size) }, (_, i) => event(page * size + i));
      return Promise.resolve({ rows, next: page + 1 < pages ? String(page) : null });
    },
    articleGraph: () => Promise.resolve(null),
  };
  return source;
}

describe('the events stream', () => {
  it('reads the next page only when its reader drains the last, and every row once', async () => {
    const source = fakeSource(40, 500);
    const service = new ExportService(source, 500);
    const stream = await service.eventTable(
      { scope: { kind: 'all' }, filter: null, limit: null },
      'csv',
    );
    await tick();
    await tick();
    expect(source.reads).toBeLessThanOrEqual(2); // nobody reads: at most one page waits
    let lines = '';
    let slowReads = 0;
    await pipeline(
      stream,
      new Writable({
        highWaterMark: 1024,
        write(chunk: Buffer, _enc, done) {
          lines += chunk.toString('utf8');
          slowReads = Math.max(slowReads, source.reads);
          setImmediate(done);
        },
      }),
    );
    expect(source.reads).toBe(40);
    const table = records(parseCsv(lines));
    expect(table).toHaveLength(40 * 500);
    expect(new Set(table.map(r => r.GLOBALEVENTID)).size).toBe(40 * 500);
    expect(slowReads).toBe(40);
  });

  it('stops reading when destroyed, and stops at the limit', async () => {
    const source = fakeSource(40, 100);
    const service = new ExportService(source, 100);
    const stream = await service.eventTable(
      { scope: { kind: 'all' }, filter: null, limit: null },
      'tsv',
    );
    for await (const _chunk of stream) {
      if (source.reads >= 3) {
        break; // destroys the stream
      }
    }
    const atDestroy = source.reads;
    for (let i = 0; i < 20; i += 1) {
      await tick();
    }
    expect(source.reads).toBe(atDestroy); // small pages: read ahead up to the 64 KB buffer, no further
    expect(atDestroy).toBeLessThan(10);

    const limited = fakeSource(40, 100);
    const chunks: string[] = [];
    const s = await new ExportService(limited, 100).eventTable(
      { scope: { kind: 'all' }, filter: null, limit: 250 },
      'tsv',
    );
    for await (const chunk of s) {
      chunks.push(String(chunk));
    }
    expect(records(parseTsv(chunks.join('')))).toHaveLength(250);
    expect(limited.reads).toBe(3);
  });
});

describe('JSON-LD', () => {
  it('types actors by kind, links people to their country, and leaves unknown values out', () => {
    const doc = articleJsonLd({
      article: {
        id: 'article:1',
        title: 'T',
        url: null,
        source: null,
        publishedAt: null,
        text: 'Kim said hello.',
        extractor: 'manual',
      },
      actors: [
        {
          id: 'person:kim',
          kind: ActorKind.PERSON,
          name: 'Kim',
          aliases: [],
          iso3: null,
          wikidataId: 'Q1',
          description: null,
          countryId: 'country:PRK',
        },
        {
          id: 'media:kcna',
          kind: ActorKind.MEDIA_OUTLET,
          name: 'KCNA',
          aliases: ['Korean Central News Agency'],
          iso3: null,
          wikidataId: null,
          description: null,
          countryId: null,
        },
      ],
      statements: [
        {
          id: 'statement:1',
          text: 'hello',
          direct: true,
          reportingVerb: 'said',
          date: null,
          speakerId: 'person:kim',
          reportedById: 'media:kcna',
          addresseeIds: [],
          aboutIds: [],
          start: 9,
          end: 14,
        },
      ],
    });
    expect(doc).not.toHaveProperty('url');
    expect(doc).not.toHaveProperty('publisher');
    expect(doc.mentions).toEqual([
      {
        '@type': 'Person',
        '@id': 'urn:newsgraph:person:kim',
        identifier: ['person:kim'],
        name: 'Kim',
        sameAs: 'https://www.wikidata.org/wiki/Q1',
        nationality: { '@id': 'urn:newsgraph:country:PRK' },
      },
      expect.objectContaining({
        '@type': 'NewsMediaOrganization',
        alternateName: ['Korean Central News Agency'],
      }),
    ]);
    expect(doc.hasPart).toEqual([
      {
        '@type': 'Quotation',
        '@id': 'urn:newsgraph:statement:1',
        identifier: 'statement:1',
        text: 'hello',
        creator: { '@id': 'urn:newsgraph:person:kim' },
        publisher: { '@id': 'urn:newsgraph:media:kcna' },
        isPartOf: { '@id': 'urn:newsgraph:article:1' },
        position: '9-14',
      },
    ]);
  });
});
