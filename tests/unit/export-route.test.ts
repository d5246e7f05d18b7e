/**
 * The cap on streamed exports (EXPORT_MAX_CONCURRENT): while the cap's exports are open, one more is
 * answered 429 SERVICE_BUSY with Retry-After before any read, and a slot is given back when an export
 * ends. The exports come from a fake source whose second page waits for the test, so an export stays
 * open for as long as the test wants.
 */
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import express from 'express';
import type { EventPage, ExportSource } from '../../src/graph/export.repository';
import { ExportService } from '../../src/export/export.service';
import { mountExports } from '../../src/server/export.route';

/** Two empty pages; the second is read only once `open()` was called. */
function gatedSource(): ExportSource & { reads: number; open: () => void } {
  let open = (): void => {};
  const gate = new Promise<void>(resolve => {
    open = resolve;
  });
  const source = {
    reads: 0,
    open: () => open(),
    async eventPage(_s: unknown, _w: unknown, after: string | null): Promise<EventPage> {
      source.reads += 1;
      if (after === null) {
        return { rows: [], next: 'p1' };
      }
      await gate;
      return { rows: [], next: null };
    },
    articleGraph: () => Promise.resolve(null),
  };
  return source;
}

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** The whole body, once the response ends. */
  readonly body: Promise<string>;
}

/** GET `path` and resolve at the status line, the body still streaming. */
function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path }, res => {
        res.setEncoding('utf8');
        let text = '';
        const body = new Promise<string>((done, fail) => {
          res.on('data', (c: string) => {
            text += c;
          });
          res.once('end', () => done(text));
          res.once('error', fail);
        });
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      })
      .once('error', reject);
  });
}

it('answers 429 SERVICE_BUSY with Retry-After beyond EXPORT_MAX_CONCURRENT, and frees the slot when an export ends', async () => {
  const source = gatedSource();
  const app = express();
  mountExports(app, {
    exports: new ExportService(source, 10),
    tokens: [],
    readAccess: 'public',
    logError: () => undefined,
    retryAfter: () => 1,
    maxConcurrent: 1,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise(r => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  try {
    const first = await get(port, '/export/events.csv');
    expect(first.status).toBe(200);
    const readsWhileOpen = source.reads;

    const busy = await get(port, '/export/events.tsv');
    expect(busy.status).toBe(429);
    expect(busy.headers['retry-after']).toBe('5');
    const body = JSON.parse(await busy.body) as {
      errors: { message: string; extensions: { code: string; retryAfter: number } }[];
    };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'SERVICE_BUSY', retryAfter: 5 });
    expect(body.errors[0]?.message).toMatch(/EXPORT_MAX_CONCURRENT/);
    expect(source.reads).toBe(readsWhileOpen);

    source.open();
    expect((await first.body).split('\r\n')[0]).toMatch(/^GLOBALEVENTID,/);

    const again = await get(port, '/export/events.csv');
    expect(again.status).toBe(200);
    await again.body;
  } finally {
    // a failed assertion must not leave an export waiting on the gate, or the server open
    source.open();
    server.closeAllConnections();
    server.close();
  }
});
