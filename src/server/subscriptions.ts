/**
 * GraphQL subscriptions over WebSocket (the graphql-transport-ws protocol of `graphql-ws`) on the HTTP
 * server's own port and path (/graphql), with the rules of HTTP queries (docs/live.md):
 *
 * - auth: the token goes in `connectionParams.authorization` ("Bearer <token>"); under READ_ACCESS=token
 *   a connection without a known reader or writer token, and in any mode one with an unknown or malformed
 *   token, is closed with 4403 and a reason that starts with UNAUTHENTICATED;
 * - limits: the subscription document is parsed with the same token cap, validated with the same depth,
 *   alias and directive rules, costed with the same cost limit; only subscription operations are served
 *   (queries and mutations go over HTTP, where their own plugins run);
 * - caps: WS_MAX_CONNECTIONS open connections (one more is closed with 1013 "Try Again Later") and
 *   WS_MAX_SUBSCRIPTIONS_PER_CONNECTION running subscriptions per connection (one more gets an error
 *   message with code TOO_MANY_SUBSCRIPTIONS, the connection stays open);
 * - errors: masked by the same formatError as queries;
 * - shutdown: `dispose()` refuses new upgrades, closes every socket with 1001 "Going away", and closes the
 *   WebSocket server.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import {
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
  type DocumentNode,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  getOperationAST,
  getVariableValues,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { type ServerOptions, CloseCode } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { ReadAccess, RequestLimitsConfig } from '../config/config';
import { DomainError } from '../errors/errors';
import type { Principal } from '../resolvers/access';
import type { LiveContext } from '../resolvers/live.context';
import { type ApiToken, authorizeRequest } from './auth';
import { HIDDEN_LIMIT_MESSAGE, operationCost } from './limits';

/** Standard WebSocket close code 1013 "Try Again Later": the server is at its connection cap. */
export const CLOSE_TRY_AGAIN_LATER = 1013;
/** Standard WebSocket close code 1001 "Going Away": the server is shutting down. */
export const CLOSE_GOING_AWAY = 1001;
/** graphql-ws' code for a refused connection_init (bad or missing token). */
export const CLOSE_FORBIDDEN = CloseCode.Forbidden;

/** How long dispose() waits for clients to answer the close before it cuts their sockets. */
const CLOSE_WAIT_MS = 1000;

/** A close reason may hold at most 123 bytes. */
const MAX_REASON_BYTES = 123;

export interface SubscriptionServerDeps {
  readonly httpServer: http.Server;
  readonly path: string;
  readonly schema: GraphQLSchema;
  readonly tokens: readonly ApiToken[];
  readonly readAccess: ReadAccess;
  readonly limits: RequestLimitsConfig;
  /** The depth, alias and directive rules the HTTP endpoint validates with (limits.ts). */
  readonly validationRules: readonly ValidationRule[];
  readonly maxConnections: number;
  readonly maxSubscriptionsPerConnection: number;
  readonly context: (principal: Principal | null) => LiveContext;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

export interface SubscriptionServer {
  /** Open WebSocket connections. */
  connections(): number;
  dispose(): Promise<void>;
}

function reason(text: string): string {
  let out = text;
  while (Buffer.byteLength(out, 'utf8') > MAX_REASON_BYTES) {
    out = out.slice(0, -1);
  }
  return out;
}

function coded(message: string, code: string, from?: GraphQLError): GraphQLError {
  return new GraphQLError(message, {
    nodes: from?.nodes,
    source: from?.source,
    positions: from?.positions,
    extensions: { code },
  });
}

function authorizationOf(
  params: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/** Why a connection_init is refused, as a close reason that starts with the error code. */
function refusal(err: unknown, readAccess: ReadAccess, hadToken: boolean): string {
  if (!hadToken && readAccess === 'token') {
    return 'UNAUTHENTICATED: send connectionParams { authorization: "Bearer <reader or writer token>" }';
  }
  return err instanceof DomainError
    ? reason(`${err.code}: ${err.message}`)
    : 'UNAUTHENTICATED: token refused';
}

export function attachSubscriptions(deps: SubscriptionServerDeps): SubscriptionServer {
  const { limits } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxBodyBytes });
  const principals = new WeakMap<object, Principal | null>();
  const rules: ValidationRule[] = [
    ...specifiedRules,
    ...deps.validationRules,
    ...(limits.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  let closing = false;

  const options: ServerOptions<Record<string, unknown>, Extra> = {
    schema: deps.schema,
    onConnect: ctx => {
      const header = authorizationOf(ctx.connectionParams);
      try {
        principals.set(ctx, authorizeRequest(header, deps.tokens, deps.readAccess));
        return true;
      } catch (err) {
        ctx.extra.socket.close(
          CLOSE_FORBIDDEN,
          refusal(err, deps.readAccess, header !== undefined),
        );
        return false;
      }
    },
    onSubscribe: (ctx, _id, payload) => {
      // this subscription is already listed in ctx.subscriptions
      if (Object.keys(ctx.subscriptions).length > deps.maxSubscriptionsPerConnection) {
        return [
          coded(
            `this connection already runs ${deps.maxSubscriptionsPerConnection} subscriptions ` +
              '(WS_MAX_SUBSCRIPTIONS_PER_CONNECTION): complete one or open another connection',
            'TOO_MANY_SUBSCRIPTIONS',
          ),
        ];
      }
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: limits.maxTokens });
      } catch (err) {
        const e = err instanceof GraphQLError ? err : undefined;
        return [coded(e?.message ?? 'Syntax Error', 'GRAPHQL_PARSE_FAILED', e)];
      }
      const invalid = validate(deps.schema, document, rules);
      if (invalid.length > 0) {
        return invalid.map(e => coded(e.message, 'GRAPHQL_VALIDATION_FAILED', e));
      }
      const operation = getOperationAST(document, payload.operationName);
      if (operation === null || operation === undefined) {
        return [coded('Unable to identify the operation: name it in operationName', 'BAD_REQUEST')];
      }
      if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
        return [
          coded(
            `a ${operation.operation} goes over HTTP (POST ${deps.path}); the WebSocket serves subscriptions`,
            'BAD_REQUEST',
          ),
        ];
      }
      const variables = getVariableValues(
        deps.schema,
        operation.variableDefinitions ?? [],
        payload.variables ?? {},
      );
      if (variables.errors !== undefined) {
        return variables.errors.map(e => coded(e.message, 'BAD_USER_INPUT', e));
      }
      const cost = operationCost(deps.schema, document, payload.variables ?? undefined);
      if (cost > limits.maxCost) {
        return [
          coded(
            limits.exposeLimits
              ? `Query cost limit of ${limits.maxCost} exceeded, found ${Math.round(cost)}`
              : HIDDEN_LIMIT_MESSAGE,
            'GRAPHQL_VALIDATION_FAILED',
          ),
        ];
      }
      return {
        schema: deps.schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: deps.context(principals.get(ctx) ?? null),
      };
    },
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors === undefined
        ? undefined
        : { ...result, errors: result.errors.map(e => deps.formatError(e.toJSON(), e)) },
    onError: (_ctx, _id, _payload, errors) => errors.map(e => deps.formatError(e.toJSON(), e)),
  };
  const server = useServer(options, wss);

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== deps.path || closing) {
      socket.end(`HTTP/1.1 ${closing ? '503 Service Unavailable' : '404 Not Found'}\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, ws => {
      // the new socket is already counted in wss.clients
      if (wss.clients.size > deps.maxConnections) {
        ws.close(
          CLOSE_TRY_AGAIN_LATER,
          reason(`SERVICE_BUSY: ${deps.maxConnections} connections open (WS_MAX_CONNECTIONS)`),
        );
        return;
      }
      wss.emit('connection', ws, req);
    });
  };
  deps.httpServer.on('upgrade', onUpgrade);

  return {
    connections: () => wss.clients.size,
    dispose: async () => {
      closing = true;
      const open = [...wss.clients];
      const closed = Promise.all(open.map(ws => new Promise(resolve => ws.once('close', resolve))));
      for (const ws of open) {
        ws.close(CLOSE_GOING_AWAY, 'Going away: the server is shutting down');
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        closed,
        new Promise(resolve => {
          timer = setTimeout(resolve, CLOSE_WAIT_MS);
        }),
      ]);
      clearTimeout(timer);
      for (const ws of wss.clients) {
        ws.terminate(); // a client that did not answer the close in time
      }
      await server.dispose();
      deps.httpServer.off('upgrade', onUpgrade);
    },
  };
}
