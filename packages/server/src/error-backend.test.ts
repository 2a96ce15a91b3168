import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePage } from '@errata/test/page';
import { createErrata } from './create-errata.js';
import { errataErrorBackend } from './error-backend.js';
import { ErrataError } from './errata-error.js';

const backend = errataErrorBackend({ serviceName: 'Acme Shop', links: { home: '/' } });
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer(backend.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** What ingress-nginx's custom-errors location sends its default backend. */
function ingress(code: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'X-Code': code,
    'X-Format': 'text/html,application/xhtml+xml,*/*;q=0.8',
    'X-Original-URI': '/checkout/pay?step=2',
    'X-Namespace': 'shop-internal',
    'X-Ingress-Name': 'shop-ingress',
    'X-Service-Name': 'payments-svc',
    'X-Service-Port': '8443',
    'X-Request-ID': '2f1c7a9e0b5d4e3f8a6b1c0d9e8f7a6b',
    ...extra,
  };
}

describe('errataErrorBackend over HTTP', () => {
  it('answers the ingress-nginx protocol with the original status, format, language and the request id as reference', async () => {
    const res = await fetch(`${base}/`, { headers: ingress('503', { 'Accept-Language': 'de-DE,de;q=0.9' }) });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-language')).toBe('de');
    expect(res.headers.get('x-request-id')).toBe('2f1c7a9e0b5d4e3f8a6b1c0d9e8f7a6b');
    const body = await res.text();
    const page = parsePage(body);
    expect(page.traceId).toBe('2f1c7a9e0b5d4e3f8a6b1c0d9e8f7a6b');
    expect(page.dangers).toEqual([]);
    // A 503 with no time known says the service is unavailable, in the copy written for no time.
    expect(page.document.querySelector('h1')?.textContent).toBe('Der Dienst ist leider nicht verfügbar');
    expect(body).not.toMatch(/\[availableAt\]|geplante Arbeiten/);
    // "Try again" goes back to the page that failed (its path: errata never reflects a query).
    const timeout = parsePage(await (await fetch(`${base}/`, { headers: ingress('504') })).text());
    expect(timeout.document.querySelector('main a[href^="/checkout"]')?.getAttribute('href')).toBe('/checkout/pay');
    // Routing facts are for the backend's logs, never the page.
    for (const internal of ['shop-internal', 'shop-ingress', 'payments-svc', '8443']) expect(body).not.toContain(internal);
  });

  it('negotiates problem+json and text from X-Format', async () => {
    const json = await fetch(base, { headers: ingress('502', { 'X-Format': 'application/json' }) });
    expect(json.status).toBe(502);
    expect(json.headers.get('content-type')).toBe('application/problem+json');
    expect(await json.json()).toMatchObject({ status: 502, code: 'DEPENDENCY_FAILED', traceId: '2f1c7a9e0b5d4e3f8a6b1c0d9e8f7a6b' });
    const text = await fetch(base, { headers: ingress('504', { 'X-Format': '*/*' }) });
    expect(text.status).toBe(504);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await text.text()).toContain('Reference: 2f1c7a9e0b5d4e3f8a6b1c0d9e8f7a6b');
  });

  it("answers Traefik's errors middleware from the status in the path, with the client's own headers", async () => {
    const res = await fetch(`${base}/500`, { headers: { Accept: 'application/problem+json', 'X-Request-Id': 'req-42' } });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ status: 500, code: 'INTERNAL', traceId: 'req-42' });
    expect((await fetch(`${base}/errors/503.html`, { headers: { Accept: 'text/html' } })).status).toBe(503);
  });

  it('sends the same security headers as a live errata page', async () => {
    const live = createErrata({ serviceName: 'Acme Shop', links: { home: '/' } }).render(new ErrataError('DEPENDENCY_FAILED'), {
      url: '/',
      headers: { accept: 'text/html', 'x-request-id': 'abc' },
    });
    const res = await fetch(base, { headers: ingress('502', { 'X-Original-URI': '/', 'X-Request-ID': 'abc' }) });
    const headers = Object.fromEntries([...res.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)));
    expect(headers).toEqual(live.headers);
  });

  it('never answers 2xx for an error, and gives a safe page for missing or bad headers', async () => {
    const cases: [Record<string, string>, number][] = [
      [{}, 404], // what ingress-nginx sends its default backend for an unmatched host
      [{ 'X-Code': '200' }, 500],
      [{ 'X-Code': '302' }, 500],
      [{ 'X-Code': 'five hundred' }, 500],
      [{ 'X-Code': '5030' }, 500],
      [{ 'X-Code': '' }, 500],
      [{ 'X-Code': '503', 'X-Format': 'x'.repeat(8000) }, 503],
    ];
    for (const [headers, status] of cases) {
      const res = await fetch(`${base}/`, { headers: { Accept: 'text/html', ...headers } });
      expect(res.status, JSON.stringify(headers).slice(0, 80)).toBe(status);
      const body = await res.text();
      expect(body.length).toBeGreaterThan(0);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('drops an unusable request id or original URI instead of echoing it', async () => {
    const res = await fetch(base, { headers: ingress('500', { 'X-Request-ID': '<script>alert(1)</script>', 'X-Original-URI': '//evil.example/phish' }) });
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain('<script>alert(1)');
    expect(body).not.toContain('evil.example');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers HEAD and POST like GET, HEAD without a body', async () => {
    const head = await fetch(base, { method: 'HEAD', headers: ingress('503') });
    expect(head.status).toBe(503);
    expect(await head.text()).toBe('');
    const post = await fetch(base, { method: 'POST', headers: ingress('503'), body: 'a=1' });
    expect(post.status).toBe(503);
    expect(await post.text()).toContain('<!DOCTYPE html>');
  });

  it('has its own liveness endpoint, which an error request never reaches', async () => {
    const live = await fetch(`${base}/healthz`);
    expect(live.status).toBe(200);
    expect(live.headers.get('cache-control')).toBe('no-store');
    expect(await live.text()).toBe('ok\n');
    expect((await fetch(`${base}/healthz`, { headers: { 'X-Code': '503' } })).status).toBe(503);
  });
});

describe('errataErrorBackend.render', () => {
  it('is the same answer without a server', () => {
    const res = backend.render({ method: 'GET', url: '/', headers: { 'x-code': '504', 'x-format': 'text/plain', 'x-request-id': 'r-1' } });
    expect(res.status).toBe(504);
    expect(res.body).toContain('Reference: r-1');
  });

  it('refuses a bad liveness path at start-up', () => {
    expect(() => errataErrorBackend({ livenessPath: 'healthz' })).toThrow(/livenessPath/);
  });
});
