/**
 * The process's one structured logger: JSON lines (pino) on stdout, level from LOG_LEVEL. Credentials
 * never reach a line: request headers are not logged, and any `authorization` field that a caller passes
 * anyway (as `headers.authorization`, `req.headers.authorization`, or a top-level key) is redacted.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/config';

export type { Logger };

/** Paths censored in every line; tokens must never be logged (auth.ts parses them). */
export const REDACTED_PATHS: readonly string[] = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  'headers.cookie',
  'req.headers.cookie',
  '*.authorization',
  '*.token',
];

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where lines go; stdout (synchronous, so nothing is lost on exit) when omitted. Tests pass a stream. */
  readonly destination?: DestinationStream;
}

export function createLogger(opts: LoggerOptions): Logger {
  return pino(
    {
      level: opts.level,
      base: { app: 'newsgraph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...REDACTED_PATHS], censor: '[Redacted]' },
      formatters: { level: label => ({ level: label }) },
    },
    opts.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
