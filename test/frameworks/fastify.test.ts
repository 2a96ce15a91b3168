import Fastify, { type FastifyInstance } from 'fastify';
import { createErrata } from '@errata/server';
import { errataFastify } from '@errata/server/fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleUnder, serveExample } from '../readme/examples.js';
import { type Call, exampleSuite, headersSentSuite, hostileHandlers, hostileRoutes, hostileSuite } from './support/conformance.js';
import { accept, fetchRaw } from './support/http.js';

function serve(app: FastifyInstance) {
  let base = '';
  const call: Call = (path, options) => fetchRaw(base + path, options);
  beforeAll(async () => {
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());
  return () => call;
}

describe('Fastify 5: README example', () => {
  exampleSuite(serveExample(exampleUnder('packages/server/README.md', 'Fastify 5')));
});

describe('Fastify 5: hostile throwables and partial responses', async () => {
  const errata = createErrata({ mode: 'production' });
  const app = Fastify();
  await app.register(errataFastify, { errata });
  app.get('/ok', async () => 'ok');
  // Sync throws and rejections both: Fastify routes them through different paths.
  for (const route of hostileRoutes) app.get(route, () => hostileHandlers[route]());
  app.get('/partial', async (_request, reply) => {
    reply.raw.writeHead(200, { 'content-type': 'text/html' });
    reply.raw.write('<p>partial');
    throw new Error('after headers');
  });
  app.get('/cached', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=3600');
    reply.header('access-control-allow-origin', 'https://app.example');
    throw new Error('after setting headers');
  });
  // Registered in a child scope: the plugin's handlers still apply (skip-override).
  await app.register(async (child) => {
    child.get('/child/boom', async () => {
      throw new Error('in child');
    });
  });
  const call = serve(app);
  hostileSuite(call);
  headersSentSuite(call);
  it('applies to routes registered in child plugins', async () => {
    const reply = await call()('/child/boom', { headers: { accept: accept.json } });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body).code).toBe('INTERNAL');
  });
  it('replaces content and caching headers set with reply.header(), keeps CORS', async () => {
    const reply = await call()('/cached', { headers: { accept: accept.json } });
    expect(reply.status).toBe(500);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['access-control-allow-origin']).toBe('https://app.example');
  });
});
