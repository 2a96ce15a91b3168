// @errata/ops in every framework, over 127.0.0.1: the observing middleware measures each request
// under its route pattern (one `unmatched` label for the rest), attaches the route to the
// recorded error, and verifies an operator's token so errata shows diagnostics (audited); the
// endpoints answer health, metrics and triage.
import { createServer, type Server } from 'node:http';
import Router from '@koa/router';
import { createAdaptorServer } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import Koa from 'koa';
import { createOps, type Ops, signToken } from '@errata/ops';
import { opsEndpoints as expressEndpoints, opsObserver as expressObserver } from '@errata/ops/express';
import { opsFastify } from '@errata/ops/fastify';
import { opsFetch } from '@errata/ops/fetch';
import { opsEndpoints as honoEndpoints, opsObserver as honoObserver } from '@errata/ops/hono';
import { opsEndpoints as koaEndpoints, opsObserver as koaObserver } from '@errata/ops/koa';
import { opsNode } from '@errata/ops/node';
import { createErrata, type Errata, ErrataError } from '@errata/server';
import { errataErrorHandler, errataNotFound as expressNotFound } from '@errata/server/express';
import { errataFastify } from '@errata/server/fastify';
import { errataFetch } from '@errata/server/fetch';
import { errataCatch, errataNotFound as honoNotFound, errataOnError } from '@errata/server/hono';
import { errataKoa } from '@errata/server/koa';
import { errataNode } from '@errata/server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accept, close, fetchRaw, listen } from './support/http.js';

const secret = 'framework-ops-secret-0123456789abcdef01234567';
const notFound = () => new ErrataError('NOT_FOUND', { message: 'order not in the database' });

type Start = (ops: Ops, errata: Errata) => Promise<{ base: string; stop(): Promise<void> }>;

const listenNode = async (server: Server) => {
  const base = await listen(server);
  return { base, stop: () => close(server) };
};

const frameworks: Record<string, Start> = {
  'Express 5': async (ops, errata) => {
    const app = express();
    app.use(expressObserver(ops));
    app.use(expressEndpoints(ops));
    app.get('/ok', (_req, res) => void res.send('ok'));
    app.get('/orders/:id', () => {
      throw notFound();
    });
    app.use(expressNotFound(errata));
    app.use(errataErrorHandler(errata));
    return listenNode(createServer(app));
  },
  'Fastify 5': async (ops, errata) => {
    const app = Fastify();
    await app.register(errataFastify, { errata });
    await app.register(opsFastify, { ops });
    app.get('/ok', async () => 'ok');
    app.get('/orders/:id', async () => {
      throw notFound();
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    return { base, stop: () => app.close() };
  },
  'Koa 3 + @koa/router': async (ops, errata) => {
    const app = new Koa();
    const router = new Router();
    router.get('/ok', (ctx) => {
      ctx.body = 'ok';
    });
    router.get('/orders/:id', () => {
      throw notFound();
    });
    app.use(koaObserver(ops));
    app.use(errataKoa(errata));
    app.use(koaEndpoints(ops));
    app.use(router.routes());
    return listenNode(createServer(app.callback()));
  },
  'Hono 4': async (ops, errata) => {
    const app = new Hono();
    app.use(honoObserver(ops));
    app.use(errataCatch(errata));
    app.use(honoEndpoints(ops));
    app.onError(errataOnError(errata));
    app.notFound(honoNotFound(errata));
    app.get('/ok', (c) => c.text('ok'));
    app.get('/orders/:id', () => {
      throw notFound();
    });
    return listenNode(createAdaptorServer({ fetch: app.fetch }) as Server);
  },
  'node:http': async (ops, errata) => {
    const { send, notFound: missing } = errataNode(errata);
    const { observe, handle } = opsNode(ops);
    const server = createServer(async (req, res) => {
      const observation = observe(req, res);
      await observation.ready;
      if (await handle(req, res)) return;
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      try {
        if (path === '/ok') {
          observation.route('/ok');
          res.end('ok');
        } else if (/^\/orders\/[^/]+$/.test(path)) {
          observation.route('/orders/:id');
          throw notFound();
        } else missing(res, req);
      } catch (error) {
        send(res, error, req);
      }
    });
    return listenNode(server);
  },
  'fetch-style': async (ops, errata) => {
    const { respond, notFound: missing } = errataFetch(errata);
    const { endpoints, observed } = opsFetch(ops);
    const routes: [RegExp, string][] = [
      [/^\/ok$/, '/ok'],
      [/^\/orders\/[^/]+$/, '/orders/:id'],
    ];
    const handler = observed(
      async (request) => {
        const answer = await endpoints(request);
        if (answer) return answer;
        const path = new URL(request.url).pathname;
        try {
          if (path === '/ok') return new Response('ok');
          if (/^\/orders\/[^/]+$/.test(path)) throw notFound();
          return missing(request);
        } catch (error) {
          return respond(error, request);
        }
      },
      (request) => routes.find(([pattern]) => pattern.test(new URL(request.url).pathname))?.[1],
    );
    return listenNode(createAdaptorServer({ fetch: handler }) as Server);
  },
};

const count = (metrics: string, route: string, status: number) =>
  Number(
    new RegExp(
      `^http_server_request_duration_seconds_count\\{http_request_method="GET",http_route="${route.replaceAll('/', '\\/')}",http_response_status_code="${status}"\\} (\\d+)$`,
      'm',
    ).exec(metrics)?.[1] ?? 0,
  );

for (const [name, start] of Object.entries(frameworks)) {
  describe(`@errata/ops with ${name}`, () => {
    const ops = createOps({ access: { secret }, dependencies: [{ name: 'search' }] });
    const errata = createErrata({ observers: [ops.observer], diagnostics: { authorize: (r) => ops.authorizeDiagnostics(r) }, onError: () => undefined });
    let running: { base: string; stop(): Promise<void> };
    beforeAll(async () => {
      running = await start(ops, errata);
    });
    afterAll(() => running?.stop());
    const get = (path: string, headers: Record<string, string> = {}) => fetchRaw(running.base + path, { headers });

    it('measures requests by route pattern, unmatched as one label, and attaches the route to the recorded error', async () => {
      expect((await get('/ok')).status).toBe(200);
      const failed = await get('/orders/42', { accept: accept.json });
      expect(failed.status).toBe(404);
      await get('/no/such/thing');
      await get('/also/missing');
      const reference = String(failed.headers['x-request-id']);
      await expect.poll(async () => (await ops.store.get(reference))?.route).toBe('/orders/:id');
      const metrics = (await get('/metrics')).body;
      expect(count(metrics, '/ok', 200)).toBe(1);
      expect(count(metrics, '/orders/:id', 404)).toBe(1);
      expect(count(metrics, 'unmatched', 404)).toBe(2);
      expect(metrics).toMatch(/^errata_errors_total\{code="NOT_FOUND",status="404",format="json"\} \d+$/m);
    });

    it('answers the health endpoints', async () => {
      expect((await get('/livez', { accept: 'text/plain' })).body).toBe('ok\n');
      ops.dependencies.set('search', 'down');
      const ready = await get('/readyz', { accept: 'application/health+json' });
      expect(ready.status).toBe(503);
      expect(ready.headers['content-type']).toBe('application/health+json');
      ops.dependencies.set('search', 'healthy');
      expect((await get('/readyz')).status).toBe(200);
    });

    it('shows an operator diagnostics on the error response (audited), and others none', async () => {
      const operator = await signToken({ secret, subject: 'olivia', roles: ['operator'] });
      const shown = JSON.parse((await get('/orders/7', { accept: accept.json, authorization: `Bearer ${operator}` })).body);
      expect(shown.diagnostics).toMatchObject({ name: 'ErrataError', message: 'order not in the database' });
      const viewer = await signToken({ secret, subject: 'victor', roles: ['viewer'] });
      expect(JSON.parse((await get('/orders/7', { accept: accept.json, authorization: `Bearer ${viewer}` })).body).diagnostics).toBeUndefined();
      expect(JSON.parse((await get('/orders/7', { accept: accept.json })).body).diagnostics).toBeUndefined();
      await expect
        .poll(async () => (await ops.store.audit({ limit: 10 })).items.filter((e) => e.action === 'diagnostics.shown').map((e) => e.who))
        .toEqual(['olivia']);
    });

    it('looks the error up by reference with an operator token', async () => {
      const failed = await get('/orders/99', { accept: accept.html });
      const reference = String(failed.headers['x-request-id']);
      const operator = await signToken({ secret, subject: 'olivia', roles: ['operator'] });
      const found = await get(`/_errata/errors/${reference}`, { authorization: `Bearer ${operator}`, accept: 'application/json' });
      expect(found.status).toBe(200);
      expect(JSON.parse(found.body).error).toMatchObject({ reference, code: 'NOT_FOUND', component: 'routing' });
      expect((await get(`/_errata/errors/${reference}`)).status).toBe(401);
    });
  });
}
