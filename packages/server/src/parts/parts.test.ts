import { describe, expect, it } from 'vitest';
import { parsePage } from '@errata/test/page';
import { createErrata, ErrataError, type ErrataEvent, type HtmlErrorParts } from '../index.js';

const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
const request = (accept: string, more: Record<string, string> = {}, method = 'GET') => ({
  method,
  url: '/orders/42',
  headers: { accept, traceparent, ...more },
});
const withoutLength = ({ 'content-length': _l, ...rest }: Record<string, string>) => rest;

function html(parts: ReturnType<ReturnType<typeof createErrata>['renderParts']>): HtmlErrorParts {
  if (parts.format !== 'html') throw new Error(`expected html parts, got ${parts.format}`);
  return parts;
}

describe('renderParts', () => {
  it('gives the HTML answer of render() in parts: same status, headers and CSP, content without the document', () => {
    const events: ErrataEvent[] = [];
    const errata = createErrata({ serviceName: 'Acme Shop', links: { home: '/' }, onError: (e) => void events.push(e) });
    const whole = errata.render(new ErrataError('NOT_FOUND'), request('text/html'));
    const parts = html(errata.renderParts(new ErrataError('NOT_FOUND'), request('text/html')));
    expect(parts.status).toBe(404);
    expect(parts.headers).toEqual(withoutLength(whole.headers));
    expect(parts.traceId).toBe(traceId);
    expect(parts.code).toBe('NOT_FOUND');
    const page = parsePage(whole.body);
    expect(parts.title).toBe(page.document.title);
    expect([parts.lang, parts.dir]).toEqual(['en', 'ltr']);
    // The content is the page's main content, with the same trace id, and nothing of the shell.
    expect(parts.content).not.toMatch(/<(html|head|body|main|header|footer|style|title)\b/);
    expect(parts.content).toContain(`>${traceId}<`);
    expect(parts.content.match(/<h1\b/g)).toHaveLength(1);
    // The head's styles are the page's, so the page's CSP allows them.
    expect(parts.styles.map((s) => `'${s.hash}'`)).toEqual(page.styleHashes);
    for (const { css } of parts.styles) expect(parts.head).toContain(css);
    expect(events.filter((e) => e.type === 'error').map((e) => e.traceId)).toEqual([traceId, traceId]);
  });

  it('gives problem+json and text exactly as render() does', () => {
    const errata = createErrata({ referenceBaseUrl: 'https://docs.example.com/errors/' });
    for (const accept of ['application/problem+json', 'text/plain']) {
      const whole = errata.render(new ErrataError('RATE_LIMITED', { retryAfter: 30 }), request(accept));
      const parts = errata.renderParts(new ErrataError('RATE_LIMITED', { retryAfter: 30 }), request(accept));
      expect(parts).toEqual({ format: accept === 'text/plain' ? 'text' : 'json', status: 429, headers: whole.headers, traceId, body: whole.body });
    }
  });

  it('follows the negotiated language, direction and nonce', () => {
    const errata = createErrata({ nonce: () => 'bm9uY2Utb25lLXR3bw==' });
    const parts = html(errata.renderParts(new Error('x'), request('text/html', { 'accept-language': 'ar' })));
    expect([parts.lang, parts.dir, parts.status]).toEqual(['ar', 'rtl', 500]);
    expect(parts.content).toMatch(/^<div class="errata-theme-auto [^"]*" lang="ar" dir="rtl">/);
    expect(parts.nonce).toBe('bm9uY2Utb25lLXR3bw==');
    expect(parts.head.match(/<style nonce="bm9uY2Utb25lLXR3bw==">/g)).toHaveLength(1);
    expect(parts.headers['content-security-policy']).toContain("style-src 'nonce-bm9uY2Utb25lLXR3bw=='");
    expect(parts.headers['content-language']).toBe('ar');
  });

  it("widens the CSP by what the host's layout asks for, and refuses a source that could inject a directive", () => {
    const errata = createErrata();
    const csp = (options: object) => html(errata.renderParts(new Error('x'), request('text/html'), options)).headers['content-security-policy'];
    const plain = csp({}) ?? '';
    const wide = csp({ csp: { 'style-src': ["'self'"], 'img-src': ["'self'", 'https://cdn.example.com'], 'form-action': ["'self'"] } });
    expect(wide).toBe(
      plain
        .replace(/(style-src [^;]*)/, "$1 'self'")
        .replace("form-action 'none'", "form-action 'self'")
        .concat("; img-src 'self' https://cdn.example.com"),
    );
    expect(() => csp({ csp: { 'style-src': ["'self'; script-src *"] } })).toThrow(TypeError);
    expect(() => csp({ csp: { 'sandbox-src': ["'self'"] } })).toThrow(/not one a layout can widen/);
  });

  it('answers HEAD and not-found in parts too', () => {
    const errata = createErrata();
    const head = html(errata.renderParts(new ErrataError('GONE'), request('text/html', {}, 'HEAD')));
    expect(head.status).toBe(410);
    expect(head.content).toContain('<h1');
    const missing = html(errata.renderNotFoundParts(request('text/html')));
    expect([missing.status, missing.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('gives the fallback in parts when errata fails, reported, with the same trace id', () => {
    const events: ErrataEvent[] = [];
    const errata = createErrata({
      onError: (event) => {
        events.push(event);
        if (event.type === 'error') throw new Error('logger down');
      },
    });
    const parts = html(errata.renderParts(new ErrataError('NOT_FOUND'), request('text/html')));
    expect([parts.status, parts.code, parts.traceId]).toEqual([500, 'INTERNAL', traceId]);
    expect(parts.content).toContain(`>${traceId}<`);
    expect(parts.headers['x-request-id']).toBe(traceId);
    expect(parts.headers['content-length']).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(['error', 'failure']);
    const json = errata.renderParts(new ErrataError('NOT_FOUND'), request('application/json'));
    expect(json.format === 'json' && JSON.parse(json.body)).toMatchObject({ status: 500, traceId });
  });
});
