import { ConfigError, loadConfig } from '../../src/config/config';

describe('live updates configuration', () => {
  it('is in-process with caps of 1000 connections and 20 subscriptions each by default', () => {
    expect(loadConfig({}).live).toEqual({
      redisUrl: undefined,
      maxConnections: 1000,
      maxSubscriptionsPerConnection: 20,
    });
  });

  it('reads REDIS_URL and the caps', () => {
    const live = loadConfig({
      REDIS_URL: 'redis://:secret@10.0.0.5:6380/2',
      WS_MAX_CONNECTIONS: '5',
      WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2',
    }).live;
    expect(live).toEqual({
      redisUrl: 'redis://:secret@10.0.0.5:6380/2',
      maxConnections: 5,
      maxSubscriptionsPerConnection: 2,
    });
  });

  it.each([
    ['http://10.0.0.5:6379', /REDIS_URL must be a redis/],
    ['not a url', /REDIS_URL is not a URL/],
  ])('refuses REDIS_URL=%s without echoing it (it may hold a password)', (raw, message) => {
    let error: unknown;
    try {
      loadConfig({ REDIS_URL: raw });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(raw);
  });

  it('refuses caps below 1', () => {
    expect(() => loadConfig({ WS_MAX_CONNECTIONS: '0' })).toThrow(/WS_MAX_CONNECTIONS/);
    expect(() => loadConfig({ WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '0' })).toThrow(
      /WS_MAX_SUBSCRIPTIONS_PER_CONNECTION/,
    );
  });
});
