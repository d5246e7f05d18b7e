/**
 * Request ids, the access log and request metrics. `observeRequests` is the first Express middleware: it
 * picks the request id (a sane `X-Request-Id` from the client, else a UUID), echoes it in the response,
 * and runs the rest of the request inside its scope, so the masking point (errors.ts) and the Apollo plugin
 * below see it. When a GraphQL request ends it writes one access-log line (operation, duration, status,
 * error codes: never headers, variables or tokens) and records the request metrics.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { ErrorLogger } from './errors';
import type { Logger } from '../runtime/logger';
import type { AppMetrics } from './metrics';
import { type RequestScope, currentScope, requestIdFrom, runInScope } from './request-scope';

export interface ObserveOptions {
  readonly logger: Logger;
  readonly metrics: AppMetrics;
  /** Requests under this path get an access-log line and count in the GraphQL metrics. */
  readonly graphqlPath: string;
}

export function observeRequests(opts: ObserveOptions) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const scope: RequestScope = {
      requestId: requestIdFrom(req.headers['x-request-id']),
      errorCodes: [],
    };
    res.setHeader('X-Request-Id', scope.requestId);
    // Read now: Express rewrites req.url while a mounted router (app.use('/graphql', ...)) runs.
    const path = req.path;
    const t0 = process.hrtime.bigint();
    opts.metrics.inFlight.inc();
    let ended = false;
    const end = (aborted: boolean): void => {
      if (ended) {
        return;
      }
      ended = true;
      opts.metrics.inFlight.dec();
      // The playground page is served on the same path; only requests Apollo saw or refused count.
      if (path !== opts.graphqlPath || (scope.operation === undefined && res.statusCode < 400)) {
        return;
      }
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const operation = scope.operation ?? 'none';
      const status = aborted ? 499 : res.statusCode;
      const code = scope.errorCodes[0] ?? (status >= 400 ? `HTTP_${status}` : 'OK');
      opts.metrics.record({ operation, status, code, errorCodes: scope.errorCodes, seconds });
      opts.logger.info(
        {
          requestId: scope.requestId,
          method: req.method,
          path,
          status,
          operation,
          operationType: scope.operationType,
          durationMs: Math.round(seconds * 10_000) / 10,
          errorCodes: scope.errorCodes,
          ...(aborted ? { aborted: true } : {}),
        },
        'graphql request',
      );
    };
    res.once('finish', () => {
      end(false);
    });
    res.once('close', () => {
      end(!res.writableFinished);
    });
    runInScope(scope, next);
  };
}

/** Fills the request scope from Apollo: the operation label and type, and the codes of the errors sent. */
export function observabilityPlugin<T extends BaseContext>(
  metrics: AppMetrics,
): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      const scope = currentScope();
      if (scope === undefined) {
        return Promise.resolve();
      }
      scope.operation = 'invalid'; // until the document parses, validates and names one operation
      return Promise.resolve({
        didResolveOperation(rc) {
          scope.operation = metrics.operationLabel(rc.operationName);
          scope.operationType = rc.operation?.operation;
          return Promise.resolve();
        },
        willSendResponse(rc) {
          if (rc.response.body.kind === 'single') {
            scope.errorCodes = (rc.response.body.singleResult.errors ?? []).map(e => {
              const code = e.extensions?.code;
              return typeof code === 'string' ? code : 'UNKNOWN';
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** The masking point's logger: an unexpected error, once, at error level, with the request id. */
export function errorLogger(logger: Logger): ErrorLogger {
  return (message, error) => {
    logger.error({ requestId: currentScope()?.requestId, err: error }, message);
  };
}
