import Negotiator from 'negotiator';
import { headerOf, type OpsRequest, type OpsResponse } from './request.js';

// Every answer of the operations endpoints: never cached, never sniffed, never framed, no
// referrer; 4xx bodies are generic problem+json that say nothing about what exists.

const common = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

export function respond(request: OpsRequest, status: number, contentType: string, body: string, extra: Record<string, string> = {}): OpsResponse {
  const head = typeof request.method === 'string' && request.method.toUpperCase() === 'HEAD';
  return {
    status,
    headers: { ...common, 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)), ...extra },
    body: head ? '' : body,
  };
}

export function json(request: OpsRequest, status: number, value: unknown, extra: Record<string, string> = {}): OpsResponse {
  return respond(request, status, 'application/json; charset=utf-8', JSON.stringify(value), extra);
}

/** An HTML view with a CSP that allows its one stylesheet and nothing else. */
export function html(
  request: OpsRequest,
  status: number,
  page: { readonly html: string; readonly styleHash: string },
  extra: Record<string, string> = {},
): OpsResponse {
  return respond(request, status, 'text/html; charset=utf-8', page.html, {
    'content-security-policy': `default-src 'none'; style-src '${page.styleHash}'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'`,
    'x-frame-options': 'DENY',
    ...extra,
  });
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** A generic RFC 9457 body: the status and its reason phrase, and the inspection's trace id. */
export function problem(request: OpsRequest, status: number, traceId: string, extra: Record<string, string> = {}): OpsResponse {
  return respond(
    request,
    status,
    'application/problem+json',
    JSON.stringify({ type: 'about:blank', title: titles[status] ?? 'Error', status, instance: `urn:trace:${traceId}` }),
    { 'x-request-id': traceId, vary: 'Accept, Authorization', ...extra },
  );
}

/** The first of `offered` the request's `Accept` prefers; a bare `*` / missing header gets the first offered. */
export function preferred<const T extends string>(request: OpsRequest, offered: readonly T[]): T {
  const accept = headerOf(request.headers, 'accept');
  if (!accept) return offered[0] as T;
  try {
    const chosen = new Negotiator({ headers: { accept: accept.slice(0, 1024) } }).mediaType([...offered]);
    return (offered as readonly string[]).includes(chosen ?? '') ? (chosen as T) : (offered[0] as T);
  } catch {
    return offered[0] as T;
  }
}
