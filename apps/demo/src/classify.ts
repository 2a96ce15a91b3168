import { BrokenCircuitError, BulkheadRejectedError, IsolatedCircuitError, TaskCancelledError } from 'cockatiel';
import { UpstreamPayloadError, UpstreamStatusError } from './search-client.js';

export type ResilienceCode = 'SERVICE_UNAVAILABLE' | 'UPSTREAM_TIMEOUT' | 'DEPENDENCY_FAILED';

const failedConnection = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET']);
const timedOut = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function ownCode(error: object): unknown {
  try {
    return (error as { code?: unknown }).code;
  } catch {
    return undefined;
  }
}

function causeOf(error: object): unknown {
  try {
    return (error as { cause?: unknown }).cause;
  } catch {
    return undefined;
  }
}

/**
 * The `classify` hook given to createErrata: maps what cockatiel and our upstream client throw to
 * catalog codes. An open or isolated breaker and a full bulkhead mean we chose not to call
 * (SERVICE_UNAVAILABLE); a cancelled attempt is a timeout (UPSTREAM_TIMEOUT); an upstream that
 * answered badly or dropped the connection failed as a dependency (DEPENDENCY_FAILED). fetch wraps
 * socket errors in a `TypeError('fetch failed')`, so the cause chain is walked (bounded).
 */
export function classifyResilienceError(error: unknown): ResilienceCode | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current !== null && typeof current === 'object'; depth++) {
    if (current instanceof BrokenCircuitError || current instanceof IsolatedCircuitError || current instanceof BulkheadRejectedError) {
      return 'SERVICE_UNAVAILABLE';
    }
    if (current instanceof TaskCancelledError) return 'UPSTREAM_TIMEOUT';
    if (current instanceof UpstreamStatusError || current instanceof UpstreamPayloadError) return 'DEPENDENCY_FAILED';
    const code = ownCode(current);
    if (typeof code === 'string' && failedConnection.has(code)) return 'DEPENDENCY_FAILED';
    if (typeof code === 'string' && timedOut.has(code)) return 'UPSTREAM_TIMEOUT';
    current = causeOf(current);
  }
  return undefined;
}
