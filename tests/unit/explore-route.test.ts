/** The /explore route on a bare Express app: redirect, page headers, assets, and no bundle built. */
import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { mountExplore } from '../../src/server/explore.route';

async function serve(assetsDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  mountExplore(app, { assetsDir, endpoint: '/graphql', needsToken: true });
  const server = http.createServer(app);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}

describe('mountExplore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'explore-route-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('redirects / and serves the page with a same-origin CSP and its config', async () => {
    writeFileSync(join(dir, 'explore.js'), 'console.log(1)');
    writeFileSync(join(dir, 'explore.css'), 'body{}');
    const s = await serve(dir);
    try {
      const root = await fetch(`${s.url}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/explore');
      const page = await fetch(`${s.url}/explore?view=dyad&a=country:RUS`);
      expect(page.status).toBe(200);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      // the page's own origin as a socket, for live updates; nothing else
      expect(csp).toContain(`connect-src 'self' ws://${new URL(s.url).host};`);
      expect(csp).not.toContain('unsafe-inline');
      const html = await page.text();
      expect(html).toContain('"needsToken":true');
      expect(html).toContain('src="/explore/assets/explore.js"');
      const js = await fetch(`${s.url}/explore/assets/explore.js`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      await s.close();
    }
  });

  it('does not echo a Host header that is not a plain host into the CSP', async () => {
    writeFileSync(join(dir, 'explore.js'), 'console.log(1)');
    const s = await serve(dir);
    const cspFor = (host: string): Promise<string> =>
      new Promise((resolve, reject) => {
        const req = http.get(`${s.url}/explore`, { headers: { host } }, res => {
          res.resume();
          resolve(String(res.headers['content-security-policy']));
        });
        req.on('error', reject);
      });
    try {
      expect(await cspFor('example.test:8080')).toContain(
        "connect-src 'self' ws://example.test:8080;",
      );
      const bad = await cspFor("x; script-src 'unsafe-inline'");
      expect(bad).toContain("connect-src 'self';");
      expect(bad).not.toContain('unsafe-inline');
    } finally {
      await s.close();
    }
  });

  it('answers 503 with how to build when the bundle is missing', async () => {
    const s = await serve(dir);
    try {
      const page = await fetch(`${s.url}/explore`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run build');
      expect((await fetch(`${s.url}/explore/assets/explore.js`)).status).toBe(404);
    } finally {
      await s.close();
    }
  });
});
