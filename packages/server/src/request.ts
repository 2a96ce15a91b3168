import type { RequestLike } from './types.js';

// The one place that reads a request. Adapters hand over whatever their framework has (Node's
// lower-cased header object, a fetch `Headers`, a hand-built object with any spelling); hostile
// objects (throwing getters, Proxies) read as empty rather than throw. Everything is bounded.

const MAX_HEADERS = 100;
const MAX_HEADER_CHARS = 8192;
const MAX_URL_CHARS = 2048;
const plainPath = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;
const commonMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A request as the pipeline sees it: every part read at most once, on demand. */
export interface RequestView {
  /** Upper-case method; `GET` when missing or malformed. */
  readonly method: string;
  /** One header by lower-case name: repeated values joined with `, `, capped. */
  header(name: string): string | undefined;
  /** Every header, names lower-cased (logs and diagnostics only: it copies them all). */
  headers(): Record<string, string>;
  /** The URL's path and query (a relative URL is fine), bounded. */
  url(): { path: string; query: Record<string, string> };
}

function headerText(value: unknown): string | undefined {
  const joined = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : value;
  return typeof joined === 'string' ? joined.slice(0, MAX_HEADER_CHARS) : undefined;
}

function isFetchHeaders(headers: object): headers is Headers {
  return typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function';
}

function allHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  try {
    if (!headers || typeof headers !== 'object') return out;
    const entries: Iterable<[string, unknown]> = isFetchHeaders(headers) ? headers.entries() : Object.entries(headers);
    let count = 0;
    for (const [name, value] of entries) {
      if (++count > MAX_HEADERS) break;
      const text = headerText(value);
      if (text !== undefined) out[name.toLowerCase()] = text;
    }
  } catch {
    // A throwing getter or iterator: treat as no headers.
  }
  return out;
}

/**
 * One header without copying the rest (what negotiation needs on every request). Answers exactly
 * as `allHeaders(headers)[name]` would, including for hand-built objects whose names are not
 * lower-case (the last spelling wins, as there).
 */
function oneHeader(headers: unknown, name: string, all: () => Record<string, string>): string | undefined {
  try {
    if (!headers || typeof headers !== 'object') return undefined;
    if (isFetchHeaders(headers)) return all()[name];
    const record = headers as Record<string, unknown>;
    let value = Object.hasOwn(record, name) ? record[name] : undefined;
    if (value === undefined) {
      let count = 0;
      for (const key in record) {
        if (++count > MAX_HEADERS) break;
        if (Object.hasOwn(record, key) && key.toLowerCase() === name) value = record[key];
      }
    }
    return headerText(value);
  } catch {
    return undefined;
  }
}

function methodOf(request: RequestLike): string {
  try {
    const method = request.method;
    if (typeof method === 'string' && commonMethods.has(method)) return method;
    return typeof method === 'string' && /^[A-Za-z-]{1,20}$/.test(method) ? method.toUpperCase() : 'GET';
  } catch {
    return 'GET';
  }
}

function urlOf(request: RequestLike): { path: string; query: Record<string, string> } {
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

function headersOf(request: RequestLike): unknown {
  try {
    return request.headers;
  } catch {
    return undefined;
  }
}

/** Read a request once: each part is computed the first time it is asked for. Never throws. */
export function readRequest(input: unknown): RequestView {
  const request: RequestLike = input && typeof input === 'object' ? (input as RequestLike) : {};
  const headers = headersOf(request);
  let all: Record<string, string> | undefined;
  let url: { path: string; query: Record<string, string> } | undefined;
  const everyHeader = () => (all ??= allHeaders(headers));
  return {
    method: methodOf(request),
    header: (name) => oneHeader(headers, name, everyHeader),
    headers: everyHeader,
    url: () => (url ??= urlOf(request)),
  };
}

/** Header values by lower-case name, from any headers object (also for `resolveTraceId`). */
export function headerRecord(request: RequestLike): Record<string, string> {
  return readRequest(request).headers();
}

export function requestHeader(request: RequestLike, name: string): string | undefined {
  return readRequest(request).header(name);
}

export function requestUrl(request: RequestLike): { path: string; query: Record<string, string> } {
  return readRequest(request).url();
}
