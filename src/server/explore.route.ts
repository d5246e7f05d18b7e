// The /explore page: an analyst's view of the graph (actor neighbourhoods, dyads, statements) that
// talks only to the public GraphQL endpoint. Its script and stylesheet are bundled at build time from
// web/explore/ (npm run build: scripts/build-explore.mjs, esbuild) into dist/web/explore/, so the
// page loads nothing from another origin and works offline. `/` redirects here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import { scriptSafeJson } from './playground';

/** The bundle's entry; its presence tells a built folder from an empty one. */
const BUNDLE = 'explore.js';

// Same-origin only, and no inline script or style: everything the page runs comes from the bundle.
// connect-src also names the page's own origin as ws:/wss: (live updates, web/explore/live.ts):
// CSP 3 lets 'self' match it, but older browsers (Safari before 15.4) do not.
function contentSecurityPolicy(liveOrigin: string | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    liveOrigin === undefined ? "connect-src 'self'" : `connect-src 'self' ${liveOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** A Host header that is a plain host[:port] (a name, IPv4 or [IPv6]); anything else is not echoed. */
const PLAIN_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The page's own origin with the socket scheme, from the request that asked for the page. */
function liveOriginOf(req: Request): string | undefined {
  const host = req.get('host');
  if (host === undefined || !PLAIN_HOST.test(host)) {
    return undefined;
  }
  return `${req.secure ? 'wss' : 'ws'}://${host}`;
}

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
};

export interface ExploreOptions {
  /** Where the built bundle lives; default: dist/web/explore next to the compiled server. */
  readonly assetsDir?: string;
  /** The GraphQL endpoint the page queries. */
  readonly endpoint: string;
  /** READ_ACCESS=token: the page asks for a token before its first query. */
  readonly needsToken: boolean;
  /** The playground's path, linked from the page header; omitted when the playground is off. */
  readonly playground?: string;
}

/** dist/web/explore seen from dist/src/server (compiled) or from src/server (ts-jest, tsx). */
export function defaultExploreAssetsDir(): string | undefined {
  const candidates = [
    join(__dirname, '..', '..', 'web', 'explore'),
    join(__dirname, '..', '..', 'dist', 'web', 'explore'),
  ];
  return candidates.find(dir => existsSync(join(dir, BUNDLE)));
}

function renderPage(config: Record<string, unknown>): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>newsgraph · explore</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/explore/assets/explore.css" />
  </head>
  <body>
    <div id="explore"><p class="loading">Loading…</p></div>
    <noscript>This page needs JavaScript. The same data is at /graphql.</noscript>
    <script type="application/json" id="explore-config">${scriptSafeJson(config)}</script>
    <script src="/explore/assets/${BUNDLE}"></script>
  </body>
</html>
`;
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>newsgraph · explore not built</title></head>
  <body>
    <h1>The explore page is not built</h1>
    <p>Run <code>npm run build</code> (it bundles web/explore into dist/web/explore) and restart the
    server. The GraphQL endpoint works without it.</p>
  </body>
</html>
`;

/**
 * GET `/` redirects to `/explore`; GET `/explore` serves the page (any query string: the view state
 * lives there) and `/explore/assets/*` the bundle. Without a built bundle the page says how to build it
 * (503), so a server started from sources without `npm run build` still answers GraphQL.
 */
export function mountExplore(app: Express, opts: ExploreOptions): void {
  const dir = opts.assetsDir ?? defaultExploreAssetsDir();
  const built = dir !== undefined && existsSync(join(dir, BUNDLE));
  const page = renderPage({
    endpoint: opts.endpoint,
    needsToken: opts.needsToken,
    playground: opts.playground ?? null,
  });

  app.get('/', (_req: Request, res: Response) => {
    res.redirect(302, '/explore');
  });
  app.get('/explore', (req: Request, res: Response) => {
    const headers = {
      ...PAGE_HEADERS,
      'Content-Security-Policy': contentSecurityPolicy(liveOriginOf(req)),
    };
    if (!built) {
      res
        .status(503)
        .set({ ...headers, 'Cache-Control': 'no-store' })
        .send(NOT_BUILT_PAGE);
      return;
    }
    res.status(200).set(headers).send(page);
  });
  if (built) {
    app.use(
      '/explore/assets',
      express.static(dir, {
        index: false,
        redirect: false,
        dotfiles: 'ignore',
        setHeaders: res => {
          res.set({ 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
        },
      }),
    );
  }
}
