// RFC 9110 15.5.6: "The origin server MUST generate an Allow header field in a 405 response
// containing a list of the target resource's currently supported methods." Per adapter, over
// loopback: a path with routes for other methods answers 405 with the router's methods; a
// handler's 405 gets the router's methods less its own; an error's `allow` wins; and where the
// adapter cannot know (node:http, fetch, an `all` route, Hono without `{ app }`), no Allow is
// invented and the onError event says so.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Router from '@koa/router';
import { createAdaptorServer } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import Koa from 'koa';
import { createErrata, ErrataError, type ErrataEvent } from '@errata/server';
import { errataErrorHandler, errataNotFound as expressNotFound } from '@errata/server/express';
import { errataFastify } from '@errata/server/fastify';
import { errataFetch } from '@errata/server/fetch';
import { errataCatch, errataNotFound as honoNotFound, errataOnError } from '@errata/server/hono';
import { errataKoa } from '@errata/server/koa';
import { errataNode } from '@errata/server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accept, close, fetchRaw, listen } from '../frameworks/support/http.js';

interface Served {
  base: string;
  events: ErrataEvent[];
  stop(): Promise<void>;
}

/** Each app: GET+DELETE /orders/:id; PATCH /orders/:id refuses itself with a bare 405; /pinned refuses with `allow`; /legacy is an all-methods route that refuses. */
const apps: Record<string, (errata: ReturnType<typeof createErrata>) => Promise<Server>> = {
  async 'Express 5 (router stack, mounted router)'(errata) {
    const app = express();
    app.get('/orders/:id', (_req, res) => void res.send('ok'));
    app.delete('/orders/:id', (_req, res) => void res.send('gone'));
    app.patch('/orders/:id', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    app.get('/pinned', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED', { allow: ['POST'] });
    });
    app.all('/legacy', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    const api = express.Router();
    api.put('/items/:id', (_req, res) => void res.send('ok'));
    app.use('/api', api);
    app.use(expressNotFound(errata));
    app.use(errataErrorHandler(errata));
    return createServer(app);
  },
  async 'Fastify 5 (findRoute)'(errata) {
    const app = Fastify();
    await app.register(errataFastify, { errata });
    app.get('/orders/:id', async () => 'ok');
    app.delete('/orders/:id', async () => 'gone');
    app.patch('/orders/:id', async () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    app.get('/pinned', async () => {
      throw new ErrataError('METHOD_NOT_ALLOWED', { allow: ['POST'] });
    });
    app.all('/legacy', async () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    app.put('/api/items/:id', async () => 'ok');
    await app.ready();
    return app.server;
  },
  async 'Koa 3 + @koa/router (allowedMethods)'(errata) {
    const app = new Koa();
    app.silent = true;
    app.use(errataKoa(errata));
    const router = new Router();
    router.get('/orders/:id', (ctx) => void (ctx.body = 'ok'));
    router.delete('/orders/:id', (ctx) => void (ctx.body = 'gone'));
    router.patch('/orders/:id', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    router.get('/pinned', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED', { allow: ['POST'] });
    });
    router.all('/legacy', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    router.put('/api/items/:id', (ctx) => void (ctx.body = 'ok'));
    app.use(router.routes());
    app.use(router.allowedMethods());
    return createServer(app.callback());
  },
  async 'Koa 3 + @koa/router (no allowedMethods)'(errata) {
    const app = new Koa();
    app.silent = true;
    app.use(errataKoa(errata));
    const router = new Router();
    router.get('/orders/:id', (ctx) => void (ctx.body = 'ok'));
    router.delete('/orders/:id', (ctx) => void (ctx.body = 'gone'));
    router.patch('/orders/:id', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    router.get('/pinned', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED', { allow: ['POST'] });
    });
    router.all('/legacy', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    router.put('/api/items/:id', (ctx) => void (ctx.body = 'ok'));
    app.use(router.routes());
    return createServer(app.callback());
  },
  async 'Hono 4 ({ app })'(errata) {
    const app = new Hono();
    app.use(errataCatch(errata, { app }));
    app.onError(errataOnError(errata, { app }));
    app.notFound(honoNotFound(errata, { app }));
    app.get('/orders/:id', (c) => c.text('ok'));
    app.delete('/orders/:id', (c) => c.text('gone'));
    app.patch('/orders/:id', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    app.get('/pinned', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED', { allow: ['POST'] });
    });
    app.all('/legacy', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    app.put('/api/items/:id', (c) => c.text('ok'));
    return createAdaptorServer({ fetch: app.fetch }) as Server;
  },
};

function serve(make: (errata: ReturnType<typeof createErrata>) => Promise<Server>): () => Served {
  const served: Served = { base: '', events: [], stop: async () => undefined };
  let server: Server;
  beforeAll(async () => {
    const errata = createErrata({ mode: 'production', onError: (event) => void served.events.push(event) });
    server = await make(errata);
    served.base = await listen(server);
  });
  afterAll(() => close(server));
  return () => served;
}

const allowOf = (header: string | string[] | undefined) =>
  String(header ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean)
    .sort();

const warnings = (events: ErrataEvent[]) => events.flatMap((e) => (e.type === 'error' ? (e.warnings ?? []) : []));

for (const [name, make] of Object.entries(apps)) {
  describe(name, () => {
    const served = serve(make);
    const call = async (method: string, path: string) => {
      served().events.length = 0;
      return fetchRaw(served().base + path, { method, headers: { accept: accept.json } });
    };

    it('answers a method the path has no route for with 405 and Allow from the router', async () => {
      const reply = await call('POST', '/orders/42');
      expect(reply.status).toBe(405);
      // PATCH has a route (whose handler refuses): the router lists it.
      expect(allowOf(reply.headers.allow)).toEqual(['DELETE', 'GET', 'HEAD', 'PATCH']);
      expect(JSON.parse(reply.body)).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
      expect(warnings(served().events)).toEqual([]);
    });

    it('reads routes under a prefix (mounted router or nested path)', async () => {
      const reply = await call('GET', '/api/items/7');
      expect(reply.status).toBe(405);
      expect(allowOf(reply.headers.allow)).toEqual(['PUT']);
    });

    it('keeps 404 for a path no route has', async () => {
      const reply = await call('POST', '/nowhere');
      expect(reply.status).toBe(404);
      expect(reply.headers.allow).toBeUndefined();
    });

    it("gives a handler's bare 405 the router's methods less its own", async () => {
      const reply = await call('PATCH', '/orders/42');
      expect(reply.status).toBe(405);
      expect(allowOf(reply.headers.allow)).toEqual(['DELETE', 'GET', 'HEAD']);
    });

    it("prefers the error's typed allow", async () => {
      const reply = await call('GET', '/pinned');
      expect(reply.status).toBe(405);
      expect(allowOf(reply.headers.allow)).toEqual(['POST']);
    });

    it('says so in the onError event when the router cannot name the methods (an all-methods route)', async () => {
      const reply = await call('POST', '/legacy');
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBeUndefined();
      expect(warnings(served().events).join(' ')).toMatch(/405 went out without Allow \(RFC 9110 15\.5\.6\).*no method-specific route/);
    });
  });
}

describe('adapters that cannot see routes (node:http, fetch, Hono without { app })', () => {
  const events: ErrataEvent[] = [];
  const errata = createErrata({ mode: 'production', onError: (event) => void events.push(event) });

  it('node:http: the error’s allow, else no Allow and a warning', async () => {
    const { send } = errataNode(errata);
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      send(res, new ErrataError('METHOD_NOT_ALLOWED', req.url === '/typed' ? { allow: ['GET', 'HEAD'] } : {}), req);
    });
    const base = await listen(server);
    try {
      events.length = 0;
      const typed = await fetchRaw(`${base}/typed`, { method: 'POST', headers: { accept: accept.json } });
      expect(allowOf(typed.headers.allow)).toEqual(['GET', 'HEAD']);
      expect(warnings(events)).toEqual([]);
      const bare = await fetchRaw(`${base}/bare`, { method: 'POST', headers: { accept: accept.json } });
      expect(bare.status).toBe(405);
      expect(bare.headers.allow).toBeUndefined();
      expect(warnings(events).join(' ')).toMatch(/this adapter cannot see the routes/);
    } finally {
      await close(server);
    }
  });

  it('fetch: the same', () => {
    const { respond } = errataFetch(errata);
    events.length = 0;
    const typed = respond(new ErrataError('METHOD_NOT_ALLOWED', { allow: ['GET'] }), new Request('http://127.0.0.1/x', { method: 'POST' }));
    expect(typed.headers.get('allow')).toBe('GET');
    const bare = respond(new ErrataError('METHOD_NOT_ALLOWED'), new Request('http://127.0.0.1/x', { method: 'POST' }));
    expect(bare.status).toBe(405);
    expect(bare.headers.get('allow')).toBeNull();
    expect(warnings(events)).toHaveLength(1);
  });

  it('Hono without { app }: the same', async () => {
    const app = new Hono();
    app.onError(errataOnError(errata));
    app.get('/x', () => {
      throw new ErrataError('METHOD_NOT_ALLOWED');
    });
    events.length = 0;
    const reply = await app.request('/x', { headers: { accept: accept.json } });
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBeNull();
    expect(warnings(events).join(' ')).toMatch(/this adapter cannot see the routes/);
  });
});
