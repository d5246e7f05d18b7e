/** The request path's bound on a database call: a deadline, and the circuit breaker opening. */
import { ServiceUnavailableError } from '../errors/errors';
import type { CircuitBreaker } from './circuit-breaker';

export interface CallLimits {
  /** Present on the request path (`GraphClientOptions.breaker`). */
  readonly breaker: CircuitBreaker | undefined;
  /** `GraphClientOptions.deadlineMarginMs`: unset = wait as long as the driver does. */
  readonly margin: number | undefined;
}

/**
 * `running`, bounded on the request path: SERVICE_UNAVAILABLE once `timeout + deadlineMarginMs` has
 * passed, or at once when the breaker opens (the database is known down); `onExpire` runs first.
 */
export async function bounded<T>(
  running: Promise<T>,
  timeout: number,
  limits: CallLimits,
  onExpire: () => void,
): Promise<T> {
  const { breaker, margin } = limits;
  if (margin === undefined && breaker === undefined) {
    return running;
  }
  running.catch(() => undefined); // settles after a deadline or a cut: nobody awaits it any more
  let timer: NodeJS.Timeout | undefined;
  let unsubscribe: (() => void) | undefined;
  const racers: Promise<T>[] = [running];
  if (margin !== undefined) {
    racers.push(
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          onExpire();
          reject(
            new ServiceUnavailableError(
              `the database did not answer within ${timeout + margin} ms; try again shortly`,
            ),
          );
        }, timeout + margin);
      }),
    );
  }
  if (breaker !== undefined) {
    // the database is known down (another call, or the supervisor, saw it): stop waiting for it
    racers.push(
      new Promise<never>((_, reject) => {
        unsubscribe = breaker.onOpen(err => {
          onExpire();
          reject(err);
        });
      }),
    );
  }
  try {
    return await Promise.race(racers);
  } finally {
    clearTimeout(timer);
    unsubscribe?.(); // before the caller's own trip, which must not cut it
  }
}
