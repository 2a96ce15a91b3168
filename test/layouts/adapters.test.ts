// Every adapter with a host layout, over 127.0.0.1: the layout wraps HTML error pages, and
// everything else (status, headers, CSP, trace id, onError, problem+json and text) is exactly what
// the same adapter sends without a layout. A layout that fails gives errata's own page, reported.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import Koa from 'koa';
import { createErrata, ErrataError, type ErrataEvent, type HtmlErrorParts } from '@errata/server';
import { errataErrorHandler, errataNotFound as expressNotFound } from '@errata/server/express';
import { errataFastify } from '@errata/server/fastify';
import { errataFetch } from '@errata/server/fetch';
import { errataCatch, errataNotFound as honoNotFound, errataOnError } from '@errata/server/hono';
import { errataKoa } from '@errata/server/koa';
import { errataNode } from '@errata/server/node';
import { parsePage } from '@errata/test/page';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accept, close, fetchRaw, listen, type Reply } from '../frameworks/support/http.js';

type LayoutFn = (parts: HtmlErrorParts, context: unknown) => string;
interface Options {
  layout?: LayoutFn;
  csp?: Record<string, string[]>;
}

const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A host's own layout, as a template engine would write it. */
const hostLayout: LayoutFn = (parts) =>
  `<!DOCTYPE html><html lang="${parts.lang}" dir="${parts.dir}"><head><meta charset="utf-8"><title>${escapeText(parts.title)}</title>${parts.head}</head>` +
  `<body><header class="host-header"><a href="/">Acme Shop</a></header><main>${parts.content}</main><footer class="host-footer">Acme Shop, 1 High Street</footer></body></html>`;

const throwingLayout: LayoutFn = () => {
  throw new Error('template bug: user is undefined');
};
const escapingLayout: LayoutFn = (parts) => `<!DOCTYPE html><html><body><main>${escapeText(parts.content)}</main></body></html>`;
const asyncLayout = (async (parts: HtmlErrorParts) => hostLayout(parts, undefined)) as unknown as LayoutFn;

function handler(path: string): void {
  if (path === '/orders/42') throw new ErrataError('NOT_FOUND', { message: 'order 42 not in the database' });
  if (path === '/boom') throw new Error('ledger connection lost (db-7.internal)');
}

/** One app per adapter, with the same routes; `undefined` options: no layout. */
const adapters: Record<string, (errata: ReturnType<typeof createErrata>, options: Options | undefined) => Promise<{ base: string; stop(): Promise<void> }>> = {
  async express(errata, options) {
    const app = express();
    app.get(['/orders/42', '/boom'], (req) => handler(req.path));
    app.use(expressNotFound(errata, options as never));
    app.use(errataErrorHandler(errata, options as never));
    return node(createServer(app));
  },
  async koa(errata, options) {
    const app = new Koa();
    app.use(errataKoa(errata, options as never));
    app.use(async (ctx) => handler(ctx.path));
    return node(createServer(app.callback()));
  },
  async fastify(errata, options) {
    const app = Fastify();
    await app.register(errataFastify, { errata, ...(options as object) });
    app.get('/orders/42', async () => handler('/orders/42'));
    app.get('/boom', async () => handler('/boom'));
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    return { base, stop: () => app.close() };
  },
  async hono(errata, options) {
    const app = new Hono();
    app.use(errataCatch(errata, options as never));
    app.onError(errataOnError(errata, options as never));
    app.notFound(honoNotFound(errata, options as never));
    app.get('/orders/42', () => handler('/orders/42') as never);
    app.get('/boom', () => handler('/boom') as never);
    return node(createAdaptorServer({ fetch: app.fetch }) as Server);
  },
  async node(errata, options) {
    const { send, notFound } = errataNode(errata, options as never);
    return node(
      createServer((req: IncomingMessage, res: ServerResponse) => {
        try {
          handler(new URL(req.url ?? '/', 'http://x').pathname);
          notFound(res, req);
        } catch (error) {
          send(res, error, req);
        }
      }),
    );
  },
  async fetch(errata, options) {
    const { respond, notFound } = errataFetch(errata, options as never);
    const fetchHandler = (request: Request) => {
      try {
        handler(new URL(request.url).pathname);
        return notFound(request);
      } catch (error) {
        return respond(error, request);
      }
    };
    return node(createAdaptorServer({ fetch: fetchHandler }) as Server);
  },
};

async function node(server: Server) {
  const base = await listen(server);
  return { base, stop: () => close(server) };
}

const traceparent = (n: number) => `00-${n.toString(16).padStart(32, 'a')}-00f067aa0ba902b7-01`;
const idOf = (n: number) => n.toString(16).padStart(32, 'a');
/** Headers that differ between any two responses (connection handling, the date) or by design (the body's length). */
const comparable = (reply: Reply) => {
  const { date: _d, connection: _c, 'keep-alive': _k, 'content-length': _l, 'transfer-encoding': _t, ...rest } = reply.headers;
  return rest;
};

for (const [name, start] of Object.entries(adapters)) {
  describe(`${name} with a host layout`, () => {
    const events: ErrataEvent[] = [];
    const errata = createErrata({ serviceName: 'Acme Shop', links: { home: '/' }, onError: (event) => void events.push(event) });
    const servers: Record<string, { base: string; stop(): Promise<void> }> = {};
    let n = 0;
    beforeAll(async () => {
      servers.plain = await start(errata, undefined);
      servers.layout = await start(errata, { layout: hostLayout });
      servers.throwing = await start(errata, { layout: throwingLayout });
      servers.escaping = await start(errata, { layout: escapingLayout });
      servers.async = await start(errata, { layout: asyncLayout });
      servers.widened = await start(errata, { layout: hostLayout, csp: { 'style-src': ["'self'"], 'img-src': ["'self'"] } });
    });
    afterAll(async () => {
      for (const server of Object.values(servers)) await server.stop();
    });
    const get = (server: string, path: string, type: string, method = 'GET') => {
      n += 1;
      return fetchRaw(servers[server]!.base + path, { method, headers: { accept: type, traceparent: traceparent(n) } }).then((reply) => ({
        reply,
        id: idOf(n),
      }));
    };
    const sameTrace = (a: string, b: string) => (text: string) => text.replaceAll(a, b);

    it("wraps an HTML error in the host's header and footer, with the trace id in page, header and onError", async () => {
      for (const path of ['/orders/42', '/boom', '/no/such/page']) {
        const { reply, id } = await get('layout', path, accept.html);
        expect(reply.status, path).toBe(path === '/boom' ? 500 : 404);
        const body = reply.body;
        expect(body).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr">/);
        const header = body.indexOf('<header class="host-header">');
        const content = body.indexOf('<h1');
        const footer = body.indexOf('<footer class="host-footer">');
        expect(header).toBeGreaterThan(0);
        expect(content).toBeGreaterThan(header);
        expect(footer).toBeGreaterThan(content);
        const page = parsePage(body);
        expect(page.dangers).toEqual([]);
        expect(page.document.querySelectorAll('h1, main, header, footer').length).toBe(4);
        expect(page.traceId).toBe(id);
        expect(reply.headers['x-request-id']).toBe(id);
        expect(events.filter((e) => e.traceId === id).map((e) => e.type)).toEqual(['error']);
        const csp = String(reply.headers['content-security-policy']);
        for (const hash of page.styleHashes) expect(csp).toContain(hash);
        expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(body));
        expect(body).not.toContain('db-7');
      }
    });

    it('sends the same status and headers as without a layout, and the same problem+json and text', async () => {
      for (const path of ['/orders/42', '/boom', '/no/such/page']) {
        for (const type of [accept.html, accept.json, accept.text, '*/*']) {
          const plain = await get('plain', path, type);
          const laid = await get('layout', path, type);
          const same = sameTrace(plain.id, laid.id);
          expect(laid.reply.status, `${path} ${type}`).toBe(plain.reply.status);
          expect(comparable(laid.reply), `${path} ${type}`).toEqual(JSON.parse(same(JSON.stringify(comparable(plain.reply)))));
          if (type !== accept.html) expect(laid.reply.body, `${path} ${type}`).toBe(same(plain.reply.body));
        }
      }
    });

    it("answers HEAD with the layout's Content-Length and no body", async () => {
      const { reply } = await get('layout', '/orders/42', accept.html, 'HEAD');
      const full = await get('layout', '/orders/42', accept.html);
      expect(reply.status).toBe(404);
      expect(reply.body).toBe('');
      expect(reply.headers['content-length']).toBe(full.reply.headers['content-length']);
    });

    it("falls back to errata's own page when the layout throws, escapes the content or is async, and reports it", async () => {
      for (const server of ['throwing', 'escaping', 'async']) {
        const plain = await get('plain', '/orders/42', accept.html);
        const { reply, id } = await get(server, '/orders/42', accept.html);
        expect(reply.status, server).toBe(404);
        expect(reply.body, server).toBe(sameTrace(plain.id, id)(plain.reply.body));
        expect(comparable(reply), server).toEqual(JSON.parse(sameTrace(plain.id, id)(JSON.stringify(comparable(plain.reply)))));
        const reported = events.filter((e) => e.traceId === id);
        expect(
          reported.map((e) => (e.type === 'failure' ? `failure ${e.stage}` : e.type)),
          server,
        ).toEqual(['error', 'failure layout']);
      }
      // The server keeps serving.
      expect((await get('throwing', '/boom', accept.json)).reply.status).toBe(500);
    });

    it("widens the CSP for the layout's own resources when asked", async () => {
      const plain = await get('plain', '/orders/42', accept.html);
      const { reply } = await get('widened', '/orders/42', accept.html);
      const csp = String(reply.headers['content-security-policy']);
      expect(csp).toBe(`${String(plain.reply.headers['content-security-policy']).replace(/(style-src [^;]*)/, "$1 'self'")}; img-src 'self'`);
    });
  });
}

describe('layout options', () => {
  it('are checked when the adapter is set up', () => {
    const errata = createErrata();
    expect(() => errataNode(errata, { layout: 'error' as never })).toThrow(/errataNode: layout must be a function/);
    expect(() => errataErrorHandler(errata, { layout: 42 as never })).toThrow(/or the name of a view/);
    expect(() => errataFetch(errata, { layout: hostLayout, csp: { 'style-src': ['x; y'] } })).toThrow(TypeError);
    expect(() => errataKoa(errata, { csp: { 'style-src': ["'self'"] } })).toThrow(/set layout too/);
    expect(() => errataOnError(errata, { layuot: hostLayout } as never)).toThrow(/unknown option "layuot"/);
  });
});
