import { builtinCatalog } from '@errata/catalog';
import { pageStylesheetFor, stylesheet } from '@errata/react/stylesheet';
import { exampleBrand, themeClass, themeNames } from '@errata/tokens';
import { describe, expect, it } from 'vitest';
import { miniCatalog } from '@errata/test/mini-catalog';
import { parsePage } from '@errata/test/page';
import { createErrata } from './create-errata.js';
import { ErrataError } from './errata-error.js';
import type { ErrataEvent } from './types.js';

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
const json = { accept: 'application/problem+json' };
const text = { accept: 'text/plain' };

function csp(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split(/\s+/);
    if (name) out[name] = rest.join(' ');
  }
  return out;
}

describe('render: formats', () => {
  const errata = createErrata({ mode: 'production', referenceBaseUrl: 'https://docs.example.com/errors/' });

  it('renders an HTML page whose CSP allows exactly its inline styles', () => {
    const res = errata.render(new ErrataError('NOT_FOUND'), { method: 'GET', url: '/x', headers: html });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const page = parsePage(res.body);
    expect(page.document.querySelectorAll('h1')).toHaveLength(1);
    expect(page.document.documentElement.getAttribute('lang')).toBe('en');
    const policy = csp(res.headers['content-security-policy']);
    expect(policy['default-src']).toBe("'none'");
    expect(policy['style-src']?.split(' ').sort()).toEqual([...page.styleHashes].sort());
    // The default theme is auto: its own page sheet, not the every-theme one.
    expect(page.styleHashes).toContain(`'${pageStylesheetFor('auto').hash}'`);
    expect(policy['base-uri']).toBe("'none'");
    expect(policy['frame-ancestors']).toBe("'none'");
    expect(policy['form-action']).toBe("'none'");
    expect(policy['img-src']).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(res.body)));
  });

  it.each(themeNames)('inlines only the %s theme page sheet, byte for byte, with its hash in the CSP', (theme) => {
    const res = createErrata({ mode: 'production', theme }).render(new ErrataError('NOT_FOUND'), { headers: html });
    const page = parsePage(res.body);
    const sheet = pageStylesheetFor(theme);
    expect(page.document.documentElement.classList.contains(themeClass[theme])).toBe(true);
    expect(res.body).toContain(`<style>${sheet.css}</style>`);
    expect(sheet.css.length).toBeLessThan(stylesheet.css.length);
    const policy = csp(res.headers['content-security-policy']);
    expect(policy['style-src']?.split(' ')).toEqual([`'${sheet.hash}'`]);
    expect(page.styleHashes).toEqual([`'${sheet.hash}'`]);
    for (const other of themeNames.filter((t) => t !== theme)) expect(policy['style-src']).not.toContain(pageStylesheetFor(other).hash);
    // Every class on the page is styled by the one sheet it inlines.
    const classes = new Set([...res.body.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/).filter(Boolean)));
    for (const name of classes) expect(sheet.css, name).toMatch(new RegExp(`\\.${name}(?![\\w-])`));
  });

  it('adds a brand: its class, its stylesheet hash in the CSP and img-src data: for its logo', () => {
    const branded = createErrata({ mode: 'production', brand: exampleBrand, theme: 'dark' });
    const res = branded.render(new ErrataError('NOT_FOUND'), { headers: html });
    const page = parsePage(res.body);
    expect(page.document.documentElement.className).toContain(exampleBrand.className);
    expect(page.document.querySelector('header img')?.getAttribute('src')).toMatch(/^data:image\//);
    expect(page.document.title).toContain(exampleBrand.name);
    const policy = csp(res.headers['content-security-policy']);
    expect(page.styleHashes.length).toBe(2);
    expect(policy['style-src']?.split(' ').sort()).toEqual([...page.styleHashes].sort());
    expect(policy['img-src']).toBe('data:');
  });

  it('renders RFC 9457 problem+json with the reference type and the trace id', () => {
    const res = errata.render(new ErrataError('NOT_FOUND'), {
      url: '/x',
      headers: { ...json, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    });
    expect(res.headers['content-type']).toBe('application/problem+json');
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({
      type: 'https://docs.example.com/errors/not-found',
      status: 404,
      code: 'NOT_FOUND',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      instance: 'urn:trace:4bf92f3577b34da6a3ce929d0e0e4736',
    });
    expect(typeof body.title).toBe('string');
    expect(body.title.length).toBeGreaterThan(0);
    expect(typeof body.detail).toBe('string');
    expect(res.headers['x-request-id']).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('answers the same error again with the same document and each request its own trace id and status', () => {
    const ids = ['4bf92f3577b34da6a3ce929d0e0e4736', 'a0000000000000000000000000000001', '0af7651916cd43dd8448eb211c80319c'];
    const bodies = ids.map((id) => errata.render(new Error('boom'), { url: '/x', headers: { ...json, traceparent: `00-${id}-00f067aa0ba902b7-01` } }).body);
    const parsed = bodies.map((b) => JSON.parse(b) as Record<string, unknown>);
    parsed.forEach((body, i) => {
      expect(body).toMatchObject({ status: 500, code: 'INTERNAL', traceId: ids[i], instance: `urn:trace:${ids[i]}` });
      expect(Object.keys(body)).toEqual(['type', 'title', 'status', 'detail', 'instance', 'code', 'traceId']);
    });
    expect(bodies[1]).toBe(bodies[0]?.replaceAll(ids[0] as string, ids[1] as string));
    // A sane x-request-id is spliced as it is; a status set on the error changes the document.
    const requestId = errata.render(new Error('boom'), { headers: { ...json, 'x-request-id': 'req:42.a-b_c' } });
    expect(JSON.parse(requestId.body)).toMatchObject({ traceId: 'req:42.a-b_c', instance: 'urn:trace:req:42.a-b_c' });
    const gone = errata.render(new ErrataError('NOT_FOUND', { status: 410 }), { headers: json });
    expect(errata.render(new ErrataError('NOT_FOUND'), { headers: json }).status).toBe(404);
    expect(JSON.parse(gone.body)).toMatchObject({ status: 410, code: 'NOT_FOUND' });
    expect(JSON.parse(errata.render(new ErrataError('NOT_FOUND'), { headers: json }).body)).toMatchObject({ status: 404 });
  });

  it('uses about:blank with the reason phrase when no reference URL is configured', () => {
    const plain = createErrata({ mode: 'production' });
    const body = JSON.parse(plain.render(new ErrataError('NOT_FOUND'), { headers: json }).body);
    expect(body.type).toBe('about:blank');
    expect(body.title).toBe('Not Found');
  });

  it('lists validation errors in problem+json and text', () => {
    const error = new ErrataError('VALIDATION_FAILED', { errors: [{ path: 'email', message: 'Enter an email address' }] });
    const body = JSON.parse(errata.render(error, { headers: json }).body);
    expect(body.status).toBe(422);
    expect(body.errors).toEqual([{ path: 'email', message: 'Enter an email address' }]);
    expect(errata.render(error, { headers: text }).body).toContain('email: Enter an email address');
  });

  it('renders plain text for terminals with charset and the reference', () => {
    const res = errata.render(new ErrataError('NOT_FOUND'), { headers: { ...text, 'x-request-id': 'req-123' } });
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain('req-123');
    expect(res.body).not.toContain('<');
  });

  it('sends the security and caching headers on every format', () => {
    const multilingual = createErrata({ mode: 'production', catalog: miniCatalog });
    for (const headers of [html, json, text]) {
      const res = multilingual.render(new Error('x'), { headers: { ...headers, 'accept-language': 'es-MX,es;q=0.9' } });
      expect(res.status).toBe(500);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers.vary).toBe('Accept, Accept-Language');
      expect(res.headers['content-language']).toBe('es');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('gives HEAD the same status and headers with no body', () => {
    const get = errata.render(new ErrataError('NOT_FOUND'), { method: 'GET', headers: { ...html, 'x-request-id': 'same' } });
    const head = errata.render(new ErrataError('NOT_FOUND'), { method: 'HEAD', headers: { ...html, 'x-request-id': 'same' } });
    expect(head.status).toBe(404);
    expect(head.body).toBe('');
    expect(head.headers).toEqual(get.headers);
  });

  it('adds WWW-Authenticate on 401 (default Bearer, or the error’s) and Allow on 405 when given', () => {
    expect(errata.render(new ErrataError('UNAUTHENTICATED'), { headers: json }).headers['www-authenticate']).toBe('Bearer');
    const own = new ErrataError('UNAUTHENTICATED', { headers: { 'WWW-Authenticate': 'Basic realm="x"\r\nSet-Cookie: a=b' } });
    const res = errata.render(own, { headers: json });
    expect(res.headers['www-authenticate']).toBe('Basic realm="x" Set-Cookie: a=b');
    expect(res.headers['set-cookie']).toBeUndefined();
    const allow = errata.render(new ErrataError('METHOD_NOT_ALLOWED', { headers: { Allow: 'GET, HEAD' } }), { headers: json });
    expect(allow.status).toBe(405);
    expect(allow.headers.allow).toBe('GET, HEAD');
  });

  it('passes only allow-listed error headers and formats Retry-After', () => {
    const error = Object.assign(new Error('slow down'), { status: 429, headers: { 'Retry-After': '120', 'Set-Cookie': 'x=1', 'X-Debug': 'y' } });
    const res = errata.render(error, { headers: json });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('120');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['x-debug']).toBeUndefined();
    expect(JSON.parse(res.body).retryAfter).toBe(120);

    const at = new Date('2030-01-02T03:04:05Z');
    const dated = errata.render(new ErrataError('SERVICE_UNAVAILABLE', { retryAfter: at }), { headers: html });
    expect(dated.headers['retry-after']).toBe('Wed, 02 Jan 2030 03:04:05 GMT');
    // The message itself says when the service is back, so no retry notice says it again.
    const page = parsePage(dated.body).document;
    expect(page.querySelector('time')).toBeNull();
    expect(page.querySelector('main')?.textContent).toContain('January\u00a02, 2030');

    const bad = errata.render(new ErrataError('SERVICE_UNAVAILABLE', { headers: { 'Retry-After': 'soon\r\nX: y' } }), { headers: json });
    expect(bad.headers['retry-after']).toBeUndefined();
  });

  it('shows a retry notice with a machine-readable duration', () => {
    const res = errata.render(new ErrataError('RATE_LIMITED', { retryAfter: 30 }), { headers: html });
    const time = parsePage(res.body).document.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('PT30S');
    expect(time?.textContent).toMatch(/30/);
  });

  it('negotiates the locale, with right-to-left for Arabic', () => {
    const multilingual = createErrata({ mode: 'production', catalog: miniCatalog });
    const res = multilingual.render(new ErrataError('NOT_FOUND'), { headers: { ...html, 'accept-language': 'ar' } });
    const root = parsePage(res.body).document.documentElement;
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(res.headers['content-language']).toBe('ar');
    // Content-Length counts UTF-8 bytes of the spliced page, not characters.
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(res.body)));
    expect(Buffer.byteLength(res.body)).toBeGreaterThan(res.body.length);
  });

  it('never answers 2xx or 3xx, whatever the thrown value claims', () => {
    for (const status of [200, 204, 301, 302, 399, 600, -1, 4.5]) {
      const res = errata.render(Object.assign(new Error('x'), { status, statusCode: status }), { headers: json });
      expect(res.status).toBe(500);
    }
  });

  it('points "Try again" at the request path, never at another host', () => {
    const tryAgain = (url: string) => {
      const page = parsePage(errata.render(new Error('x'), { url, headers: html }).body);
      const hrefs = [...page.document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      return hrefs;
    };
    expect(tryAgain('/orders/42?page=2')).toContain('/orders/42');
    for (const hostile of ['http://app.example//evil.example/x', '/\\evil.example', '/%0d%0aLocation:%20x', '/"><script>']) {
      for (const href of tryAgain(hostile)) {
        expect(href?.startsWith('//')).toBe(false);
        expect(href).not.toMatch(/evil|<|>|"/);
      }
    }
  });

  it('renders the not-found page', () => {
    const res = errata.renderNotFound({ method: 'GET', url: '/nope', headers: json });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body).code).toBe('NOT_FOUND');
  });
});

describe('render: messages shown to users', () => {
  const errata = createErrata({ mode: 'production' });

  it('never shows a 5xx message, even with expose', () => {
    const error = Object.assign(new Error('db password wrong at 10.0.0.7'), { status: 503, expose: true });
    for (const accept of [html, json, text]) {
      expect(errata.render(error, { headers: accept }).body).not.toContain('10.0.0.7');
    }
  });

  it('shows a 4xx message only with expose === true, redacted', () => {
    const shown = Object.assign(new Error('Coupon SAVE10 has expired'), { status: 400, expose: true });
    const hidden = Object.assign(new Error('Coupon SAVE10 has expired'), { status: 400, expose: 'yes' });
    expect(JSON.parse(errata.render(shown, { headers: json }).body).detail).toBe('Coupon SAVE10 has expired');
    expect(errata.render(hidden, { headers: json }).body).not.toContain('SAVE10');
    const secret = Object.assign(new Error('bad token Bearer abcdefghijklmnopqrstuvwxyz0123456789'), { status: 400, expose: true });
    expect(errata.render(secret, { headers: json }).body).not.toContain('abcdefghijklmnopqrstuvwxyz0123456789');
  });
});

describe('onError', () => {
  it('emits one redacted event with the same trace id as the page', () => {
    const events: ErrataEvent[] = [];
    const errata = createErrata({ mode: 'production', onError: (e) => void events.push(e) });
    const error = new Error('connect to postgres://admin:hunter2@db/prod failed');
    for (const accept of [html, json, text]) {
      events.length = 0;
      const res = errata.render(error, { method: 'POST', url: '/pay?token=abc123secret', headers: { ...accept, cookie: 'sid=s3cr3t' } });
      expect(events).toHaveLength(1);
      const event = events[0];
      if (event?.type !== 'error') throw new Error('expected an error event');
      expect(event.traceId).toBe(res.headers['x-request-id']);
      if (accept === html) expect(parsePage(res.body).traceId).toBe(event.traceId);
      if (accept === json) expect(JSON.parse(res.body).traceId).toBe(event.traceId);
      if (accept === text) expect(res.body).toContain(event.traceId);
      expect(event).toMatchObject({ code: 'INTERNAL', status: 500, name: 'Error', mode: 'production', request: { method: 'POST', path: '/pay' } });
      const serialised = JSON.stringify(event);
      expect(serialised).not.toContain('hunter2');
      expect(serialised).not.toContain('abc123secret');
      expect(serialised).not.toContain('s3cr3t');
      expect(event.stack).toContain('render.test');
    }
  });

  it('reads the stack only when the event is read, and once; stack and request are own enumerable fields', () => {
    let stackReads = 0;
    const error = new Error('ledger connection lost');
    const formatted = error.stack;
    Object.defineProperty(error, 'stack', {
      get: () => {
        stackReads += 1;
        return formatted;
      },
    });
    const events: ErrataEvent[] = [];
    const errata = createErrata({ mode: 'production', onError: (e) => void events.push(e) });
    errata.render(error, { method: 'GET', url: '/orders/42', headers: html });
    expect(stackReads).toBe(0);
    const event = events[0];
    if (event?.type !== 'error') throw new Error('expected an error event');
    expect(Object.keys(event)).toEqual(expect.arrayContaining(['request', 'stack']));
    const copy = { ...event };
    expect(copy.stack).toBe(formatted);
    expect(JSON.parse(JSON.stringify(event))).toMatchObject({ stack: formatted, request: { method: 'GET', path: '/orders/42' } });
    expect(stackReads).toBe(1);
    // A thrown value without a stack has no stack field at all.
    errata.render('plain string', { headers: html });
    expect(events[1] && 'stack' in events[1]).toBe(false);
  });

  it('warns in the event when the copy shows a placeholder the error left without a value', () => {
    const events: ErrataEvent[] = [];
    const errata = createErrata({ mode: 'production', onError: (e) => void events.push(e) });
    const bare = errata.render(new ErrataError('PAYLOAD_TOO_LARGE'), { headers: { ...text, 'accept-language': 'es' } });
    expect(bare.body).toContain('[maxSize]');
    expect(events[0]).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      warnings: [expect.stringMatching(/^PAYLOAD_TOO_LARGE \(es, neutral\) shows \[maxSize\]: the error gave no value for maxSize; pass it in `values`$/)],
    });
    const timed = errata.render(new ErrataError('PAYLOAD_TOO_LARGE', { values: { maxSize: '10 MB' } }), { headers: text });
    expect(timed.body).not.toMatch(/\[\w+\]/);
    expect(events[1]).not.toHaveProperty('warnings');
    // The 500's argument only picks a branch: its copy never shows a placeholder, so no warning.
    errata.render(new Error('boom'), { headers: text });
    expect(events[2]).toMatchObject({ code: 'INTERNAL' });
    expect(events[2]).not.toHaveProperty('warnings');
  });

  // A page must never say "[availableAt]": MAINTENANCE thrown with no time shows the copy written for that.
  it('renders MAINTENANCE thrown without a time with its copy without values, in every format, and warns of nothing', () => {
    const events: ErrataEvent[] = [];
    const errata = createErrata({ mode: 'production', onError: (e) => void events.push(e) });
    for (const headers of [html, json, text, { ...html, 'accept-language': 'ar' }, { ...text, 'accept-language': 'de' }]) {
      const res = errata.render(new ErrataError('MAINTENANCE'), { headers });
      expect(res.status).toBe(503);
      expect(res.body).not.toMatch(/\[availableAt\]|\[\w+\]/);
    }
    expect(errata.render(new ErrataError('MAINTENANCE'), { headers: text }).body).toContain('It will be available again when the work is finished.');
    expect(events).toHaveLength(6);
    for (const event of events) {
      expect(event).toMatchObject({ code: 'MAINTENANCE' });
      expect(event).not.toHaveProperty('warnings');
    }
  });

  it('sends the static fallback when onError throws, and reports that failure', () => {
    const events: ErrataEvent[] = [];
    const errata = createErrata({
      mode: 'production',
      onError: (e) => {
        events.push(e);
        if (e.type === 'error') throw new Error('logger down');
      },
    });
    const res = errata.render(new ErrataError('NOT_FOUND'), { headers: { ...html, 'x-request-id': 'abc-1' } });
    expect(res.status).toBe(500);
    expect(res.headers['x-request-id']).toBe('abc-1');
    expect(res.headers['cache-control']).toBe('no-store');
    const page = parsePage(res.body);
    expect(page.traceId).toBe('abc-1');
    expect(csp(res.headers['content-security-policy'])['style-src']).toBe(page.styleHashes.join(' '));
    expect(events.map((e) => e.type)).toEqual(['error', 'failure']);
    expect(events[1]).toMatchObject({ type: 'failure', traceId: 'abc-1', failure: { message: 'logger down' } });
  });

  it('survives an async-rejecting onError and one that throws on the failure report too', async () => {
    const rejecting = createErrata({ mode: 'production', onError: async () => Promise.reject(new Error('nope')) });
    expect(rejecting.render(new ErrataError('NOT_FOUND'), { headers: json }).status).toBe(404);
    const throwing = createErrata({
      mode: 'production',
      onError: () => {
        throw new Error('always');
      },
    });
    const res = throwing.render(new ErrataError('NOT_FOUND'), { headers: json });
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toMatchObject({ status: 500, traceId: res.headers['x-request-id'] });
    await new Promise((r) => setTimeout(r, 10));
  });

  it('still answers when a redaction pattern throws', () => {
    class Exploding extends RegExp {
      override exec(): RegExpExecArray | null {
        throw new Error('pattern exploded');
      }
      override [Symbol.replace](): string {
        throw new Error('pattern exploded');
      }
    }
    const events: ErrataEvent[] = [];
    const errata = createErrata({ mode: 'development', redact: { patterns: [new Exploding('x', 'g')] }, onError: (e) => void events.push(e) });
    for (const accept of [html, json, text]) {
      const res = errata.render(new Error('message with x in it'), { headers: { ...accept, 'x-request-id': 'r-1' } });
      expect(res.status).toBe(500);
      expect(res.headers['x-request-id']).toBe('r-1');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toContain('r-1');
    }
  });

  it('falls back when rendering itself fails (a nonce hook returning garbage)', () => {
    const errata = createErrata({ mode: 'production', nonce: () => '"><script>' });
    const res = errata.render(new ErrataError('NOT_FOUND'), { headers: html });
    expect(res.status).toBe(500);
    expect(parsePage(res.body).dangers).toEqual([]);
  });
});

describe('nonce mode', () => {
  it('puts a fresh nonce on every style and in the CSP', () => {
    const errata = createErrata({ mode: 'production', nonce: true });
    const a = errata.render(new ErrataError('NOT_FOUND'), { headers: html });
    const b = errata.render(new ErrataError('NOT_FOUND'), { headers: html });
    const nonceOf = (h: string | undefined) => /'nonce-([^']+)'/.exec(csp(h)['style-src'] ?? '')?.[1];
    const na = nonceOf(a.headers['content-security-policy']);
    expect(na).toBeTruthy();
    expect(na).not.toBe(nonceOf(b.headers['content-security-policy']));
    const styles = [...parsePage(a.body).document.querySelectorAll('style')];
    expect(styles.length).toBeGreaterThan(0);
    for (const s of styles) expect(s.getAttribute('nonce')).toBe(na);
  });
});

describe('catalog coverage', () => {
  it('renders every error code of the built-in catalog in every locale and format', () => {
    const errata = createErrata({ mode: 'production' });
    for (const code of builtinCatalog.codes) {
      const entry = builtinCatalog.get(code);
      if (entry.kind === 'notice') continue;
      for (const locale of builtinCatalog.locales) {
        for (const accept of [html, json, text]) {
          const res = errata.render(new ErrataError(code), { headers: { ...accept, 'accept-language': locale } });
          expect(res.status, `${code} ${locale}`).toBe(entry.status);
          expect(res.body.length).toBeGreaterThan(20);
        }
      }
    }
  });
});
