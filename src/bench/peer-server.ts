/**
 * The peer server: the Neo4j GraphQL Library (`@neo4j/graphql` 7) on Apollo Server 5's standalone
 * node:http server, over the benchmark's Neo4j, with PEER_TYPE_DEFS. Production-like: no introspection,
 * no landing page; the library's schema is built once at start.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import type { GraphQLSchema } from 'graphql';
import { PEER_TYPE_DEFS } from './peer.typedefs';

export function peerSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
}

export interface PeerServer {
  readonly port: number;
  stop(): Promise<void>;
}

/** Serves the peer on 127.0.0.1:`port` (0: any free port), POST /graphql. */
export async function startPeerServer(
  driver: Driver,
  database: string,
  port: number,
): Promise<PeerServer> {
  const apollo = new ApolloServer({
    schema: await peerSchema(driver),
    introspection: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port, host: '127.0.0.1' },
    context: () => Promise.resolve({ sessionConfig: { database } }),
  });
  return { port: Number(new URL(url).port), stop: () => apollo.stop() };
}
