// One adapter's app under an error storm, in a process of its own so the soak test can read its
// memory and see it crash. `node --expose-gc server.mjs <adapter>`; talks to its parent over IPC:
// sends { type: 'ready', port }, answers { type: 'stats' } with its counters and RSS after GC.
// Plain JavaScript: the parent runs it with node, not through Vitest's transform.
import { createServer } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import Router from '@koa/router';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import Koa from 'koa';
import { createErrata, ErrataError } from '@errata/server';
import { errataErrorHandler, errataNotFound as expressNotFound } from '@errata/server/express';
import { errataFastify } from '@errata/server/fastify';
import { errataFetch } from '@errata/server/fetch';
import { errataCatch, errataNotFound as honoNotFound, errataOnError } from '@errata/server/hono';
import { errataKoa } from '@errata/server/koa';
import { errataNode } from '@errata/server/node';

const counters = { events: 0, unhandled: 0, uncaught: 0 };
process.on('unhandledRejection', () => {
  counters.unhandled += 1;
});
process.on('uncaughtException', (error) => {
  counters.uncaught += 1;
  process.send?.({ type: 'crash', message: String(error?.stack ?? error) });
  process.exit(70);
});

// A logger that keeps nothing (a real one ships the line away): each event is serialised, as a
// JSON-lines logger would, so redaction and serialisation run on every error.
const errata = createErrata({
  mode: 'production',
  onError: (event) => {
    counters.events += JSON.stringify(event).length > 0 ? 1 : 0;
  },
});

/** What `/fail/<n>?kind=` throws: a spread of ordinary and hostile values. */
function thrown(kind, path) {
  switch (kind) {
    case 'errata':
      return new ErrataError('RATE_LIMITED', { retryAfter: 30, message: `quota for ${path}` });
    case 'conflict':
      return new ErrataError('CONFLICT', { message: `order ${path} changed`, expose: true });
    case 'null':
      return null;
    case 'proxy':
      return new Proxy(new Error('proxied'), {});
    case 'string':
      return `failed at ${path}`;
    case 'status':
      return Object.assign(new Error('upstream'), { status: 502 });
    case 'secret':
      return new Error(`upstream said Authorization: Bearer abc.def.${path} and key SG.${'a'.repeat(22)}.${'b'.repeat(43)}`);
    default:
      return new Error(`database timeout while loading ${path}`, { cause: Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' }) });
  }
}

const kindOf = (url) => new URL(url, 'http://x').searchParams.get('kind') ?? 'error';

const apps = {
  express() {
    const app = express();
    app.get('/ok', (_req, res) => void res.send('ok'));
    app.get('/orders/:id', (_req, res) => void res.send('order'));
    app.all('/fail/*rest', (req) => {
      throw thrown(kindOf(req.url), req.path);
    });
    app.use(expressNotFound(errata));
    app.use(errataErrorHandler(errata));
    return createServer(app);
  },
  async fastify() {
    const app = Fastify({ logger: false });
    await app.register(errataFastify, { errata });
    app.get('/ok', async () => 'ok');
    app.get('/orders/:id', async () => 'order');
    app.all('/fail/*', async (request) => {
      throw thrown(kindOf(request.url), request.url);
    });
    await app.ready();
    return app.server;
  },
  koa() {
    const app = new Koa();
    app.silent = true;
    app.use(errataKoa(errata));
    const router = new Router();
    router.get('/ok', (ctx) => void (ctx.body = 'ok'));
    router.get('/orders/:id', (ctx) => void (ctx.body = 'order'));
    router.all('/fail/*rest', (ctx) => {
      throw thrown(kindOf(ctx.url), ctx.path);
    });
    app.use(router.routes());
    return createServer(app.callback());
  },
  hono() {
    const app = new Hono();
    app.use(errataCatch(errata, { app }));
    app.onError(errataOnError(errata, { app }));
    app.notFound(honoNotFound(errata, { app }));
    app.get('/ok', (c) => c.text('ok'));
    app.get('/orders/:id', (c) => c.text('order'));
    app.all('/fail/*', (c) => {
      throw thrown(kindOf(c.req.url), c.req.path);
    });
    return createAdaptorServer({ fetch: app.fetch });
  },
  node() {
    const { send, notFound } = errataNode(errata);
    return createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/ok') return void res.end('ok');
      if (path.startsWith('/fail/')) return send(res, thrown(kindOf(req.url ?? '/'), path), req);
      notFound(res, req);
    });
  },
  fetch() {
    const { respond, notFound } = errataFetch(errata);
    return createAdaptorServer({
      fetch(request) {
        const path = new URL(request.url).pathname;
        if (path === '/ok') return new Response('ok');
        if (path.startsWith('/fail/')) return respond(thrown(kindOf(request.url), path), request);
        return notFound(request);
      },
    });
  },
};

const name = process.argv[2];
if (!Object.hasOwn(apps, name)) {
  console.error(`usage: server.mjs <${Object.keys(apps).join('|')}>`);
  process.exit(2);
}
const server = await apps[name]();
server.listen(0, '127.0.0.1', () => process.send?.({ type: 'ready', port: server.address().port }));
process.on('message', (message) => {
  if (message?.type !== 'stats') return;
  globalThis.gc?.();
  globalThis.gc?.();
  process.send?.({ type: 'stats', rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed, ...counters });
});
process.on('disconnect', () => process.exit(0));
