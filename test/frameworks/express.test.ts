import { createServer, type Server } from 'node:http';
import express from 'express';
import { createErrata } from '@errata/server';
import { errataErrorHandler, errataNotFound } from '@errata/server/express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleUnder, serveExample } from '../readme/examples.js';
import { type Call, exampleSuite, headersSentSuite, hostileHandlers, hostileRoutes, hostileSuite } from './support/conformance.js';
import { close, fetchRaw, listen } from './support/http.js';

function serve(handler: Parameters<typeof createServer>[1]) {
  let server: Server;
  let base = '';
  const call: Call = (path, options) => fetchRaw(base + path, options);
  beforeAll(async () => {
    server = createServer(handler);
    base = await listen(server);
  });
  afterAll(() => close(server));
  return () => call;
}

describe('Express 5: README example', () => {
  exampleSuite(serveExample(exampleUnder('packages/server/README.md', 'Express 5')));
});

describe('Express 5: hostile throwables and partial responses', () => {
  const errata = createErrata({ mode: 'production' });
  const app = express();
  app.get('/ok', (_req, res) => void res.send('ok'));
  for (const route of hostileRoutes) app.get(route, () => hostileHandlers[route]());
  app.get('/partial', (_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.write('<p>partial');
    throw new Error('after headers');
  });
  app.get('/cached', (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=3600');
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('access-control-allow-origin', 'https://app.example');
    throw new Error('after setting headers');
  });
  app.use(errataNotFound(errata));
  app.use(errataErrorHandler(errata));
  const call = serve(app);
  // Express 5 treats a synchronous `throw null` as next(null), i.e. "no error": the request falls
  // through to the not-found handler. A rejected null becomes Error('Rejected promise') -> 500.
  hostileSuite(call, { '/throw-null': 404 });
  headersSentSuite(call);
  it('replaces content and caching headers the handler set, keeps CORS', async () => {
    const reply = await call()('/cached', { headers: { accept: 'application/json' } });
    expect(reply.status).toBe(500);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-type']).toBe('application/problem+json');
    expect(reply.headers['access-control-allow-origin']).toBe('https://app.example');
  });
});
