/**
 * Request limits, applied before any resolver runs (so a rejected request costs nothing at the database):
 *
 * - the body size (express.json `limit`: HTTP 413 with a GraphQL-shaped body) and malformed JSON (400);
 * - tokens per document: Apollo's `parseOptions.maxTokens` (400 GRAPHQL_PARSE_FAILED). graphql-armor's
 *   max-tokens plugin is off: on Apollo it throws from `parsingDidStart`, outside Apollo's parse try/catch,
 *   and the request ends as HTTP 500 (checked with armor 3.2.0 on @apollo/server 5.5.1);
 * - depth, aliases and directives: graphql-armor validation rules (400 GRAPHQL_VALIDATION_FAILED), and
 *   Apollo's `maxRecursiveSelections` against fragment fan-out bombs;
 * - cost: graphql-armor's cost formula, run in `didResolveOperation` on the document with the values of
 *   `first`/`last` variables inlined, so `first: $n` costs what `first: 100` costs (armor's own validation
 *   rule only sees literals, and Apollo caches validation per document, not per variables);
 * - introspection and "Did you mean …" suggestions together (`GRAPHQL_INTROSPECTION`); batching off; CSRF
 *   prevention on.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import {
  type DocumentNode,
  type GraphQLSchema,
  GraphQLError,
  Kind,
  type ValueNode,
  type VariableDefinitionNode,
  validate,
  visit,
} from 'graphql';
import type { RequestLimitsConfig } from '../config/config';

/** What armor answers when `exposeLimits` is off (production): the limit and the value stay private. */
export const HIDDEN_LIMIT_MESSAGE = 'Query validation error.';

/** Armor's cost weights (its defaults), spelled out because the cost limit documents them. */
const COST_WEIGHTS = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 } as const;

/** Page-size arguments the cost multiplies in (graphql-armor's cost rule reads these two). */
const PAGE_SIZE_ARGS: ReadonlySet<string> = new Set(['first', 'last']);

type ApolloLimitOptions<C extends object> = Pick<
  ApolloServerOptions<C>,
  | 'allowBatchedHttpRequests'
  | 'csrfPrevention'
  | 'introspection'
  | 'hideSchemaDetailsFromClientErrors'
  | 'includeStacktraceInErrorResponses'
  | 'maxRecursiveSelections'
  | 'parseOptions'
  | 'validationRules'
> & { plugins: ApolloServerPlugin<C>[] };

/** The Apollo Server options that enforce `limits` (spread them into `new ApolloServer`). */
export function apolloLimits<C extends object>(
  schema: GraphQLSchema,
  limits: RequestLimitsConfig,
): ApolloLimitOptions<C> {
  const shown = { exposeLimits: limits.exposeLimits, errorMessage: HIDDEN_LIMIT_MESSAGE };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...shown },
    maxAliases: { n: limits.maxAliases, ...shown },
    maxDirectives: { n: limits.maxDirectives, ...shown },
    maxTokens: { enabled: false }, // answers 500 on Apollo: parseOptions.maxTokens below instead
    costLimit: { enabled: false }, // run per request with variables: costLimitPlugin below
    blockFieldSuggestion: { enabled: false }, // Apollo's hideSchemaDetailsFromClientErrors below
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [costLimitPlugin<C>(schema, limits)],
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: true,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    introspection: limits.introspection,
    hideSchemaDetailsFromClientErrors: !limits.introspection,
  };
}

/** A 400 rejection before execution, with the code graphql-js and armor use for validation. */
function limitError(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

/**
 * The document with every `first`/`last` variable replaced by its value (or its declared default), so
 * graphql-armor's cost rule multiplies it in. Other variables stay as they are.
 */
export function inlinePageSizes(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): DocumentNode {
  const defaults = new Map<string, ValueNode>();
  visit(document, {
    VariableDefinition(node: VariableDefinitionNode) {
      if (node.defaultValue !== undefined) {
        defaults.set(node.variable.name.value, node.defaultValue);
      }
    },
  });
  return visit(document, {
    Argument(node) {
      if (!PAGE_SIZE_ARGS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) {
        return undefined;
      }
      const name = node.value.name.value;
      const value = variables?.[name];
      if (typeof value === 'number' && Number.isInteger(value)) {
        return { ...node, value: { kind: Kind.INT, value: String(value) } };
      }
      const dflt = defaults.get(name);
      return dflt === undefined ? undefined : { ...node, value: dflt };
    },
  });
}

/** graphql-armor's cost of the operation(s) in `document`, page-size variables inlined. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Readonly<Record<string, unknown>>,
): number {
  let cost = 0;
  const rule = costLimitRule({
    ...COST_WEIGHTS,
    maxCost: Number.MAX_SAFE_INTEGER,
    propagateOnRejection: false,
    onAccept: [(_ctx, details: { n: number }) => (cost = Math.max(cost, details.n))],
  });
  validate(schema, inlinePageSizes(document, variables), [rule]);
  return cost;
}

/** The names of the variables a document passes as `first`/`last`: the cost depends on their values. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (PAGE_SIZE_ARGS.has(node.name.value) && node.value.kind === Kind.VARIABLE) {
        names.add(node.value.name.value);
      }
    },
  });
  return [...names];
}

/** Costs remembered per document and page-size values (beyond this many, the document's are reset). */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * `operationCost`, remembered: Apollo hands the same parsed document to every request that sends the
 * same query text, and the cost changes only with the values of its page-size variables. Computing it
 * walks and validates the whole document, a visible share of a small query's CPU.
 */
export function costCache(
  schema: GraphQLSchema,
): (document: DocumentNode, variables?: Readonly<Record<string, unknown>>) => number {
  const byDocument = new WeakMap<
    DocumentNode,
    { names: readonly string[]; costs: Map<string, number> }
  >();
  return (document, variables) => {
    let entry = byDocument.get(document);
    if (entry === undefined) {
      entry = { names: pageSizeVariables(document), costs: new Map() };
      byDocument.set(document, entry);
    }
    const key = JSON.stringify(entry.names.map(n => variables?.[n] ?? null));
    let cost = entry.costs.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, variables);
      if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) {
        entry.costs.clear();
      }
      entry.costs.set(key, cost);
    }
    return cost;
  };
}

function costLimitPlugin<C extends object>(
  schema: GraphQLSchema,
  limits: RequestLimitsConfig,
): ApolloServerPlugin<C> {
  const costOf = costCache(schema);
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          const cost = costOf(document, request.variables);
          if (cost > limits.maxCost) {
            throw limitError(
              limits.exposeLimits
                ? `Query cost limit of ${limits.maxCost} exceeded, found ${Math.round(cost)}: ` +
                    'ask for smaller pages (first/last) or fewer nested connections.'
                : HIDDEN_LIMIT_MESSAGE,
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * Express 5 leaves `req.body` unset when the content type is not JSON, and Apollo's Express integration
 * then answers 500 ("forgot to set up the json middleware"). Defining it lets Apollo answer instead: 400
 * for CSRF (a simple content type without a preflight header), 415/400 for other bodies.
 */
export const defineBody: RequestHandler = (req, _res, next) => {
  if (!('body' in req)) {
    (req as { body?: unknown }).body = undefined;
  }
  next();
};

/** GraphQL-shaped JSON error for failures before GraphQL runs (body too large, malformed JSON). */
function sendHttpError(
  res: Parameters<ErrorRequestHandler>[2],
  status: number,
  code: string,
  message: string,
) {
  res
    .status(status)
    .type('application/json')
    .json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Error middleware for the body parser on /graphql: an oversized body is 413 PAYLOAD_TOO_LARGE, malformed
 * JSON 400 BAD_REQUEST, both before any resolver; anything else goes on to the next error handler.
 */
export function bodyErrorHandler(maxBodyBytes: number): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    const type = (err as { type?: unknown } | null)?.type;
    if (type === 'entity.too.large') {
      sendHttpError(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `Request body is larger than ${maxBodyBytes} bytes (MAX_BODY_BYTES): send a smaller document or article`,
      );
      return;
    }
    if (type === 'entity.parse.failed') {
      sendHttpError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
      return;
    }
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      sendHttpError(res, 415, 'BAD_REQUEST', 'Request body must be UTF-8 JSON');
      return;
    }
    next(err);
  };
}
