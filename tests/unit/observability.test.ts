/** Request ids, log redaction, metric label bounds and the observability settings (pure code). */
import { ConfigError, loadConfig } from '../../src/config/config';
import { type GraphClient } from '../../src/graph/graph-client';
import { createLogger } from '../../src/runtime/logger';
import { MAX_OPERATION_LABELS, createMetrics } from '../../src/server/metrics';
import { requestIdFrom } from '../../src/server/request-scope';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it.each(['abc', 'req-1.2_3:4', 'A'.repeat(128)])('keeps the sane client id %s', id => {
    expect(requestIdFrom(id)).toBe(id);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['with a space', 'a b'],
    ['with a newline', 'a\nb'],
    ['starting with a dash', '-abc'],
    ['129 characters', 'A'.repeat(129)],
    ['with a quote', 'a"b'],
  ])('makes a new UUID when the client id is %s', (_name, given) => {
    expect(requestIdFrom(given)).toMatch(UUID);
  });

  it('uses the first of repeated headers', () => {
    expect(requestIdFrom(['first', 'second'])).toBe('first');
  });

  it('gives each request its own id', () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe('createLogger', () => {
  it('redacts authorization however it is nested, and keeps the rest', () => {
    const out: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: s => void out.push(s) } });
    logger.info(
      {
        authorization: 'Bearer top-level-secret',
        headers: { authorization: 'Bearer headers-secret', 'content-type': 'application/json' },
        req: { headers: { authorization: 'Bearer req-secret' } },
        requestId: 'r1',
      },
      'hello',
    );
    const line = JSON.parse(out[0] ?? '{}') as Record<string, unknown>;
    expect(out.join('')).not.toMatch(/secret/);
    expect(line).toMatchObject({
      level: 'info',
      msg: 'hello',
      requestId: 'r1',
      authorization: '[Redacted]',
      headers: { authorization: '[Redacted]', 'content-type': 'application/json' },
    });
  });

  it('drops lines under the configured level', () => {
    const out: string[] = [];
    const logger = createLogger({ level: 'warn', destination: { write: s => void out.push(s) } });
    logger.info('not shown');
    logger.warn('shown');
    expect(out).toHaveLength(1);
  });
});

describe('operation labels', () => {
  // The graph is never queried here: only the statement/session counters are read on scrape.
  const graph = { statementCount: 0, openSessions: 0 } as unknown as GraphClient;

  it('names anonymous operations and folds unusual names into "other"', () => {
    const m = createMetrics(graph, { defaultMetrics: false });
    expect(m.operationLabel(undefined)).toBe('anonymous');
    expect(m.operationLabel(null)).toBe('anonymous');
    expect(m.operationLabel('Fine_Name1')).toBe('Fine_Name1');
    expect(m.operationLabel('x'.repeat(65))).toBe('other');
  });

  it(`keeps at most ${MAX_OPERATION_LABELS} distinct names, then counts new ones as "other"`, () => {
    const m = createMetrics(graph, { defaultMetrics: false });
    for (let i = 0; i < MAX_OPERATION_LABELS; i += 1) {
      expect(m.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    }
    expect(m.operationLabel('OneTooMany')).toBe('other');
    expect(m.operationLabel('Op0')).toBe('Op0');
  });

  it('uses a registry per app, so two apps do not clash on metric names', async () => {
    const a = createMetrics(graph, { defaultMetrics: false });
    const b = createMetrics(graph, { defaultMetrics: false });
    a.record({ operation: 'A', status: 200, code: 'OK', errorCodes: [], seconds: 0.01 });
    expect(await a.registry.metrics()).toContain('operation="A"');
    expect(await b.registry.metrics()).not.toContain('operation="A"');
  });
});

describe('observability settings', () => {
  it('defaults to info logs, a 10 s shutdown grace and an open /metrics', () => {
    const cfg = loadConfig({});
    expect(cfg.logLevel).toBe('info');
    expect(cfg.shutdownGraceMs).toBe(10_000);
    expect(cfg.metricsToken).toBeUndefined();
  });

  it.each([
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL=loud is not one of fatal, error, warn, info/],
    [{ SHUTDOWN_GRACE_MS: '-1' }, /SHUTDOWN_GRACE_MS=-1 is not an integer/],
    [{ METRICS_TOKEN: 'short' }, /METRICS_TOKEN must be at least 16 characters/],
  ])('rejects %j naming the key', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
