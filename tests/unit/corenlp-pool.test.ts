import http from 'node:http';
import { CoreNlpClient, NlpBusyError } from '../../src/ingest/nlp/corenlp.client';
import { CoreNlpPool } from '../../src/ingest/nlp/corenlp.pool';

interface Stub {
  readonly url: string;
  readonly parses: () => number;
  /** Answers every parse held so far. */
  release(): void;
  close(): Promise<void>;
}

/** A language service that holds each parse until released, then answers an empty document. */
async function stub(): Promise<Stub> {
  let parses = 0;
  const held: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url === '/ready') {
        res.end('ok');
        return;
      }
      parses += 1;
      held.push(res);
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    parses: () => parses,
    release: () => {
      held.splice(0).forEach(res => res.end('{"sentences":[]}'));
    },
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const client = (url: string): CoreNlpClient =>
  new CoreNlpClient(url, { timeoutMs: 10_000, maxInFlight: 1, maxQueued: 1 });

/** Waits until `done()` holds (requests reach the stubs after a while on a busy machine). */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 8000;
  while (!done()) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting for the stub services');
    }
    await new Promise(resolve => setTimeout(resolve, 10));
  }
}

describe('a pool of language services (CORENLP_URLS)', () => {
  let a: Stub;
  let b: Stub;
  beforeEach(async () => {
    [a, b] = await Promise.all([stub(), stub()]);
  });
  afterEach(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('sends each parse to the least loaded service, so two services share the work', async () => {
    const pool = new CoreNlpPool([client(a.url), client(b.url)]);
    expect(pool.capacity).toBe(4);
    const first = [pool.annotate('one'), pool.annotate('two')];
    await until(() => a.parses() + b.parses() === 2);
    expect([a.parses(), b.parses()]).toEqual([1, 1]);
    expect(pool.load).toEqual({ inFlight: 2, queued: 0 });
    const queued = [pool.annotate('three'), pool.annotate('four')];
    expect(pool.load).toEqual({ inFlight: 2, queued: 2 });
    // every service and queue full: refused at once
    await expect(pool.annotate('five')).rejects.toBeInstanceOf(NlpBusyError);
    a.release();
    b.release();
    await Promise.all(first);
    await until(() => a.parses() + b.parses() === 4);
    a.release();
    b.release();
    await Promise.all(queued);
    expect([a.parses(), b.parses()]).toEqual([2, 2]);
  });

  it('takes equally idle services in turn', async () => {
    const pool = new CoreNlpPool([client(a.url), client(b.url)]);
    for (let i = 0; i < 4; i += 1) {
      const parse = pool.annotate(`text ${i}`);
      await until(() => a.parses() + b.parses() === i + 1);
      a.release();
      b.release();
      await parse;
    }
    expect([a.parses(), b.parses()]).toEqual([2, 2]);
  });

  it('is ready only when every service answers', async () => {
    await b.close();
    expect(await new CoreNlpPool([client(a.url)]).ready(1000)).toBe(true);
    expect(await new CoreNlpPool([client(a.url), client(b.url)]).ready(1000)).toBe(false);
    b = await stub(); // afterEach closes it
  });
});
