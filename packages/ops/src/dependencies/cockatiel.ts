import { conditionOf } from './conditions.js';
import type { DependencyRegistry } from './registry.js';

// cockatiel's events, typed by shape: the host's own copy of cockatiel is what fires them, so
// @errata/ops needs none at run time (cockatiel is an optional peer dependency).
type Disposable = { dispose(): void };
type Event<T> = (listener: (data: T) => void) => Disposable;
type FailureReason = { readonly error: unknown } | { readonly value: unknown } | { readonly isolated: true };

/** The events of a cockatiel `CircuitBreakerPolicy` this wiring listens to. */
export interface BreakerEvents {
  readonly onBreak: Event<FailureReason>;
  readonly onHalfOpen: Event<void>;
  readonly onReset: Event<void>;
  readonly onSuccess?: Event<unknown>;
  readonly onFailure?: Event<{ readonly reason: FailureReason }>;
}
/** ... of a `RetryPolicy`. */
export interface RetryEvents {
  readonly onGiveUp: Event<FailureReason>;
  readonly onSuccess: Event<unknown>;
}
/** ... of a `TimeoutPolicy`. */
export interface TimeoutEvents {
  readonly onTimeout: Event<void>;
}

export interface WatchedPolicies {
  readonly breaker?: BreakerEvents;
  readonly retry?: RetryEvents;
  readonly timeout?: TimeoutEvents;
  /** The breaker's `halfOpenAfter`, so the state knows when a trial call will go through (Retry-After). */
  readonly halfOpenAfterMs?: number;
}

const errorOf = (reason: FailureReason | undefined): unknown => (reason && 'error' in reason ? reason.error : undefined);

/**
 * Keeps a dependency's state in step with its cockatiel policies, no glue in the host:
 * the breaker opening makes it `down` (`circuit-open`, or `circuit-isolated`, with `retryAt`
 * when `halfOpenAfterMs` is given), half-open `degraded`, reset `healthy`; a call that fails
 * (retries exhausted, a timeout, a failure the breaker counted) makes a closed dependency
 * `degraded` with the call's condition, and the next success `healthy` again.
 * Returns a function that stops listening.
 *
 * @example
 * const breaker = circuitBreaker(handleAll, { halfOpenAfter: 10_000, breaker: new ConsecutiveBreaker(3) });
 * watchPolicies(ops.dependencies, 'search', { breaker, retry, timeout, halfOpenAfterMs: 10_000 });
 */
export function watchPolicies(registry: DependencyRegistry, name: string, policies: WatchedPolicies, now: () => number = Date.now): () => void {
  if (!registry.get(name)) throw new RangeError(`watchPolicies: register ${JSON.stringify(name)} first`);
  let circuit: 'closed' | 'open' | 'half-open' | 'isolated' = 'closed';
  // A timed-out attempt often surfaces as the task's own abort error: remember the timeout, so
  // the call's failure reads `timeout` rather than a generic `error`.
  let timedOut = false;
  const subscriptions: Disposable[] = [];
  const failed = (error: unknown, fallback: string) => {
    if (circuit !== 'closed') return;
    const condition = conditionOf(error);
    registry.report(name, 'policy', 'degraded', {
      condition: condition !== 'error' ? condition : timedOut ? 'timeout' : fallback,
      ...(error === undefined ? {} : { error }),
    });
  };
  const succeeded = () => {
    timedOut = false;
    if (circuit === 'closed') registry.report(name, 'policy', 'healthy');
  };

  const { breaker, retry, timeout, halfOpenAfterMs } = policies;
  if (breaker) {
    subscriptions.push(
      breaker.onBreak((reason) => {
        const isolated = reason !== undefined && 'isolated' in reason;
        circuit = isolated ? 'isolated' : 'open';
        const retryAt = !isolated && halfOpenAfterMs !== undefined ? new Date(now() + halfOpenAfterMs) : undefined;
        registry.report(name, 'policy', 'down', {
          condition: isolated ? 'circuit-isolated' : 'circuit-open',
          error: errorOf(reason),
          ...(retryAt ? { retryAt } : {}),
        });
      }),
      breaker.onHalfOpen(() => {
        circuit = 'half-open';
        registry.report(name, 'policy', 'degraded', { condition: 'circuit-half-open' });
      }),
      breaker.onReset(() => {
        circuit = 'closed';
        registry.report(name, 'policy', 'healthy');
      }),
    );
    if (breaker.onSuccess) subscriptions.push(breaker.onSuccess(succeeded));
    if (breaker.onFailure) subscriptions.push(breaker.onFailure((event) => failed(errorOf(event?.reason), 'error')));
  }
  if (retry)
    subscriptions.push(
      retry.onGiveUp((reason) => failed(errorOf(reason), 'retry-exhausted')),
      retry.onSuccess(succeeded),
    );
  if (timeout)
    subscriptions.push(
      timeout.onTimeout(() => {
        timedOut = true;
        failed(undefined, 'timeout');
      }),
    );
  return () => {
    for (const s of subscriptions.splice(0)) s.dispose();
  };
}
