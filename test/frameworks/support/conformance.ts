import { expect, it } from 'vitest';
import { accept, type Reply } from './http.js';
import { parsePage } from './page.js';

export type Call = (path: string, options?: { method?: string; headers?: Record<string, string> }) => Promise<Reply>;

function header(reply: Reply, name: string): string | undefined {
  const value = reply.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function expectErrorHeaders(reply: Reply, contentType: string) {
  expect(header(reply, 'content-type')).toBe(contentType);
  expect(header(reply, 'cache-control')).toBe('no-store');
  expect(header(reply, 'x-content-type-options')).toBe('nosniff');
  expect(header(reply, 'vary')).toMatch(/Accept, Accept-Language/);
  expect(header(reply, 'content-language')).toBe('en');
  expect(header(reply, 'x-request-id')).toMatch(/^[\w.:-]+$/);
}

/** The README example of every adapter must behave the same over HTTP. */
export function exampleSuite(call: () => Call) {
  it('answers a browser with an HTML page (404, headers, CSP, one h1, trace id)', async () => {
    const reply = await call()('/orders/42', { headers: { accept: accept.html, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } });
    expect(reply.status).toBe(404);
    expectErrorHeaders(reply, 'text/html; charset=utf-8');
    const page = parsePage(reply.body);
    expect(page.dangers).toEqual([]);
    expect(page.document.querySelectorAll('h1')).toHaveLength(1);
    expect(page.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(header(reply, 'x-request-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    const csp = header(reply, 'content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src /);
    for (const hash of page.styleHashes) expect(csp).toContain(hash);
    expect(reply.body).not.toContain('not in the database');
  });

  it('answers a program with problem+json', async () => {
    const reply = await call()('/orders/42', { headers: { accept: accept.json } });
    expect(reply.status).toBe(404);
    expectErrorHeaders(reply, 'application/problem+json');
    const body = JSON.parse(reply.body);
    expect(body).toMatchObject({ type: 'https://docs.example.com/errors/not-found', status: 404, code: 'NOT_FOUND', traceId: header(reply, 'x-request-id') });
  });

  it('answers curl (*/*) with plain text', async () => {
    const reply = await call()('/orders/42', { headers: { accept: '*/*' } });
    expect(reply.status).toBe(404);
    expectErrorHeaders(reply, 'text/plain; charset=utf-8');
    expect(reply.body).toContain(header(reply, 'x-request-id'));
  });

  it('answers HEAD with the status and headers and no body', async () => {
    const reply = await call()('/orders/42', { method: 'HEAD', headers: { accept: accept.html } });
    expect(reply.status).toBe(404);
    expect(header(reply, 'content-type')).toBe('text/html; charset=utf-8');
    expect(header(reply, 'cache-control')).toBe('no-store');
    expect(reply.body).toBe('');
  });

  it('turns an unexpected error into a 500 that hides the message', async () => {
    for (const type of Object.values(accept)) {
      const reply = await call()('/checkout', { headers: { accept: type } });
      expect(reply.status).toBe(500);
      expect(reply.body).not.toContain('ledger');
      expect(reply.body).not.toContain('db-7');
      expect(reply.body).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });

  it('sends Retry-After for a rate limit', async () => {
    const reply = await call()('/search', { headers: { accept: accept.json } });
    expect(reply.status).toBe(429);
    expect(header(reply, 'retry-after')).toBe('30');
    expect(JSON.parse(reply.body).retryAfter).toBe(30);
  });

  it('answers an unknown route with the not-found page', async () => {
    const reply = await call()('/no/such/route', { headers: { accept: accept.html } });
    expect(reply.status).toBe(404);
    expect(header(reply, 'content-type')).toBe('text/html; charset=utf-8');
    expect(parsePage(reply.body).document.querySelectorAll('h1')).toHaveLength(1);
    const json = await call()('/no/such/route', { headers: { accept: accept.json } });
    expect(JSON.parse(json.body)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
}

/** An error that claims success: it must still get a 500. */
export function claimsSuccess(): Error {
  return Object.assign(new Error('all fine'), { status: 200, statusCode: 200, expose: true });
}

/** A value whose every trap throws: reading anything from it fails. */
export function trapProxy(): unknown {
  const fail = () => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: fail, getPrototypeOf: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail });
}

export function getterBomb(): unknown {
  return {
    get status() {
      throw new Error('status getter');
    },
    get message() {
      throw new Error('message getter');
    },
    toString() {
      throw new Error('toString');
    },
  };
}

/**
 * What every hostile app serves, one handler per route: each throws something nasty
 * synchronously or returns it rejected (apps also answer /ok with 200). Every framework test
 * registers these same handlers, so each framework meets the same values.
 */
export const hostileHandlers = {
  '/throw-proxy': () => {
    throw new Proxy(new Error('proxied'), {});
  },
  '/throw-trap-proxy': () => {
    throw trapProxy();
  },
  '/throw-null': () => {
    throw null;
  },
  '/reject-null': () => Promise.reject(null),
  '/reject-symbol': () => Promise.reject(Symbol('s')),
  '/throw-getters': () => {
    throw getterBomb();
  },
  '/throw-200': () => {
    throw claimsSuccess();
  },
} as const satisfies Record<string, () => unknown>;

export type HostileRoute = keyof typeof hostileHandlers;
export const hostileRoutes = Object.keys(hostileHandlers) as HostileRoute[];

/** The hostile handler for a path, if it is one. */
export function hostileHandler(path: string): (() => unknown) | undefined {
  return Object.hasOwn(hostileHandlers, path) ? hostileHandlers[path as HostileRoute] : undefined;
}

export function hostileSuite(call: () => Call, expected: Partial<Record<HostileRoute, number>> = {}) {
  for (const route of hostileRoutes) {
    it(`${route} gives ${expected[route] ?? 500} and the server keeps serving`, async () => {
      const reply = await call()(route, { headers: { accept: accept.json } });
      expect(reply.broken).toBe(false);
      expect(reply.status).toBe(expected[route] ?? 500);
      expect(header(reply, 'content-type')).toBe('application/problem+json');
      expect(JSON.parse(reply.body).status).toBe(reply.status);
      const ok = await call()('/ok');
      expect(ok.status).toBe(200);
      expect(ok.body).toBe('ok');
    });
  }
}

/** The handler wrote part of a body and then threw: the client must see a broken response. */
export function headersSentSuite(call: () => Call) {
  it('destroys the connection instead of appending a page when headers were already sent', async () => {
    const reply = await call()('/partial', { headers: { accept: accept.html } });
    expect(reply.broken).toBe(true);
    expect(reply.body).not.toContain('<!DOCTYPE');
    expect(reply.body).not.toContain('<html');
    const ok = await call()('/ok');
    expect(ok.status).toBe(200);
  });
}
