// Conditions: why a dependency is not healthy, or why a fallback was served. They become metric
// labels (`errata_fallbacks_total{condition}`), so the vocabulary is closed: a host's own words
// must match `conditionPattern`, and past `maxConditions` distinct ones they count as `other`.

/** The conditions errata itself reports. */
export const conditions = [
  'ok',
  'check-failed',
  'check-timeout',
  'check-warn',
  'circuit-open',
  'circuit-half-open',
  'circuit-isolated',
  'retry-exhausted',
  'timeout',
  'bulkhead-full',
  'connection-refused',
  'connection-reset',
  'dns-failure',
  'upstream-status',
  'error',
  'manual',
  'other',
] as const;
export type KnownCondition = (typeof conditions)[number];

export const conditionPattern = /^[a-z][a-z0-9-]{0,39}$/;
const maxConditions = 64;
const seen = new Set<string>(conditions);

/** A condition safe to use as a label value: known, or the host's own within the bound; else `other`. */
export function boundedCondition(value: unknown): string {
  if (typeof value !== 'string' || !conditionPattern.test(value)) return 'other';
  if (seen.has(value)) return value;
  if (seen.size >= maxConditions) return 'other';
  seen.add(value);
  return value;
}

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly status?: unknown;
  readonly upstreamStatus?: unknown;
  readonly cause?: unknown;
  readonly isBrokenCircuitError?: unknown;
  readonly isIsolatedCircuitError?: unknown;
  readonly isBulkheadRejectedError?: unknown;
  readonly isTaskCancelledError?: unknown;
}

const systemCodes: Record<string, KnownCondition> = {
  ECONNREFUSED: 'connection-refused',
  ECONNRESET: 'connection-reset',
  EPIPE: 'connection-reset',
  UND_ERR_SOCKET: 'connection-reset',
  ENOTFOUND: 'dns-failure',
  EAI_AGAIN: 'dns-failure',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
};

function one(error: ErrorLike): KnownCondition | undefined {
  // cockatiel marks its errors with these flags; reading them needs no copy of cockatiel.
  if (error.isIsolatedCircuitError === true) return 'circuit-isolated';
  if (error.isBrokenCircuitError === true) return 'circuit-open';
  if (error.isBulkheadRejectedError === true) return 'bulkhead-full';
  if (error.isTaskCancelledError === true) return 'timeout';
  if (typeof error.code === 'string' && Object.hasOwn(systemCodes, error.code)) return systemCodes[error.code];
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return 'timeout';
  const status = typeof error.upstreamStatus === 'number' ? error.upstreamStatus : error.status;
  if (typeof status === 'number' && status >= 500 && status <= 599) return 'upstream-status';
  return undefined;
}

/**
 * The condition a failed call shows: cockatiel's errors (open or isolated circuit, full
 * bulkhead, cancelled by timeout), system codes (refused, reset, DNS, timeouts) and upstream 5xx
 * statuses, looked for along the cause chain (fetch wraps the socket error); `error` otherwise.
 * Never throws.
 */
export function conditionOf(error: unknown): KnownCondition {
  try {
    let current: unknown = error;
    for (let depth = 0; depth < 8 && current && typeof current === 'object'; depth++) {
      const found = one(current as ErrorLike);
      if (found) return found;
      current = (current as ErrorLike).cause;
    }
  } catch {
    // A hostile error object: no better answer than the generic one.
  }
  return 'error';
}

/** Name and code of an error, bounded, never its message (which may hold internals). */
export function errorSummary(error: unknown): { name: string; code?: string } {
  try {
    const e = error as ErrorLike;
    const name = typeof e?.name === 'string' ? e.name.slice(0, 80) : 'Error';
    let code: unknown = e?.code;
    let cause: unknown = e?.cause;
    for (let depth = 0; code === undefined && cause && typeof cause === 'object' && depth < 8; depth++) {
      code = (cause as ErrorLike).code;
      cause = (cause as ErrorLike).cause;
    }
    return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? { name, code } : { name };
  } catch {
    return { name: 'Error' };
  }
}
