/**
 * The language service of ingest, for real: Stanford CoreNLP started by the project's launcher once for
 * the test run (tests/helpers/global-setup.ts, or the one at CORENLP_URL), spoken to by the client. It parses, its offsets index the text, relative dates resolve against the
 * article's date, it is reachable from loopback only, and the client bounds the parses it asks for.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import {
  CoreNlpClient,
  type NlpDocument,
  NlpBusyError,
  NlpUnavailableError,
} from '../../src/ingest/nlp/corenlp.client';
import { testCoreNlpClient, testCoreNlpUrl } from '../helpers/test-corenlp';

const nlp = { url: testCoreNlpUrl() };
const client = testCoreNlpClient();

function tokensOf(doc: NlpDocument): NlpDocument['sentences'][number]['tokens'][number][] {
  return doc.sentences.flatMap(s => s.tokens);
}

/** Local addresses of the LISTEN sockets on `port`, from the kernel's tables (IPv4 and IPv6). */
function listenAddresses(port: number): string[] {
  const out: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(1) : [];
    for (const line of lines) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (local === undefined || state !== '0A') {
        continue;
      }
      const [addr, hexPort] = local.split(':');
      if (addr !== undefined && hexPort !== undefined && parseInt(hexPort, 16) === port) {
        out.push(addr);
      }
    }
  }
  return out;
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('the local CoreNLP service', () => {
  it('parses: lemmas, NER, dependencies, and relative dates against the article date', async () => {
    const text =
      'Russia and North Korea agreed on Tuesday to expand military cooperation.\n\n' +
      'Yesterday, Mr Kim told reporters that Moscow would send aid to Pyongyang.';
    const doc = await client.annotate(text, '2024-06-19');
    expect(doc.sentences).toHaveLength(2);
    const second = doc.sentences[1]!;
    const told = second.tokens.find(t => t.word === 'told');
    expect(told?.lemma).toBe('tell');
    expect(second.tokens.find(t => t.word === 'Kim')?.ner).toBe('PERSON');
    const yesterday = second.tokens.find(t => t.word === 'Yesterday');
    expect(yesterday?.normalizedNER).toBe('2024-06-18');
    const deps = second.enhancedPlusPlusDependencies.map(
      d => `${d.dep}(${d.governorGloss}, ${d.dependentGloss})`,
    );
    expect(deps).toEqual(
      expect.arrayContaining([
        'nsubj(told, Kim)',
        'ccomp(told, send)',
        'nsubj(send, Moscow)',
        'obj(send, aid)',
        'obl:to(send, Pyongyang)',
      ]),
    );
    const mentions = doc.sentences[0]!.entitymentions.map(m => `${m.text}/${m.ner}`);
    expect(mentions).toEqual(expect.arrayContaining(['Russia/LOCATION', 'North Korea/LOCATION']));
  });

  it('gives offsets that index the text exactly, past accents, curly quotes and astral characters', async () => {
    const text =
      'The Élysée said “we will respond” 🇫🇷 after Beijing’s envoy left.\n\nSão Tomé and Côte d’Ivoire signed a deal.';
    const doc = await client.annotate(text);
    const tokens = tokensOf(doc);
    expect(tokens.length).toBeGreaterThan(15);
    for (const t of tokens) {
      expect(text.slice(t.characterOffsetBegin, t.characterOffsetEnd)).toBe(t.originalText);
    }
  });

  it('is reachable from loopback only', async () => {
    const port = Number(new URL(nlp.url).port);
    const listening = listenAddresses(port);
    // 127.0.0.1 as the kernel writes it: 0100007F (IPv4) or ::ffff:127.0.0.1 (IPv6-mapped)
    expect(listening.length).toBeGreaterThan(0);
    for (const addr of listening) {
      expect(['0100007F', '0000000000000000FFFF00000100007F']).toContain(addr);
    }
    const external = Object.values(os.networkInterfaces()).flatMap(list =>
      (list ?? []).filter(i => !i.internal && i.family === 'IPv4').map(i => i.address),
    );
    for (const address of external) {
      expect(await connects(address, port)).toBe(false);
    }
    expect(await connects('127.0.0.1', port)).toBe(true);
  });

  it('refuses at once what its queue cannot hold, and serves the rest', async () => {
    const tight = new CoreNlpClient(nlp.url, { timeoutMs: 120_000, maxInFlight: 1, maxQueued: 1 });
    const text = 'France condemned the missile test and summoned the ambassador of North Korea.';
    const results = await Promise.allSettled([0, 1, 2, 3].map(() => tight.annotate(text)));
    const busy = results.filter(r => r.status === 'rejected');
    expect(results.slice(0, 2).map(r => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(busy).toHaveLength(2);
    for (const r of busy) {
      expect(r.reason).toBeInstanceOf(NlpBusyError);
    }
    expect(tight.load).toEqual({ inFlight: 0, queued: 0 });
  });

  it('names CORENLP_URL when the service cannot be reached', async () => {
    const closed = await new Promise<number>(resolve => {
      const srv = net.createServer();
      srv.listen(0, '127.0.0.1', () => {
        const addr = srv.address();
        srv.close(() => resolve(typeof addr === 'object' && addr !== null ? addr.port : 0));
      });
    });
    const down = new CoreNlpClient(`http://127.0.0.1:${closed}`, {
      timeoutMs: 2000,
      maxInFlight: 1,
      maxQueued: 0,
    });
    expect(await down.ready(500)).toBe(false);
    await expect(down.annotate('Russia met China.')).rejects.toThrow(NlpUnavailableError);
    await expect(down.annotate('Russia met China.')).rejects.toThrow(/CORENLP_URL/);
  });

  it('says which annotator it lacks when asked for one it does not run', async () => {
    const props = encodeURIComponent(JSON.stringify({ annotators: 'tokenize,ssplit,coref' }));
    const res = await fetch(`${nlp.url}/?properties=${props}`, { method: 'POST', body: 'Hi.' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('coref');
  });
});
