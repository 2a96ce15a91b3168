import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { createErrata } from '@errata/server';
import { errataCatch, errataNotFound, errataOnError } from '@errata/server/hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleUnder, serveExample } from '../readme/examples.js';
import { type Call, exampleSuite, headersSentSuite, hostileHandlers, hostileRoutes, hostileSuite } from './support/conformance.js';
import { accept, close, fetchRaw, listen } from './support/http.js';

function serve(app: Hono) {
  let server: Server;
  let base = '';
  const call: Call = (path, options) => fetchRaw(base + path, options);
  beforeAll(async () => {
    server = createAdaptorServer({ fetch: app.fetch }) as Server;
    base = await listen(server);
  });
  afterAll(() => close(server));
  return () => call;
}

describe('Hono 4 (@hono/node-server): README example', () => {
  exampleSuite(serveExample(exampleUnder('packages/server/README.md', 'Hono 4')));
});

describe('Hono 4: hostile throwables and partial responses', () => {
  const errata = createErrata({ mode: 'production' });
  const app = new Hono();
  app.use(errataCatch(errata));
  app.onError(errataOnError(errata));
  app.notFound(errataNotFound(errata));
  app.get('/ok', (c) => c.text('ok'));
  // Each handler throws or rejects before there is anything to answer with.
  for (const route of hostileRoutes) app.get(route, () => hostileHandlers[route]() as Promise<Response>);
  app.get('/cached', (c) => {
    c.header('cache-control', 'public, max-age=3600');
    c.header('access-control-allow-origin', 'https://app.example');
    c.header('set-cookie', 'seen=1');
    throw new Error('after setting a header');
  });
  // Once a Response is returned its headers are out of errata's hands: a body stream that fails
  // half-way is ended by @hono/node-server, and the client must see a broken response.
  app.get('/partial', (c) => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('<p>partial'));
      },
      pull(controller) {
        controller.error(new Error('after headers'));
      },
    });
    return c.body(stream, 200, { 'content-type': 'text/html' });
  });
  const call = serve(app);
  hostileSuite(call);
  headersSentSuite(call);
  it('does not let headers the failed handler set leak into the error response', async () => {
    const reply = await call()('/cached', { headers: { accept: accept.json } });
    expect(reply.status).toBe(500);
    expect(reply.headers['cache-control']).toBe('no-store');
    // CORS and cookies stay, so a cross-origin client can still read the error.
    expect(reply.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(reply.headers['set-cookie']).toEqual(['seen=1']);
  });
});
