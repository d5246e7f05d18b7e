/** Ingesting files, folders and JSON Lines into the real Neo4j: totals, skipped inputs with reasons. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest-files';
import { type Extractor, IngestService } from '../../src/ingest/ingest.service';
import { testExtractor } from '../helpers/test-corenlp';
import { articleId } from '../../src/kg/kg-batch';
import { type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startTestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ingest-'));
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const unique = (): string => randomBytes(6).toString('hex');

describe('ingestPaths', () => {
  it('ingests a folder of text files and JSON Lines, reporting bad lines without stopping', async () => {
    // States the seed does not have: seed tests read exact neighbourhoods of Ukraine and Japan in
    // parallel, and an event of Ukraine's here made the EU a second hop of North Korea there.
    const texts = [
      `Canberra and Wellington agree to expand ties (${unique()}).\n\nAustralia and New Zealand met in Canberra.\n`,
      `Dublin asks Brussels for aid (${unique()}).\n\nIreland asked the European Union for help.\n`,
    ];
    fs.mkdirSync(path.join(dir, 'folder'));
    fs.writeFileSync(path.join(dir, 'folder', 'a.txt'), texts[0] ?? '');
    fs.writeFileSync(path.join(dir, 'folder', 'ignored.md'), 'not an article');
    const jsonl = `${JSON.stringify({ text: texts[1], url: `https://x.example/${unique()}` })}\nnot json\n{"title":"no text"}\n\n`;
    fs.writeFileSync(path.join(dir, 'b.jsonl'), jsonl);
    const progress: [number, number][] = [];
    const totals = await ingestPaths(
      [path.join(dir, 'folder'), path.join(dir, 'b.jsonl')],
      new IngestService(server.graph, testExtractor()),
      (done, failed) => progress.push([done, failed]),
    );
    expect(totals.articles).toBe(2);
    expect(totals.newArticles).toBe(2);
    expect(totals.skipped.map(s => s.reason)).toEqual(['not valid JSON', 'no "text" string']);
    expect(totals.skipped[0]?.where).toMatch(/b\.jsonl:2$/);
    expect(progress.at(-1)).toEqual([4, 2]);
    for (const text of texts) {
      const rows = await server.graph.read<{ n: number }>(
        'MATCH (a:Article {id: $id}) RETURN count(a) AS n',
        {
          id: articleId(text ?? ''),
        },
      );
      expect(rows[0]?.n).toBe(1);
    }
  });

  it('counts a second run as merged, not new', async () => {
    const file = path.join(dir, `again-${unique()}.txt`);
    fs.writeFileSync(file, `Lima hosts Santiago (${unique()}).\n\nChile and Peru met.\n`);
    const service = new IngestService(server.graph, testExtractor());
    expect((await ingestPaths([file], service)).newArticles).toBe(1);
    const again = await ingestPaths([file], service);
    expect(again.articles).toBe(1);
    expect(again.newArticles).toBe(0);
  });

  it('writes a group in one transaction, isolates a bad article, and reports unreadable files', async () => {
    const t = unique();
    const good = [1, 2, 3, 4].map(
      i => `Summit ${t}-${i}.\n\nChinese President Xi Jinping praised Vietnam (${t}-${i}).\n`,
    );
    const poison = `POISON ${t}.\n\nChinese President Xi Jinping praised Vietnam (${t}-p).\n`;
    const folder = path.join(dir, `group-${t}`);
    fs.mkdirSync(folder);
    good.forEach((text, i) => fs.writeFileSync(path.join(folder, `${i}-good.txt`), text));
    fs.writeFileSync(path.join(folder, '1-poison.txt'), poison);
    fs.writeFileSync(
      path.join(folder, '2-latin1.txt'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
    );
    fs.writeFileSync(path.join(folder, '3-dup.txt'), good[0] ?? '');
    fs.writeFileSync(path.join(folder, '4-blank.txt'), ' \n');
    // an extractor whose batch Neo4j refuses (a map is no property value) for the poison article only
    const extract: Extractor = async input => {
      const out = await testExtractor()(input);
      return input.text.startsWith('POISON')
        ? {
            batch: {
              ...out.batch,
              article: { ...out.batch.article, title: { bad: 1 } as unknown as string },
            },
          }
        : out;
    };
    const graph = server.graph;
    const before = graph.statementCount;
    const totals = await ingestPaths([folder], new IngestService(graph, extract), undefined, 100);
    expect(totals.articles).toBe(5);
    expect(totals.newArticles).toBe(4); // the duplicate text merges into its twin
    expect(totals.skipped.map(s => [path.basename(s.where), s.reason.split(':')[0]])).toEqual([
      ['1-poison.txt', expect.stringMatching(/Property values|primitive|map/i) as string],
      ['2-latin1.txt', 'not valid UTF-8'],
      ['4-blank.txt', 'text is empty'],
    ]);
    const [row] = await graph.read<{ good: number; poison: number }>(
      `MATCH (a:Article) WHERE a.id IN $good WITH count(a) AS good
       OPTIONAL MATCH (p:Article {id: $poison}) RETURN good, count(p) AS poison`,
      { good: good.map(articleId), poison: articleId(poison) },
    );
    expect(row).toEqual({ good: 4, poison: 0 });
    // one failed group transaction, then one per readable article: never one per article and kind
    expect(graph.statementCount - before).toBeLessThan(100);
  });
});
