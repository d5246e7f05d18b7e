import { ConfigError, loadConfig } from '../../src/config/config';

describe('loadConfig', () => {
  it('has documented defaults: local Neo4j 5.26 on 7687, server on 127.0.0.1:4000', () => {
    const cfg = loadConfig({});
    expect(cfg.port).toBe(4000);
    expect(cfg.host).toBe('127.0.0.1');
    expect(cfg.neo4j.uri).toBeUndefined();
    expect(cfg.local.boltPort).toBe(7687);
    expect(cfg.local.version).toMatch(/^5\.26\./);
    expect(cfg.local.dataDir).toMatch(/\.neo4j$/);
    expect(cfg.maxPageSize).toBe(100);
    expect(cfg.seedOnStart).toBe(true);
  });

  it('sizes the Neo4j driver for a request path, not the driver defaults (reliability.md §4)', () => {
    const { neo4j } = loadConfig({});
    expect(neo4j).toMatchObject({
      connectTimeoutMs: 3000,
      acquisitionTimeoutMs: 5000,
      poolSize: 50,
      maxConnectionLifetimeMs: 1_800_000,
      readTimeoutMs: 5000,
      writeTimeoutMs: 15_000,
      maxRetryMs: 5000,
      cliMaxRetryMs: 60_000,
    });
    const tuned = loadConfig({ NEO4J_POOL_SIZE: '2', NEO4J_READ_TIMEOUT_MS: '800' }).neo4j;
    expect(tuned.poolSize).toBe(2);
    expect(tuned.readTimeoutMs).toBe(800);
    expect(() => loadConfig({ NEO4J_ACQUISITION_TIMEOUT_MS: '0' })).toThrow(
      'NEO4J_ACQUISITION_TIMEOUT_MS=0',
    );
  });

  it('reads overrides', () => {
    const cfg = loadConfig({
      PORT: '0',
      NEO4J_URI: 'neo4j://db:7687',
      SEED_ON_START: 'false',
      MAX_PAGE_SIZE: '10',
    });
    expect(cfg.port).toBe(0);
    expect(cfg.neo4j.uri).toBe('neo4j://db:7687');
    expect(cfg.seedOnStart).toBe(false);
    expect(cfg.maxPageSize).toBe(10);
  });

  it('keeps reads public unless READ_ACCESS=token, in production too', () => {
    expect(loadConfig({}).readAccess).toBe('public');
    expect(loadConfig({ NODE_ENV: 'production' }).readAccess).toBe('public');
    expect(loadConfig({ READ_ACCESS: 'token' }).readAccess).toBe('token');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT=abc'],
    [{ PORT: '70000' }, 'PORT=70000'],
    [{ SEED_ON_START: 'maybe' }, 'SEED_ON_START=maybe'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV=staging'],
    [{ READ_ACCESS: 'private' }, 'READ_ACCESS=private is not one of public, token'],
  ])('fails loudly on %j, naming the key', (env, text) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(text);
  });
  it('runs the language service locally on any free port unless CORENLP_URL names one', () => {
    const { nlp } = loadConfig({});
    expect(nlp).toMatchObject({
      url: undefined,
      version: '4.5.10',
      port: 0,
      heapMb: 3072,
      threads: 2,
    });
    expect(nlp.cacheDir).toMatch(/\.cache[/\\]corenlp$/);
    expect(loadConfig({ CORENLP_URL: 'http://10.1.2.3:9000/' }).nlp.url).toBe(
      'http://10.1.2.3:9000',
    );
  });

  it('refuses a CORENLP_URL that is not an http URL, naming the key', () => {
    expect(() => loadConfig({ CORENLP_URL: 'localhost:9000' })).toThrow(ConfigError);
    expect(() => loadConfig({ CORENLP_URL: 'ftp://host/' })).toThrow(/CORENLP_URL/);
    expect(() => loadConfig({ CORENLP_HEAP_MB: '512' })).toThrow(/CORENLP_HEAP_MB/);
  });

  it('spreads ingest over the CORENLP_URLS list, else over CORENLP_URL alone', () => {
    expect(loadConfig({}).nlp.urls).toEqual([]);
    expect(loadConfig({ CORENLP_URL: 'http://a:9000/' }).nlp.urls).toEqual(['http://a:9000']);
    const both = loadConfig({
      CORENLP_URL: 'http://a:9000',
      CORENLP_URLS: ' http://b:9000/, http://c:9000 ,,http://b:9000',
    }).nlp;
    expect(both.urls).toEqual(['http://b:9000', 'http://c:9000']);
    expect(both.url).toBe('http://a:9000');
    expect(() => loadConfig({ CORENLP_URLS: 'http://b:9000,c:9000' })).toThrow(
      'CORENLP_URLS=c:9000 must be an http or https URL',
    );
    expect(() => loadConfig({ CORENLP_URLS: ' , ' })).toThrow(/CORENLP_URLS/);
  });
});
