// cockatiel's own policies drive the state: no glue in the host.
import { CircuitState, ConsecutiveBreaker, ExponentialBackoff, circuitBreaker, handleAll, retry, timeout, TimeoutStrategy, wrap } from 'cockatiel';
import { describe, expect, it } from 'vitest';
import { watchPolicies } from './cockatiel.js';
import { createDependencyRegistry, type DependencyState } from './registry.js';

function setup(halfOpenAfter: number, breakAfter = 2) {
  const changes: DependencyState[] = [];
  const registry = createDependencyRegistry({ deadlineMs: 100, cacheMs: 0, now: Date.now, onChange: (s) => void changes.push(s), onFallback: () => undefined });
  registry.register({ name: 'search' });
  const breaker = circuitBreaker(handleAll, { halfOpenAfter, breaker: new ConsecutiveBreaker(breakAfter) });
  const retries = retry(handleAll, { maxAttempts: 1, backoff: new ExponentialBackoff({ initialDelay: 1, maxDelay: 2 }) });
  const perAttempt = timeout(50, TimeoutStrategy.Aggressive);
  const stop = watchPolicies(registry, 'search', { breaker, retry: retries, timeout: perAttempt, halfOpenAfterMs: halfOpenAfter });
  const policy = wrap(retries, breaker, perAttempt);
  return { registry, changes, breaker, policy, stop };
}

const refused = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:9200'), { code: 'ECONNREFUSED' }));

describe('watchPolicies', () => {
  it('degrades on a failed call, goes down when the breaker opens, half-open, and healthy on reset', async () => {
    const { registry, breaker, policy } = setup(100);
    await policy.execute(() => Promise.resolve('ok'));
    expect(registry.get('search')?.status).toBe('healthy');

    // First call: attempt + one retry = two failures, which opens the breaker (ConsecutiveBreaker(2)).
    await expect(policy.execute(refused)).rejects.toThrow();
    expect(breaker.state).toBe(CircuitState.Open);
    const down = registry.get('search');
    expect(down).toMatchObject({ status: 'down', condition: 'circuit-open', lastError: { code: 'ECONNREFUSED' } });
    expect(down?.retryAt?.getTime()).toBeGreaterThan(Date.now());

    await new Promise((resolve) => setTimeout(resolve, 120));
    await policy.execute(() => Promise.resolve('ok'));
    expect(breaker.state).toBe(CircuitState.Closed);
    expect(registry.get('search')).toMatchObject({ status: 'healthy', condition: 'ok' });
  });

  it('reports timed-out calls as a degraded dependency while the breaker stays closed, and stops listening when told', async () => {
    const { registry, breaker, policy, stop } = setup(10_000, 5);
    const hang = ({ signal }: { signal: AbortSignal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    await expect(policy.execute(hang)).rejects.toThrow();
    expect(breaker.state).toBe(CircuitState.Closed);
    expect(registry.get('search')).toMatchObject({ status: 'degraded', condition: 'timeout' });
    stop();
    await policy.execute(() => Promise.resolve('ok'));
    expect(registry.get('search')?.status).toBe('degraded');
  });

  it('needs the dependency registered first', () => {
    const registry = createDependencyRegistry({ deadlineMs: 100, cacheMs: 0, now: Date.now, onChange: () => undefined, onFallback: () => undefined });
    expect(() => watchPolicies(registry, 'nope', {})).toThrow(/register/);
  });
});
