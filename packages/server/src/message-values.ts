import type { CatalogEntry } from '@errata/catalog';
import type { ErrorInfo } from './safety/normalise.js';
import { formatRetryAfter } from './safety/headers.js';

export interface RetryAfter {
  /** The `Retry-After` value: digits or an IMF-fixdate. */
  header: string;
  seconds?: number | undefined;
  at?: Date | undefined;
}

/** When to retry, from the error's `retryAfter` or its (allow-listed) `Retry-After` header. */
export function retryAfterOf(info: ErrorInfo): RetryAfter | undefined {
  let headerValue: string | undefined;
  for (const [name, value] of Object.entries(info.headers)) if (name.toLowerCase() === 'retry-after') headerValue = value;
  const header = formatRetryAfter(info.retryAfter) ?? formatRetryAfter(headerValue);
  if (!header) return undefined;
  return /^\d+$/.test(header) ? { header, seconds: Number(header) } : { header, at: new Date(header) };
}

/**
 * ICU values for the entry's message: the error's own, plus what errata knows and the entry's
 * typed placeholders ask for (service name, the retry wait or moment) when the error left them out.
 */
export function messageValues(
  entry: CatalogEntry,
  info: ErrorInfo,
  retry: RetryAfter | undefined,
  serviceName: string | undefined,
): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = { ...(info.values ?? {}) };
  const args = entry.args ?? {};
  const fill = (name: string, value: string | number | Date) => {
    if (!(name in values)) values[name] = value;
  };
  if (serviceName) fill('serviceName', serviceName);
  if (retry?.seconds !== undefined) {
    for (const name of ['retryAfterSeconds', 'seconds']) if (args[name] === 'number') fill(name, retry.seconds);
    if (args['minutes'] === 'number') fill('minutes', Math.ceil(retry.seconds / 60));
  }
  const at = retry?.at ?? (retry?.seconds !== undefined ? new Date(Date.now() + retry.seconds * 1000) : undefined);
  if (at) {
    for (const name of ['retryAt', 'availableAt']) if (args[name] === 'date' || args[name] === 'time') fill(name, at);
  }
  return values;
}
