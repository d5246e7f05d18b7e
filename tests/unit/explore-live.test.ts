/** The /explore page's live-update helpers: the socket URL of the endpoint and the retry backoff. */
import { backoffMs, liveUrl } from '../../web/explore/live-retry';

describe('explore live updates', () => {
  it('opens the socket on the page’s own origin and the endpoint’s path', () => {
    expect(liveUrl('/graphql', 'http://127.0.0.1:4000/explore?view=graph#x')).toBe(
      'ws://127.0.0.1:4000/graphql',
    );
    expect(liveUrl('/graphql', 'https://news.example.org/explore')).toBe(
      'wss://news.example.org/graphql',
    );
    expect(liveUrl('/api/graphql', 'http://[::1]:8080/explore')).toBe(
      'ws://[::1]:8080/api/graphql',
    );
  });

  it('backs off exponentially from 1 s to at most 30 s, with up to 50 % jitter', () => {
    const none = (): number => 0;
    const most = (): number => 0.999;
    expect([0, 1, 2, 3, 4, 5, 6, 50].map(r => backoffMs(r, none))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect(backoffMs(0, most)).toBe(1500);
    expect(backoffMs(40, most)).toBe(44985);
    // Math.random() is below 1, so no wait exceeds half the base again (random() = 1 is the bound,
    // not 0.999: a draw above 0.999 rounds past that, which made this test fail once in about 50 runs)
    const bound = (): number => 1;
    for (let r = 0; r < 20; r += 1) {
      const wait = backoffMs(r);
      expect(wait).toBeGreaterThanOrEqual(backoffMs(r, none));
      expect(wait).toBeLessThanOrEqual(backoffMs(r, bound));
    }
  });
});
