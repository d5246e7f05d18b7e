// Offline GraphQL IDE. Apollo's default landing page (and GraphiQL's own docs) load the IDE from
// a CDN, and the machines this project runs on reach no host but package registries. So the app
// serves GraphiQL itself: the prebuilt UMD bundles that ship inside the graphiql@3, react@18 and
// react-dom@18 npm packages, read from node_modules, plus a small bootstrap script. No build step,
// and the page's Content-Security-Policy keeps the browser from fetching anything off-origin.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Express, NextFunction, Request, Response } from 'express';

export interface PlaygroundExample {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

interface Asset {
  readonly contentType: string;
  readonly load: () => string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

function packageFile(pkg: string, ...segments: string[]): () => string {
  return () =>
    readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), ...segments), 'utf8');
}

// Runs in the browser after React, ReactDOM and GraphiQL (UMD globals). Reads its config from the
// JSON <script> so nothing executable is inlined in the page.
const BOOTSTRAP_JS = `'use strict';
(function () {
  var config = JSON.parse(document.getElementById('playground-config').textContent);

  // Tabs and editor contents persist in localStorage, and GraphiQL ignores defaultTabs once any
  // are stored: hide those keys on read so every visit opens on the examples. History, favourites
  // and settings still persist.
  function createStorage() {
    var prefix = 'newsgraph-playground:';
    var hidden = /:(tabState|query|variables|headers|operationName)$/;
    var own = function (key) { return key.indexOf(prefix) === 0; };
    try {
      var ls = window.localStorage;
      ls.getItem(prefix);
      return {
        getItem: function (key) { return hidden.test(key) ? null : ls.getItem(prefix + key); },
        setItem: function (key, value) { ls.setItem(prefix + key, value); },
        removeItem: function (key) { ls.removeItem(prefix + key); },
        clear: function () {
          Object.keys(ls).filter(own).forEach(function (key) { ls.removeItem(key); });
        },
        get length() { return Object.keys(ls).filter(own).length; },
      };
    } catch (e) {
      return null; // storage disabled: GraphiQL keeps state in memory only
    }
  }

  var tabs = config.examples.map(function (example) {
    var name = String(example.name).replace(/[\\r\\n]+/g, ' ');
    var tab = { query: '# ' + name + '\\n' + example.query };
    if (example.variables) tab.variables = JSON.stringify(example.variables, null, 2);
    return tab;
  });
  var props = {
    fetcher: GraphiQL.createFetcher({
      url: new URL(config.endpoint, window.location.href).href,
      enableIncrementalDelivery: false,
    }),
    storage: createStorage(),
    defaultEditorToolsVisibility: tabs.some(function (tab) { return tab.variables; }),
  };
  // READ_ACCESS=token: every request needs a token. Open the headers editor with a placeholder to
  // replace (headers are not persisted, so the token stays in this tab only).
  if (config.needsToken) {
    props.defaultHeaders = JSON.stringify({ Authorization: 'Bearer PASTE-A-READER-TOKEN-HERE' }, null, 2);
    props.defaultEditorToolsVisibility = 'headers';
  }
  if (tabs.length > 0) props.defaultTabs = tabs;
  // GraphiQL 3 fills the first tab's query from defaultTabs but not its variables.
  if (tabs.length > 0 && tabs[0].variables) props.variables = tabs[0].variables;
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, props));
})();
`;

const ASSETS: Readonly<Record<string, Asset>> = {
  'react.production.min.js': {
    contentType: JS,
    load: packageFile('react', 'umd', 'react.production.min.js'),
  },
  'react-dom.production.min.js': {
    contentType: JS,
    load: packageFile('react-dom', 'umd', 'react-dom.production.min.js'),
  },
  'graphiql.min.js': { contentType: JS, load: packageFile('graphiql', 'graphiql.min.js') },
  'graphiql.min.css': { contentType: CSS, load: packageFile('graphiql', 'graphiql.min.css') },
  'bootstrap.js': { contentType: JS, load: () => BOOTSTRAP_JS },
};

const STYLESHEETS = ['graphiql.min.css'];
const SCRIPTS = [
  'react.production.min.js',
  'react-dom.production.min.js',
  'graphiql.min.js',
  'bootstrap.js',
];

// Same-origin only: the IDE talks to this server and loads nothing from anywhere else.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// JSON that is safe inside <script type="application/json">: no "</script>", "<!--" or "&" can
// appear literally, and U+2028/2029 are escaped for good measure.
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function renderPage(
  endpoint: string,
  assetPrefix: string,
  examples: readonly PlaygroundExample[],
  needsToken: boolean,
) {
  const config = {
    endpoint,
    needsToken,
    examples: examples.map(({ name, query, variables }) => ({ name, query, variables })),
  };
  const asset = (file: string): string => escapeHtml(`${assetPrefix}/${file}`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>newsgraph · GraphiQL</title>
${STYLESHEETS.map(f => `    <link rel="stylesheet" href="${asset(f)}" />`).join('\n')}
    <style>
      html, body, #graphiql { height: 100%; margin: 0; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script type="application/json" id="playground-config">${scriptSafeJson(config)}</script>
${SCRIPTS.map(f => `    <script src="${asset(f)}"></script>`).join('\n')}
  </body>
</html>
`;
}

function wantsHtml(req: Request): boolean {
  return (
    req.query['query'] === undefined &&
    req.accepts(['application/json', 'text/html']) === 'text/html'
  );
}

const DISABLED_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>newsgraph · playground off</title></head>
  <body>
    <h1>The playground is off</h1>
    <p>GraphiQL needs schema introspection, which this server does not serve (GRAPHQL_INTROSPECTION=false,
    the default with NODE_ENV=production). Set GRAPHQL_INTROSPECTION=true to enable both, or send
    GraphQL requests with POST and <code>Content-Type: application/json</code> to this URL.</p>
  </body>
</html>
`;

/**
 * Serves GraphiQL on GET `opts.path` for browsers (Accept prefers text/html, no `query` param) and
 * its assets under `<path>/playground/`. Everything else falls through, so mount this before
 * Apollo's middleware on the same path. With `enabled: false` (introspection off, which GraphiQL
 * needs) browsers get a 404 page that says so, and no assets are served. With `needsToken` (READ_ACCESS=token)
 * the page itself is served to anyone (it holds no data), and opens its headers editor on an
 * `Authorization` header to fill in: every request it sends needs the token.
 */
export function mountPlayground(
  app: Express,
  opts: {
    path: string;
    examples: readonly PlaygroundExample[];
    enabled?: boolean;
    needsToken?: boolean;
  },
): void {
  if (!opts.path.startsWith('/')) {
    throw new Error(`playground path must start with "/": ${JSON.stringify(opts.path)}`);
  }
  const endpoint = opts.path.length > 1 ? opts.path.replace(/\/+$/, '') : opts.path;
  const assetPrefix = `${endpoint === '/' ? '' : endpoint}/playground`;
  // Fail at startup, not on the first page view, if a package is missing.
  for (const pkg of ['react', 'react-dom', 'graphiql']) require.resolve(`${pkg}/package.json`);

  if (opts.enabled === false) {
    app.get(endpoint, (req: Request, res: Response, next: NextFunction) => {
      res.vary('Accept');
      if (!wantsHtml(req)) {
        next();
        return;
      }
      res
        .status(404)
        .set({
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': "default-src 'none'",
          'X-Content-Type-Options': 'nosniff',
        })
        .send(DISABLED_PAGE);
    });
    return;
  }
  const examples = opts.examples.map(e => ({ ...e }));
  let page: string | undefined;
  const cache = new Map<string, string>();

  app.get(endpoint, (req: Request, res: Response, next: NextFunction) => {
    res.vary('Accept');
    if (!wantsHtml(req)) {
      next();
      return;
    }
    page ??= renderPage(endpoint, assetPrefix, examples, opts.needsToken === true);
    res
      .status(200)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      })
      .send(page);
  });

  app.get(`${assetPrefix}/:file`, (req: Request, res: Response, next: NextFunction) => {
    const file = String(req.params['file']);
    const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!asset) {
      next();
      return;
    }
    let body = cache.get(file);
    if (body === undefined) {
      body = asset.load();
      cache.set(file, body);
    }
    // res.send adds an ETag and answers 304 to a matching If-None-Match.
    res
      .status(200)
      .set({
        'Content-Type': asset.contentType,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(body);
  });
}
