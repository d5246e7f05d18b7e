import express from 'express';
import request from 'supertest';
import { mountPlayground, type PlaygroundExample } from '../../src/server/playground';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const examples: readonly PlaygroundExample[] = [
  { name: 'Top entities', query: 'query TopEntities { __typename }' },
  {
    name: 'Articles by entity',
    query: 'query ArticlesByEntity($name: String!) { __typename }',
    variables: { name: '</script><script>alert(1)</script>' },
  },
];

function buildApp(): express.Express {
  const app = express();
  mountPlayground(app, { path: '/graphql', examples });
  app.all('/graphql', (_req, res) => {
    res.status(200).json({ data: { __typename: 'Query' }, handledBy: 'graphql' });
  });
  return app;
}

function assetUrls(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap(tag => {
    const m = /\b(?:src|href)="([^"]*)"/.exec(tag);
    return m?.[1] ? [m[1]] : [];
  });
}

describe('mountPlayground', () => {
  const app = buildApp();

  it('serves the GraphiQL page to browsers, with every example', async () => {
    const res = await request(app).get('/graphql').set('Accept', BROWSER_ACCEPT);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    for (const { name } of examples) expect(res.text).toContain(name);
    expect(res.text).toContain('id="graphiql"');
  });

  it('keeps example content from breaking out of its script element', async () => {
    const res = await request(app).get('/graphql').set('Accept', 'text/html');
    const opened = res.text.match(/<script\b/g) ?? [];
    expect(res.text.match(/<\/script>/g)).toHaveLength(opened.length);
    expect(res.text).not.toContain('<script>alert(1)');
    const config = /<script type="application\/json" id="playground-config">([^<]*)<\/script>/.exec(
      res.text,
    );
    expect(config?.[1]).toBeDefined();
    const parsed = JSON.parse(config?.[1] ?? 'null') as {
      endpoint: string;
      examples: PlaygroundExample[];
    };
    expect(parsed.endpoint).toBe('/graphql');
    expect(parsed.examples).toEqual(examples);
  });

  it('references only local assets, and every one of them is served as JS or CSS', async () => {
    const res = await request(app).get('/graphql').set('Accept', BROWSER_ACCEPT);
    const urls = assetUrls(res.text);
    expect(urls.length).toBeGreaterThanOrEqual(4);
    expect(res.text).not.toMatch(/<(script|link)\b[^>]*\b(src|href)="(https?:)?\/\//);
    for (const url of urls) {
      expect(url).toMatch(/^\/graphql\/playground\//);
      const asset = await request(app).get(url);
      expect({ url, status: asset.status }).toEqual({ url, status: 200 });
      expect(asset.headers['content-type']).toMatch(/^(text\/javascript|text\/css)\b/);
      expect((asset.text ?? '').length).toBeGreaterThan(0);
    }
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
  });

  it('lets GraphQL GET requests and non-HTML clients through to the next handler', async () => {
    const query = await request(app)
      .get('/graphql')
      .query({ query: '{__typename}' })
      .set('Accept', 'application/json');
    expect(query.status).toBe(200);
    expect(query.body).toMatchObject({ handledBy: 'graphql' });

    const queryFromBrowser = await request(app)
      .get('/graphql')
      .query({ query: '{__typename}' })
      .set('Accept', BROWSER_ACCEPT);
    expect(queryFromBrowser.body).toMatchObject({ handledBy: 'graphql' });

    const anyType = await request(app).get('/graphql').set('Accept', '*/*');
    expect(anyType.body).toMatchObject({ handledBy: 'graphql' });

    const post = await request(app).post('/graphql').send({ query: '{__typename}' });
    expect(post.body).toMatchObject({ handledBy: 'graphql' });
  });

  it('does not serve files outside its list', async () => {
    const res = await request(app).get('/graphql/playground/package.json');
    expect(res.status).toBe(404);
  });
});
