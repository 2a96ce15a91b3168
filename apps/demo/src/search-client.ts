import type { DependencyRegistry } from '@errata/ops';
import { watchPolicies } from '@errata/ops';
import {
  BrokenCircuitError,
  BulkheadRejectedError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  IsolatedCircuitError,
  TimeoutStrategy,
  bulkhead,
  circuitBreaker,
  handleAll,
  handleWhen,
  retry,
  timeout,
  wrap,
} from 'cockatiel';
import { SavedResults } from './saved-results.js';

export interface SearchResult {
  readonly title: string;
}

/** The upstream answered, but not with a usable 2xx. Deliberately no `status` property:
 * the renderer would read it as this request's own status, and a 503 from a dependency is a 502
 * (DEPENDENCY_FAILED) for our caller. */
export class UpstreamStatusError extends Error {
  override readonly name = 'UpstreamStatusError';
  constructor(readonly upstreamStatus: number) {
    super(`upstream answered ${upstreamStatus}`);
  }
}

export class UpstreamPayloadError extends Error {
  override readonly name = 'UpstreamPayloadError';
}

export interface SearchClientOptions {
  baseUrl: string;
  /** Path of the search endpoint on `baseUrl`. */
  path?: string;
  /** Per attempt. */
  timeoutMs?: number;
  maxAttempts?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Consecutive failed attempts that open the breaker. */
  breakAfter?: number;
  /** How long the breaker stays open before it lets one trial call through. */
  halfOpenAfterMs?: number;
  maxConcurrent?: number;
  now?: () => number;
  /**
   * The dependency this client calls, in @errata/ops' registry: its cockatiel policies then keep
   * the dependency's state (readiness, metrics, banners), and saved answers count as fallbacks.
   */
  dependency?: { readonly registry: DependencyRegistry; readonly name: string };
}

export type BreakerState = 'closed' | 'open' | 'half-open' | 'isolated';

export type SearchOutcome =
  | { readonly kind: 'fresh'; readonly results: readonly SearchResult[] }
  | { readonly kind: 'saved'; readonly results: readonly SearchResult[]; readonly savedAt: Date; readonly degradedSince: Date; readonly error: unknown };

export interface SearchClient {
  search(query: string): Promise<SearchOutcome>;
  breakerState(): BreakerState;
  /** Whole seconds until the open breaker lets a trial call through (at least 1 while open), from the dependency's state. */
  retryAfterSeconds(): number | undefined;
  /** Since when the dependency has not been healthy, from its state. */
  degradedSince(): Date | undefined;
}

const stateNames: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/** Errors that say the call was never attempted: retrying them only burns the budget. */
export function isRejectedByPolicy(error: unknown): boolean {
  return error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError || error instanceof BulkheadRejectedError;
}

function parseResults(payload: unknown): SearchResult[] {
  if (!payload || typeof payload !== 'object' || !Array.isArray((payload as { results?: unknown }).results)) {
    throw new UpstreamPayloadError('upstream sent no results array');
  }
  return (payload as { results: unknown[] }).results
    .filter((r): r is { title: string } => !!r && typeof (r as { title?: unknown }).title === 'string')
    .slice(0, 50)
    .map((r) => ({ title: r.title.slice(0, 200) }));
}

/**
 * Calls the upstream's `/search` through cockatiel: a bulkhead bounds concurrency, retries with
 * exponential backoff and decorrelated jitter (cockatiel's default generator), a consecutive-failure
 * circuit breaker, and an aggressive per-attempt timeout that aborts the fetch. Successful results
 * are saved so an open breaker can still answer with them.
 */
export function createSearchClient(options: SearchClientOptions): SearchClient {
  const now = options.now ?? Date.now;
  const halfOpenAfter = options.halfOpenAfterMs ?? 10_000;
  const saved = new SavedResults<readonly SearchResult[]>(50, now);
  const dependency = options.dependency;
  const state = () => dependency?.registry.get(dependency.name);

  const breaker = circuitBreaker(handleAll, {
    halfOpenAfter,
    breaker: new ConsecutiveBreaker(options.breakAfter ?? 3),
  });
  const retries = retry(
    handleWhen((error) => !isRejectedByPolicy(error)),
    {
      maxAttempts: options.maxAttempts ?? 2,
      backoff: new ExponentialBackoff({ initialDelay: options.initialDelayMs ?? 100, maxDelay: options.maxDelayMs ?? 1000 }),
    },
  );
  const perAttempt = timeout(options.timeoutMs ?? 1000, TimeoutStrategy.Aggressive);
  const policy = wrap(bulkhead(options.maxConcurrent ?? 16, 32), retries, breaker, perAttempt);
  // The breaker's, the retries' and the timeout's events drive the dependency's state: no glue here.
  if (dependency) watchPolicies(dependency.registry, dependency.name, { breaker, retry: retries, timeout: perAttempt, halfOpenAfterMs: halfOpenAfter }, now);

  async function fetchResults(query: string, signal: AbortSignal): Promise<SearchResult[]> {
    const url = new URL(options.path ?? '/search', options.baseUrl);
    url.searchParams.set('q', query);
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new UpstreamStatusError(response.status);
    }
    return parseResults(await response.json());
  }

  const degradedSince = (): Date | undefined => {
    const s = state();
    return s && s.status !== 'healthy' ? s.since : undefined;
  };

  return {
    async search(query) {
      const key = query.trim().toLowerCase().slice(0, 200);
      try {
        const results = await policy.execute(({ signal }) => fetchResults(query, signal));
        saved.set(key, results);
        return { kind: 'fresh', results };
      } catch (error) {
        const hit = saved.get(key);
        if (!hit) throw error;
        // A fallback, counted with the exact condition that triggered it (errata_fallbacks_total).
        if (dependency) dependency.registry.fallback(dependency.name, error);
        return { kind: 'saved', results: hit.value, savedAt: new Date(hit.savedAt), degradedSince: degradedSince() ?? new Date(now()), error };
      }
    },
    breakerState: () => stateNames[breaker.state],
    retryAfterSeconds() {
      const retryAt = state()?.retryAt;
      if (breaker.state !== CircuitState.Open || retryAt === undefined) return undefined;
      return Math.max(1, Math.ceil((retryAt.getTime() - now()) / 1000));
    },
    degradedSince,
  };
}
