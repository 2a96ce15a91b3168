import type { RequestLike } from './types.js';

const MAX_HEADERS = 100;
const MAX_HEADER_CHARS = 8192;
const MAX_URL_CHARS = 2048;

/**
 * Lower-cased header names -> one string each. Reads a plain object or a fetch `Headers`; a
 * hostile or broken headers object gives an empty record rather than an exception.
 */
export function headerRecord(request: RequestLike): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  try {
    const headers = request.headers;
    if (!headers || typeof headers !== 'object') return out;
    const entries: Iterable<[string, unknown]> =
      typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function'
        ? (headers as Headers).entries()
        : Object.entries(headers);
    let count = 0;
    for (const [name, value] of entries) {
      if (++count > MAX_HEADERS) break;
      const joined = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : value;
      if (typeof joined !== 'string') continue;
      out[name.toLowerCase()] = joined.slice(0, MAX_HEADER_CHARS);
    }
  } catch {
    // A throwing getter or iterator: treat as no headers.
  }
  return out;
}

export function requestMethod(request: RequestLike): string {
  try {
    const method = request.method;
    return typeof method === 'string' && /^[A-Za-z-]{1,20}$/.test(method) ? method.toUpperCase() : 'GET';
  } catch {
    return 'GET';
  }
}

/** The request URL split into a path and a query (both bounded); a relative URL is fine. */
export function requestUrl(request: RequestLike): { path: string; query: Record<string, string> } {
  const query: Record<string, string> = Object.create(null) as Record<string, string>;
  try {
    const raw = request.url;
    if (typeof raw !== 'string' || raw === '') return { path: '/', query };
    const url = new URL(raw.slice(0, MAX_URL_CHARS), 'http://errata.invalid');
    let n = 0;
    for (const [key, value] of url.searchParams) {
      if (++n > 50) break;
      query[key.slice(0, 200)] = value.slice(0, 1000);
    }
    return { path: url.pathname, query };
  } catch {
    return { path: '/', query };
  }
}
