import { randomBytes } from 'node:crypto';

/** What an adapter hands the endpoints: a request as any framework has it, plus the peer address. */
export interface OpsRequest {
  readonly method?: string;
  /** Path and query (a relative URL), or an absolute URL. */
  readonly url?: string;
  readonly headers?: Record<string, string | string[] | undefined> | Headers;
  /** The client's address, for rate limits and the audit log (the socket's, unless the host trusts a proxy). */
  readonly clientAddress?: string;
}

/** A complete response: header names lower-case, `body` '' for HEAD. */
export interface OpsResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const MAX_URL = 4096;
const MAX_HEADER = 8192;
/** At most this many query parameters are read; the rest are ignored. */
const MAX_PARAMS = 32;

function isHeaders(headers: object): headers is Headers {
  return typeof (headers as Headers).get === 'function' && typeof (headers as Headers).forEach === 'function';
}

/** One header, by lower-case name; repeated values joined; bounded; hostile objects read as absent. */
export function headerOf(headers: OpsRequest['headers'], name: string): string | undefined {
  try {
    if (!headers || typeof headers !== 'object') return undefined;
    let value: unknown = isHeaders(headers) ? headers.get(name) : (headers as Record<string, unknown>)[name];
    if (Array.isArray(value)) value = value.filter((v) => typeof v === 'string').join(', ');
    return typeof value === 'string' ? value.slice(0, MAX_HEADER) : undefined;
  } catch {
    return undefined;
  }
}

export interface ParsedUrl {
  readonly path: string;
  /** The first value of each parameter, at most `MAX_PARAMS` of them. */
  readonly query: ReadonlyMap<string, string>;
  /** Length of the raw query string, so an endpoint can refuse an oversized one. */
  readonly queryLength: number;
}

/** Path and query of a request URL; never throws. A URL over 4 KiB reads as its path alone. */
export function parseUrl(url: unknown): ParsedUrl {
  const raw = typeof url === 'string' ? url : '/';
  const q = raw.indexOf('?');
  let path = q === -1 ? raw : raw.slice(0, q);
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(raw).pathname;
    } catch {
      path = '/';
    }
  }
  const query = new Map<string, string>();
  const search = q === -1 ? '' : raw.slice(q + 1);
  if (search && raw.length <= MAX_URL) {
    try {
      for (const [key, value] of new URLSearchParams(search)) {
        if (query.size >= MAX_PARAMS) break;
        if (!query.has(key)) query.set(key, value);
      }
    } catch {
      // A malformed query reads as none.
    }
  }
  return { path: path.slice(0, 2048) || '/', query, queryLength: search.length };
}

export function methodOf(request: OpsRequest): string {
  const method = typeof request.method === 'string' ? request.method.toUpperCase() : 'GET';
  return /^[A-Z-]{1,20}$/.test(method) ? method : 'GET';
}

const traceparent = /^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;
const requestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The trace id of this request, as @errata/server reads it (a valid `traceparent`, else a sane
 * `x-request-id`, else a fresh one), so an inspection's audit record joins the host's traces.
 */
export function traceIdOf(request: OpsRequest): string {
  const parent = traceparent.exec(headerOf(request.headers, 'traceparent')?.trim() ?? '');
  if (parent?.[1] && !/^0+$/.test(parent[1])) return parent[1];
  const id = headerOf(request.headers, 'x-request-id')?.trim();
  if (id && requestId.test(id)) return id;
  return randomBytes(16).toString('hex');
}

/** The peer address, bounded and printable; 'unknown' when the adapter has none. */
export function clientAddressOf(request: OpsRequest): string {
  const address = request.clientAddress;
  return typeof address === 'string' && /^[0-9A-Za-z.:%_-]{1,64}$/.test(address) ? address : 'unknown';
}
