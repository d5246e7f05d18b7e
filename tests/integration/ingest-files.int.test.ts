/** Ingesting files, folders and JSON Lines into the real Neo4j: totals, skipped inputs with reasons. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest-files';
import { IngestService } from '../../src/ingest/ingest.service';
import { extractArticle } from '../../src/ingest/pipeline';
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
    const texts = [
      `Tokyo and Seoul agree to expand ties (${unique()}).\n\nJapan and South Korea met in Tokyo.\n`,
      `Kyiv asks Brussels for aid (${unique()}).\n\nUkraine asked the European Union for help.\n`,
    ];
    fs.mkdirSync(path.join(dir, 'folder'));
    fs.writeFileSync(path.join(dir, 'folder', 'a.txt'), texts[0] ?? '');
    fs.writeFileSync(path.join(dir, 'folder', 'ignored.md'), 'not an article');
    const jsonl = `${JSON.stringify({ text: texts[1], url: `https://x.example/${unique()}` })}\nnot json\n{"title":"no text"}\n\n`;
    fs.writeFileSync(path.join(dir, 'b.jsonl'), jsonl);
    const progress: [number, number][] = [];
    const totals = await ingestPaths(
      [path.join(dir, 'folder'), path.join(dir, 'b.jsonl')],
      new IngestService(server.graph, extractArticle),
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
    fs.writeFileSync(
      file,
      `Moscow hosts Pyongyang (${unique()}).\n\nRussia and North Korea met.\n`,
    );
    const service = new IngestService(server.graph, extractArticle);
    expect((await ingestPaths([file], service)).newArticles).toBe(1);
    const again = await ingestPaths([file], service);
    expect(again.articles).toBe(1);
    expect(again.newArticles).toBe(0);
  });
});
