import { createErrata } from '@errata/server';
import { errataFetch } from '@errata/server/fetch';
import { describe, expect, it } from 'vitest';
import { handler } from './examples/fetch.js';
import { type Call, exampleSuite, getterBomb, trapProxy } from './support/conformance.js';

/** Call the fetch-style handler with a real Request; report the Response like an HTTP reply. */
function caller(fn: (request: Request) => Promise<Response> | Response): () => Call {
  const call: Call = async (path, options = {}) => {
    const response = await fn(new Request(`http://app.example${path}`, { method: options.method ?? 'GET', headers: options.headers ?? {} }));
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return { status: response.status, headers, body: await response.text(), broken: false };
  };
  return () => call;
}

describe('fetch (respond): README example', () => {
  exampleSuite(caller(handler));
});

describe('fetch (respond): hostile throwables', () => {
  const { respond } = errataFetch(createErrata({ mode: 'production' }));
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const values: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a Symbol', Symbol('s')],
    ['a Proxy of an Error', new Proxy(new Error('p'), {})],
    ['a trapping Proxy', trapProxy()],
    ['a revoked Proxy', revoked.proxy],
    ['getters that throw', getterBomb()],
    ['an error claiming 200', Object.assign(new Error('fine'), { status: 200 })],
  ];
  for (const [name, value] of values) {
    it(`answers ${name} with a 500`, async () => {
      const response = respond(value, new Request('http://app.example/x', { headers: { accept: 'application/json' } }));
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await response.json()).status).toBe(500);
    });
  }

  it('gives HEAD no body', async () => {
    const response = respond(new Error('x'), new Request('http://app.example/x', { method: 'HEAD' }));
    expect(response.status).toBe(500);
    expect(response.body).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
