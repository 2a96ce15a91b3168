import { createErrata } from '@errata/server';
import { errataFetch } from '@errata/server/fetch';
import { describe, expect, it } from 'vitest';
import { exampleUnder, serveExample } from '../readme/examples.js';
import { exampleSuite, getterBomb, trapProxy } from './support/conformance.js';

describe('fetch (respond, served by @hono/node-server): README example', () => {
  exampleSuite(serveExample(exampleUnder('packages/server/README.md', 'fetch-style (`Request` -> `Response`)')));
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
