import { ApolloServer } from '@apollo/server';
import express from 'express';
import request from 'supertest';
import { graphqlHandler, searchOf } from '../../src/server/graphql-handler';

const typeDefs = 'type Query { hello(name: String): String }';
const resolvers = {
  Query: { hello: (_: unknown, a: { name?: string }) => `hi ${a.name ?? 'you'}` },
};

describe('graphqlHandler', () => {
  let apollo: ApolloServer;
  let app: express.Express;

  beforeAll(async () => {
    apollo = new ApolloServer({ typeDefs, resolvers, csrfPrevention: true });
    await apollo.start();
    app = express();
    app.use(
      '/graphql',
      express.json(),
      graphqlHandler(apollo, { context: () => Promise.resolve({}) }),
    );
  });
  afterAll(async () => {
    await apollo.stop();
  });

  it('answers a POST with its length, its content type and no ETag', async () => {
    const res = await request(app)
      .post('/graphql')
      .send({ query: '{ hello(name: "é") }' })
      .expect(200);
    expect(res.body).toEqual({ data: { hello: 'hi é' } });
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(res.text)));
    expect(res.headers['etag']).toBeUndefined();
  });

  it("keeps Apollo's status and errors on a POST (a parse failure is 400)", async () => {
    const res = await request(app).post('/graphql').send({ query: '{ hello(' }).expect(400);
    const body = res.body as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a GET query with an ETag, and 304 to a matching If-None-Match', async () => {
    const url = `/graphql?query=${encodeURIComponent('{ hello }')}`;
    const first = await request(app).get(url).set('apollo-require-preflight', '1').expect(200);
    expect(first.body).toEqual({ data: { hello: 'hi you' } });
    const etag = first.headers['etag'];
    expect(typeof etag).toBe('string');
    await request(app)
      .get(url)
      .set('apollo-require-preflight', '1')
      .set('If-None-Match', etag as string)
      .expect(304);
  });

  it('reads the query string as url.parse did', () => {
    expect(searchOf('/graphql')).toBe('');
    expect(searchOf('/graphql?query=x&a=1')).toBe('?query=x&a=1');
    expect(searchOf('/graphql?query=x#frag')).toBe('?query=x');
  });
});
