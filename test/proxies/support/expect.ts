// What a client must get from a proxy wired with the exported snippets: the Errata page of the
// status, in the format and language it asked for, with the proxy's request id as the reference
// and errata's security headers.
import { expect } from 'vitest';
import type { Export } from './proxy.js';
import { upstreamErrorBody } from './upstream.js';

export type Format = 'html' | 'json' | 'text';

/** How each kind of client asks, and what it should get back. */
export const clients: readonly { format: Format; accept: string; acceptLanguage?: string; locale: string }[] = [
  { format: 'html', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', acceptLanguage: 'de-DE,de;q=0.9,en;q=0.8', locale: 'de' },
  { format: 'json', accept: 'application/json', acceptLanguage: 'ar', locale: 'ar' },
  // curl: a bare */* and no language.
  { format: 'text', accept: '*/*', locale: 'en' },
  { format: 'html', accept: 'text/html', acceptLanguage: 'fr-CA, es;q=0.7', locale: 'es' },
];

const contentTypes: Record<Format, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/problem+json',
  text: 'text/plain; charset=utf-8',
};
const extensions: Record<Format, string> = { html: 'html', json: 'json', text: 'txt' };

export interface Received {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

export async function request(url: string, client: { accept: string; acceptLanguage?: string }, method = 'GET'): Promise<Received> {
  const headers: Record<string, string> = { accept: client.accept, 'user-agent': 'curl/8.5.0' };
  if (client.acceptLanguage) headers['accept-language'] = client.acceptLanguage;
  const res = await fetch(url, { method, headers, signal: AbortSignal.timeout(10_000) });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

export interface Expected {
  readonly status: number;
  readonly format: Format;
  readonly locale: string;
  /** The request id's shape: nginx's 32 hex digits or a UUID. */
  readonly id: RegExp;
}

/**
 * The response is exactly the exported page (the proxy's id where the marker was), with the
 * headers a live errata page has. Returns the id the page shows.
 */
export function expectPage(exported: Export, got: Received, want: Expected, where: string): string {
  expect(got.status, `${where}: status`).toBe(want.status);
  expect(got.headers.get('content-type'), `${where}: content type`).toBe(contentTypes[want.format]);
  expect(got.headers.get('content-language'), `${where}: language`).toBe(want.locale);
  const id = got.headers.get('x-request-id') ?? '';
  expect(id, `${where}: X-Request-Id`).toMatch(want.id);
  const page = exported.read(`nginx/${want.locale}/${want.status}.${extensions[want.format]}`);
  expect(got.body, `${where}: the exported page with the proxy's id as reference`).toBe(page.replaceAll('ERRATA_REQUEST_ID', id));
  expect(got.body).not.toContain(upstreamErrorBody.slice(0, 20));
  expectSecurityHeaders(exported, got, want.format, where);
  return id;
}

/** A page without a reference (Apache): exactly the exported status page, no request id. */
export function expectPlainPage(exported: Export, got: Received, want: Omit<Expected, 'id'>, where: string): void {
  expect(got.status, `${where}: status`).toBe(want.status);
  expect(got.headers.get('content-type'), `${where}: content type`).toBe(contentTypes[want.format]);
  expect(got.headers.get('content-language'), `${where}: language`).toBe(want.locale);
  expect(got.headers.get('x-request-id'), `${where}: no request id`).toBeNull();
  expect(got.body, `${where}: the exported page`).toBe(exported.read(`pages/${want.locale}/${want.status}.${extensions[want.format]}`));
  expectSecurityHeaders(exported, got, want.format, where);
}

export function expectSecurityHeaders(exported: Export, got: Received, format: Format, where: string): void {
  expect(got.headers.get('cache-control'), `${where}: Cache-Control`).toBe('no-store');
  expect(got.headers.get('x-content-type-options'), `${where}: nosniff`).toBe('nosniff');
  expect(got.headers.get('referrer-policy'), `${where}: Referrer-Policy`).toBe('no-referrer');
  // Apache's negotiation writes its own Vary ("Accept,Accept-Language"): the same fields.
  const vary = (got.headers.get('vary') ?? '').split(',').map((field) => field.trim().toLowerCase());
  expect(vary, `${where}: Vary`).toEqual(['accept', 'accept-language']);
  expect(got.headers.get('x-powered-by'), `${where}: nothing of the upstream's`).toBeNull();
  if (format === 'html') {
    expect(got.headers.get('content-security-policy'), `${where}: CSP`).toBe(exported.manifest.contentSecurityPolicy);
    expect(got.headers.get('x-frame-options'), `${where}: X-Frame-Options`).toBe('DENY');
  } else {
    expect(got.headers.get('content-security-policy'), `${where}: no CSP on ${format}`).toBeNull();
  }
}

export const nginxId = /^[0-9a-f]{32}$/;
export const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
