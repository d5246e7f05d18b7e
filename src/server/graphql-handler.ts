/**
 * Apollo Server on the Express route, as `@as-integrations/express5`'s `expressMiddleware` does it
 * (request headers into a HeaderMap, the query string, the parsed body; Apollo's status, headers and
 * body back), with a shorter path for the answer to a POST. `res.send` hashes every response body into
 * an ETag (SHA-1) and checks request freshness, and the integration parsed the URL with the legacy
 * `url.parse`: about 1.5% of a small query's CPU together. A POST's answer is never cached nor revalidated,
 * so it is written with its length and no ETag; a GET's (a cacheable query, see docs/caching.md) still
 * goes through `res.send`, which answers 304 to a matching `If-None-Match`.
 */
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { Request, Response } from 'express';

export interface GraphQLHandlerOptions<C extends BaseContext> {
  readonly context: (args: { req: Request; res: Response }) => Promise<C>;
}

/** `?a=b` of `/graphql?a=b#x` (what `url.parse(url).search` gave; '' when there is none). */
export function searchOf(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) {
    return '';
  }
  const hash = url.indexOf('#', q);
  return hash < 0 ? url.slice(q) : url.slice(q, hash);
}

export function graphqlHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  options: GraphQLHandlerOptions<C>,
) {
  server.assertStarted('graphqlHandler()');
  return async (req: Request, res: Response): Promise<void> => {
    if (!('body' in req)) {
      res.status(500).send('`req.body` is not set: the json middleware must run first.');
      return;
    }
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) {
        headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
    }
    const method = req.method.toUpperCase();
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: searchOf(req.url), body: req.body },
      context: () => options.context({ req, res }),
    });
    for (const [key, value] of response.headers) {
      res.setHeader(key, value);
    }
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const body = response.body.string;
      const type = res.getHeader('content-type');
      if (method === 'POST' && typeof type === 'string' && type.includes('charset=')) {
        res.setHeader('Content-Length', Buffer.byteLength(body));
        res.end(body);
      } else {
        res.send(body);
      }
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      (res as { flush?: () => void }).flush?.(); // a compression middleware's, if any
    }
    res.end();
  };
}
