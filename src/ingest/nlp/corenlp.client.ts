/**
 * Speaks to the language service over HTTP: the project's own (src/ingest/nlp/corenlp.launcher.ts) or a
 * CoreNLP server at CORENLP_URL. One request per article: tokens with UTF-16 offsets into the text (so
 * spans index the stored article exactly), lemmas, coarse NER with SUTime dates normalised against the
 * article's date, entity mentions and Universal Dependencies.
 *
 * Parsing is the slow step of ingest, so the client bounds it: at most `maxInFlight` requests at once
 * (the service's threads), `maxQueued` more waiting, and beyond that an immediate NlpBusyError, so a
 * caller can answer "busy, retry later" instead of piling up work. A service that answers 429 or 503
 * itself is busy too.
 */

/** The pipeline ingest needs; the service must run at least these annotators. */
export const ANNOTATORS = 'tokenize,ssplit,pos,lemma,ner,depparse';

export interface NlpToken {
  readonly index: number;
  readonly word: string;
  readonly originalText: string;
  readonly lemma: string;
  readonly pos: string;
  readonly ner: string;
  /** SUTime's value for dates (`2024-06-18`, `2024-07`, `XXXX-WXX-1`), numbers' values. */
  readonly normalizedNER?: string;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
}

export interface NlpDependency {
  readonly dep: string;
  /** 1-based token index in the sentence; 0 is ROOT. */
  readonly governor: number;
  readonly governorGloss: string;
  readonly dependent: number;
  readonly dependentGloss: string;
}

export interface NlpEntityMention {
  readonly text: string;
  readonly ner: string;
  readonly normalizedNER?: string;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
  /** Token range in the sentence, end exclusive. */
  readonly tokenBegin: number;
  readonly tokenEnd: number;
}

export interface NlpSentence {
  readonly index: number;
  readonly tokens: readonly NlpToken[];
  readonly basicDependencies: readonly NlpDependency[];
  readonly enhancedPlusPlusDependencies: readonly NlpDependency[];
  readonly entitymentions: readonly NlpEntityMention[];
}

export interface NlpDocument {
  readonly sentences: readonly NlpSentence[];
}

/** The service cannot be reached or answered with an error: ingest cannot run. */
export class NlpUnavailableError extends Error {
  override readonly name = 'NlpUnavailableError';
}

/** More parses were asked for than the service and its queue hold: retry later. */
export class NlpBusyError extends Error {
  override readonly name = 'NlpBusyError';
  constructor(
    message: string,
    /** A suggested wait before retrying, in seconds. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export interface CoreNlpClientOptions {
  /** Deadline of one request. */
  readonly timeoutMs: number;
  /** Requests sent at once; match the service's threads. */
  readonly maxInFlight: number;
  /** Requests waiting for a free slot; one more is refused with NlpBusyError. */
  readonly maxQueued: number;
  /** Where the URL came from, for errors (e.g. `CORENLP_URL`, or `the local CoreNLP`). */
  readonly origin?: string;
  /** Told of every parse the service answered (`npm run bench:ingest` splits ingest's time with it). */
  readonly onParsed?: ParseTimer;
}

/**
 * One parse's times, as `performance.now()`: asked for (annotate called), sent (a slot was free: the
 * wait before is this client's queue), answered (the answer read: the service's time).
 */
export type ParseTimer = (askedMs: number, sentMs: number, answeredMs: number) => void;

/** What ingest needs of the language service: one client, or a pool of them (corenlp.pool.ts). */
export interface Annotator {
  annotate(text: string, date?: string): Promise<NlpDocument>;
  ready(timeoutMs?: number): Promise<boolean>;
  readonly load: { readonly inFlight: number; readonly queued: number };
  /** Parses it takes at once before refusing with NlpBusyError: in flight plus queued. */
  readonly capacity: number;
}

const PROPERTIES = JSON.stringify({
  annotators: ANNOTATORS,
  outputFormat: 'json',
  'ssplit.newlineIsSentenceBreak': 'two',
  'ner.applyFineGrained': 'false',
  'ner.buildEntityMentions': 'true',
});

export class CoreNlpClient implements Annotator {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly url: string,
    private readonly opts: CoreNlpClientOptions,
  ) {}

  /** Parses running and waiting now (for metrics and tests). */
  get load(): { readonly inFlight: number; readonly queued: number } {
    return { inFlight: this.inFlight, queued: this.waiting.length };
  }

  get capacity(): number {
    return this.opts.maxInFlight + this.opts.maxQueued;
  }

  /** True when the service answers its readiness check within `timeoutMs`. */
  async ready(timeoutMs = 1000): Promise<boolean> {
    try {
      const res = await fetch(`${this.url}/ready`, { signal: AbortSignal.timeout(timeoutMs) });
      await res.arrayBuffer();
      return res.ok;
    } catch {
      return false;
    }
  }

  /**
   * The parse of `text`; `date` (YYYY-MM-DD, the article's date) anchors relative dates such as
   * "yesterday". Throws NlpBusyError at once when the queue is full, NlpUnavailableError when the
   * service is down or fails.
   */
  async annotate(text: string, date?: string): Promise<NlpDocument> {
    const asked = performance.now();
    await this.acquire();
    try {
      const sent = performance.now();
      const doc = await this.send(text, date);
      this.opts.onParsed?.(asked, sent, performance.now());
      return doc;
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.inFlight < this.opts.maxInFlight) {
      this.inFlight += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.opts.maxQueued) {
      return Promise.reject(
        new NlpBusyError(
          `the language service is busy (${this.inFlight} parses running, ${this.waiting.length} waiting): retry later`,
          Math.max(1, Math.ceil((this.opts.maxQueued + 1) / this.opts.maxInFlight)),
        ),
      );
    }
    return new Promise(resolve => {
      this.waiting.push(() => {
        this.inFlight += 1;
        resolve();
      });
    });
  }

  private release(): void {
    this.inFlight -= 1;
    this.waiting.shift()?.();
  }

  private async send(text: string, date: string | undefined): Promise<NlpDocument> {
    const params = new URLSearchParams({ properties: PROPERTIES });
    if (date !== undefined) {
      params.set('date', date);
    }
    const origin = this.opts.origin ?? 'CORENLP_URL';
    let res: Response;
    try {
      res = await fetch(`${this.url}/?${params.toString()}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: text,
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
    } catch (err) {
      const reason =
        err instanceof Error && err.name === 'TimeoutError'
          ? `no answer within ${this.opts.timeoutMs} ms`
          : causeOf(err);
      throw new NlpUnavailableError(
        `the language service at ${this.url} (${origin}) is unavailable: ${reason}. Start it with npm start, or set CORENLP_URL to a running CoreNLP server`,
      );
    }
    const body = await res.text();
    if (res.status === 429 || res.status === 503) {
      // the service itself is saturated (a shared or proxied one): as busy as a full queue here
      const after = Number(res.headers.get('retry-after'));
      throw new NlpBusyError(
        `the language service at ${this.url} (${origin}) is busy (HTTP ${res.status}): retry later`,
        Number.isInteger(after) && after > 0 ? after : 1,
      );
    }
    if (!res.ok) {
      throw new NlpUnavailableError(
        `the language service at ${this.url} (${origin}) answered ${res.status}: ${body.slice(0, 200)}`,
      );
    }
    return parseDocument(body, this.url);
  }
}

function causeOf(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : err.message;
  }
  return String(err);
}

/** CoreNLP's JSON, checked for the parts ingest reads. */
export function parseDocument(body: string, url: string): NlpDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    throw new NlpUnavailableError(`the language service at ${url} did not answer JSON`);
  }
  const sentences = (doc as { sentences?: unknown }).sentences;
  if (!Array.isArray(sentences)) {
    throw new NlpUnavailableError(`the language service at ${url} answered without sentences`);
  }
  for (const s of sentences as Partial<NlpSentence>[]) {
    if (!Array.isArray(s.tokens) || !Array.isArray(s.enhancedPlusPlusDependencies)) {
      throw new NlpUnavailableError(
        `the language service at ${url} answered without tokens or dependencies: it must run ${ANNOTATORS}`,
      );
    }
  }
  return doc as NlpDocument;
}
