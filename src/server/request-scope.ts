/**
 * What the server knows about the HTTP request being handled, reachable from anywhere in its async call
 * tree (formatError has no context argument; the Apollo plugin and the access log share it): the request
 * id, and what the GraphQL layer learned (operation, error codes) for the one access-log line; and the
 * request's one read transaction (`requestReads`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import {
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
} from 'graphql';
import type { GraphClient } from '../graph/graph-client';

export interface RequestScope {
  readonly requestId: string;
  /** Operation name as the metrics label (see metrics.ts operationLabel); unset until Apollo runs. */
  operation?: string;
  /** `query`, `mutation` or `subscription`, once the operation is resolved. */
  operationType?: string;
  /** `extensions.code` of each error sent (after masking). */
  errorCodes: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

/** A client's `X-Request-Id` when it is a sane token (1-128 of `A-Z a-z 0-9 . _ : -`); else a new UUID. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && SANE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

/**
 * The GraphQL route's read transaction (graph/request-reads.ts): each request gets a scope of its own
 * before Apollo runs, so everything the request reads, in any resolver, finds it. The plugin below
 * closes it when the result is complete; 'close' (the response was sent, or the client went away
 * mid-request) closes it in every other case, so a request never leaves its transaction open.
 */
export function requestReads(graph: GraphClient) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const reads = graph.requestReads();
    res.once('close', () => {
      void reads.close();
    });
    graph.withReads(reads, next);
  };
}

/**
 * How many root fields `operation` selects, fragments expanded (`__typename` reads nothing). Directives
 * are not evaluated, so a field `@skip`ped still counts: never fewer than the fields that run.
 */
export function rootFieldCount(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.flatMap(d =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const seen = new Set<string>();
  const count = (set: SelectionSetNode): number => {
    let n = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        n += s.name.value === '__typename' ? 0 : 1;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        n += count(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value); // validation forbids cycles; a fragment spread twice merges
        const fragment = fragments.get(s.name.value);
        n += fragment === undefined ? 1 : count(fragment);
      }
    }
    return n;
  };
  return count(operation.selectionSet);
}

/**
 * Turns the scope's sharing on once the operation is known to be a query: a mutation's statements keep
 * their own transactions (ingest's writes must not run in a read transaction, nor wait for one). A query
 * with one root field runs its first statement auto-commit (graph/request-reads.ts). Ends the
 * transaction once the result is complete, before the response is written (one round trip).
 */
export function requestReadsPlugin<T extends BaseContext>(
  graph: GraphClient,
): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(rc) {
          const operation = rc.operation;
          if (operation?.operation === OperationTypeNode.QUERY) {
            const oneRootField = rootFieldCount(operation, rc.document) === 1;
            graph.currentReads()?.share({ oneRootField });
          }
          return Promise.resolve();
        },
        // before the response is written: a client holding its answer finds the session closed
        async willSendResponse() {
          await graph.currentReads()?.close();
        },
      });
    },
  };
}
