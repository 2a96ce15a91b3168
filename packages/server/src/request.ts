import type { RequestLike } from './types.js';

const MAX_HEADERS = 100;
const MAX_HEADER_CHARS = 8192;
const MAX_URL_CHARS = 2048;
const plainPath = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;

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

/**
 * One header (lower-case `name`) read as `headerRecord` would, without copying the rest: what
 * negotiation needs on every request, while the full record is built only for logs and
 * diagnostics. Never throws.
 */
export function requestHeader(request: RequestLike, name: string): string | undefined {
  try {
    const headers = request.headers;
    if (!headers || typeof headers !== 'object') return undefined;
    if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
      return headerRecord(request)[name];
    }
    const record = headers as Record<string, unknown>;
    let value = Object.hasOwn(record, name) ? record[name] : undefined;
    if (value === undefined) {
      // Hand-built objects may not lower-case names; headerRecord keeps the last spelling.
      let count = 0;
      for (const key in record) {
        if (++count > MAX_HEADERS) break;
        if (Object.hasOwn(record, key) && key.toLowerCase() === name) value = record[key];
      }
    }
    const joined = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : value;
    return typeof joined === 'string' ? joined.slice(0, MAX_HEADER_CHARS) : undefined;
  } catch {
    return undefined;
  }
}

const commonMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function requestMethod(request: RequestLike): string {
  try {
    const method = request.method;
    if (typeof method === 'string' && commonMethods.has(method)) return method;
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
    // A plain path (no query, fragment, escapes or dot segments) is already what the URL parser
    // would return as its pathname; parsing it costs more than the rest of the request.
    if (raw.length <= MAX_URL_CHARS && plainPath.test(raw) && !raw.includes('/.')) return { path: raw, query };
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
