/**
 * The exports over HTTP on the real Neo4j (docs/exports.md), checked by parsing them back: TSV and CSV
 * of a large generated dyad (many pages, exact row counts, every escape), the same filters as the API
 * on the seed, the seed article as JSON-LD, and bad parameters and missing tokens as JSON errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { ExportRepository } from '../../src/graph/export.repository';
import { KgWriterRepository } from '../../src/graph/kg-writer.repository';
import { parseExportCommand, runExportCommand } from '../../src/export/export-command';
import { validateBatch } from '../../src/kg/kg-batch';
import { EVENT_COLUMNS } from '../../src/export/event-table';
import { parseCsv, parseTsv, records } from '../helpers/delimited';
import { CODES, type ExportEvents, exportEvents, getText } from '../helpers/export-events';
import { type TestServer, startTestServer } from '../helpers/test-server';

/** Small pages, so the generated set spans many of them. */
const PAGE_SIZE = 100;
const EVENTS = 1234;
const SEED_ARTICLE = 'article:b629b20ec04cbc19';

// Each export of the generated dyad is 13 page reads: on the shared 2-CPU machine that takes seconds.
jest.setTimeout(180_000);

let server: TestServer;
let data: ExportEvents;
beforeAll(async () => {
  server = await startTestServer({ app: { exportPageSize: PAGE_SIZE } });
  data = exportEvents(EVENTS);
  expect(validateBatch(data.batch)).toEqual([]);
  await new KgWriterRepository(server.graph).writeBatches([data.batch]);
}, 120_000);
afterAll(async () => {
  await server.close();
});

const get = (path: string, token?: string): ReturnType<typeof getText> =>
  getText(`${server.url}${path}`, token);

const dyad = (): string => `dyad=${data.a},${data.b}`;

describe('events as TSV and CSV', () => {
  it('streams every event of a large dyad in pages, each exactly once, in the API order', async () => {
    const before = server.graph.statementCount;
    const { res, body } = await get(`/export/events.tsv?${dyad()}`);
    const reads = server.graph.statementCount - before;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/tab-separated-values; charset=utf-8');
    const rows = parseTsv(body);
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
    const table = records(rows);
    expect(table).toHaveLength(EVENTS);
    expect(new Set(table.map(r => r.GLOBALEVENTID))).toEqual(new Set(data.events.map(e => e.id)));
    expect(reads).toBe(2 * Math.ceil(EVENTS / PAGE_SIZE)); // per page: its ids, then their rows
    const dates = table.map(r => r.SQLDATE);
    expect(dates).toEqual([...dates].sort());
  });

  it('writes the GDELT columns of each event, with tabs and line breaks of the evidence as spaces', async () => {
    const table = records(parseTsv((await get(`/export/events.tsv?${dyad()}`)).body));
    const byId = new Map(table.map(r => [r.GLOBALEVENTID, r]));
    for (const e of data.events.slice(0, 40)) {
      const type = CODES.find(c => c.code === e.code);
      const span = e.evidence[0];
      expect(byId.get(e.id)).toMatchObject({
        SQLDATE: (e.date ?? '').split('-').join(''),
        DatePrecision: 'DAY',
        Actor1Code: e.sourceId,
        Actor1CountryCode: e.sourceId.slice('country:'.length),
        Actor1Kind: 'COUNTRY',
        Actor2Code: e.targetId,
        EventCode: e.code,
        EventBaseCode: e.code.slice(0, 3),
        EventRootCode: type?.root,
        QuadClass: String(type?.quad),
        GoldsteinScale: String(type?.goldstein),
        Modality: 'ASSERTED',
        NumMentions: '1',
        NumArticles: '1',
        SOURCEURL: data.batch.article.url,
        EvidenceArticleId: data.batch.article.id,
        EvidenceStart: String(span?.start),
        EvidenceEnd: String(span?.end),
        EvidenceText: span?.text.replace(/[\t\n]/g, ' '),
      });
    }
  });

  it('writes RFC 4180 CSV that parses back to the exact evidence, quotes and line breaks included', async () => {
    const { res, body } = await get(`/export/events.csv?${dyad()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const table = records(parseCsv(body));
    expect(table).toHaveLength(EVENTS);
    const texts = new Map(data.events.map(e => [e.id, e.evidence[0]?.text]));
    for (const r of table) {
      expect(r.EvidenceText).toBe(texts.get(r.GLOBALEVENTID ?? ''));
    }
    expect(table.some(r => r.EvidenceText?.includes('"') && r.EvidenceText.includes('\n'))).toBe(
      true,
    );
    expect(new Set(table.map(r => r.Actor2Name))).toContain(data.batch.actors[1]?.name);
  });

  it('applies the filters: dates, CAMEO root, quad class, direction, actor role and a limit', async () => {
    const count = async (query: string): Promise<number> => {
      const { res, body } = await get(`/export/events.csv?${query}`);
      expect(res.status).toBe(200);
      return records(parseCsv(body)).length;
    };
    const e = data.events;
    const inMarch = (d: string | null) => d !== null && d >= '2031-03-01' && d <= '2031-03-31';
    expect(await count(`${dyad()}&from=2031-03-01&to=2031-03-31`)).toBe(
      e.filter(x => inMarch(x.date)).length,
    );
    expect(await count(`${dyad()}&cameoRoot=19`)).toBe(e.filter(x => x.code === '190').length);
    expect(await count(`${dyad()}&cameoRoot=03,19`)).toBe(e.filter(x => x.code !== '042').length);
    expect(await count(`${dyad()}&quadClass=VERBAL_COOPERATION`)).toBe(
      e.filter(x => x.code !== '190').length,
    );
    expect(await count(`${dyad()}&directed=true`)).toBe(
      e.filter(x => x.sourceId === data.a).length,
    );
    expect(await count(`actor=${data.b}&role=SOURCE`)).toBe(
      e.filter(x => x.sourceId === data.b).length,
    );
    expect(await count(`article=${data.batch.article.id}&goldsteinMax=0`)).toBe(
      e.filter(x => x.code === '190').length,
    );
    expect(await count(`${dyad()}&limit=250`)).toBe(250);
  });

  it('exports the seed dyad as relationsBetween lists it', async () => {
    const gql = await server.gql<{
      relationsBetween: { edges: { node: { id: string; type: { goldstein: number } } }[] };
    }>(`{ relationsBetween(a: "country:RUS", b: "country:PRK", first: 100, filter: { cameoRoot: ["04", "05"] }) {
      edges { node { id type { goldstein } } } } }`);
    const expected = gql.data?.relationsBetween.edges.map(e => e.node) ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const table = records(
      parseTsv((await get('/export/events.tsv?dyad=country:RUS,country:PRK&cameoRoot=04,05')).body),
    );
    expect(table.map(r => r.GLOBALEVENTID)).toEqual(expected.map(e => e.id));
    expect(table.map(r => Number(r.GoldsteinScale))).toEqual(expected.map(e => e.type.goldstein));
  });
});

describe("an article's graph as JSON-LD", () => {
  it('describes the seed article, its actors and its statements as linked schema.org nodes', async () => {
    const { res, body } = await get(`/export/articles/${SEED_ARTICLE}.jsonld`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const doc = JSON.parse(body) as Record<string, unknown> & {
      mentions: { '@type': string; '@id': string; name: string }[];
      hasPart: Record<string, { '@id': string } | { '@id': string }[] | string>[];
    };
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@type']).toBe('NewsArticle');
    expect(doc['@id']).toBe(`urn:newsgraph:${SEED_ARTICLE}`);
    const ids = new Set(doc.mentions.map(m => m['@id']));
    expect(doc.mentions).toContainEqual(
      expect.objectContaining({ '@type': 'Country', '@id': 'urn:newsgraph:country:RUS' }),
    );
    expect(doc.mentions).toContainEqual(
      expect.objectContaining({
        '@type': 'Person',
        '@id': 'urn:newsgraph:person:kim-jong-un',
        nationality: { '@id': 'urn:newsgraph:country:PRK' },
      }),
    );
    const gql = await server.gql<{ article: { statements: { totalCount: number } } }>(
      `{ article(id: "${SEED_ARTICLE}") { statements { totalCount } } }`,
    );
    expect(doc.hasPart).toHaveLength(gql.data?.article.statements.totalCount ?? -1);
    const body_ = doc.articleBody as string;
    for (const q of doc.hasPart) {
      expect(q['@type']).toBe('Quotation');
      const links = [q.creator, q.about, q.publisher].flat().filter(l => l !== undefined);
      for (const link of links) {
        expect(ids).toContain((link as { '@id': string })['@id']);
      }
      expect((q.isPartOf as { '@id': string })['@id']).toBe(doc['@id']);
      const [start, end] = (q.position as string).split('-').map(Number);
      expect(body_.slice(start, end)).toBe(q.text);
    }
    expect(doc.hasPart.filter(q => q.creator !== undefined).length).toBeGreaterThan(0);
  });
});

describe('npm run export', () => {
  function collect(): { stream: PassThrough; text: () => string } {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
  }

  it('writes the CSV of the same parameters to --out, with progress on stderr', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-export-'));
    try {
      const out = path.join(dir, 'events.csv');
      const cmd = parseExportCommand([
        'events',
        '--format',
        'csv',
        '--out',
        out,
        `--dyad=${data.a},${data.b}`,
        '--cameoRoot',
        '04',
        '--cameoRoot',
        '19',
      ]);
      const stdout = collect();
      const stderr = collect();
      await runExportCommand(cmd, new ExportRepository(server.graph), {
        stdout: stdout.stream,
        stderr: stderr.stream,
        progressEvery: 300,
        pageSize: PAGE_SIZE,
      });
      const expected = data.events.filter(e => e.code !== '0311').length;
      expect(records(parseCsv(fs.readFileSync(out, 'utf8')))).toHaveLength(expected);
      expect(stdout.text()).toBe('');
      const lines = stderr.text().trim().split('\n');
      expect(lines.slice(0, 2)).toEqual(['[export] 300 rows', '[export] 600 rows']);
      expect(lines[lines.length - 1]).toMatch(
        new RegExp(`^\\[export\\] ${expected} events as csv to ${out} in \\d+ ms$`),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes an article as JSON-LD to stdout, and refuses bad parameters before reading', async () => {
    const stdout = collect();
    await runExportCommand(
      parseExportCommand(['article', SEED_ARTICLE]),
      new ExportRepository(server.graph),
      { stdout: stdout.stream, stderr: new PassThrough() },
    );
    expect(JSON.parse(stdout.text())).toMatchObject({ '@type': 'NewsArticle' });
    expect(() => parseExportCommand(['events', '--from', 'soon'])).toThrow(/from must be a date/);
    expect(() => parseExportCommand(['events', '--format', 'xlsx'])).toThrow(/tsv or csv/);
    expect(() => parseExportCommand(['everything'])).toThrow(/usage/);
  });
});
