// A server for the HTTP section, in its own process so it never shares a core's event loop with
// the load generator. Usage: node bench/http-server.mjs <variant>; prints `PORT <n>` when listening.
// NODE_ENV=production. Errata's JSON lines and Fastify's logger go through one buffered pino
// destination to /dev/null, as a production service's logger would; Express's default handler
// logs with console.error, as it does (the parent points stderr at /dev/null).
//   node-send            node:http, errataNode(errata).send of a fresh ErrataError('NOT_FOUND')
//   node-precomputed     node:http writing a precomputed buffer of the same bytes and headers
//   node-500             node:http, send of a fresh Error with onError writing a JSON line
//   node-500-precomputed node:http writing the bytes of that 500 page, precomputed
//   express-adapter      Express 5 route throwing ErrataError('NOT_FOUND'), errataErrorHandler
//   express-precomputed  Express 5 route sending the same precomputed page
//   express-errata-500   Express 5 route throwing a fresh Error; errataErrorHandler + onError JSON line
//   express-default-500  the same route with Express's default final handler (logs err.stack)
//   fastify-errata-500   Fastify 5 route throwing a fresh Error; errataFastify + onError JSON line
//   fastify-default-500  the same route with Fastify's default JSON error handler (logger on)
// The floors: what any handler that logs the thrown error's stack pays, with no Errata. Each
// creates the same fresh Error, writes a JSON line of the same shape with its stack through the
// same pino destination, and sends the Errata page's bytes precomputed.
//   node-500-floor       node:http
//   express-floor-500    Express 5, a four-argument error handler
//   fastify-floor-500    Fastify 5, setErrorHandler (problem+json bytes)
import { createServer } from 'node:http';
import express from 'express';
import pino from 'pino';
import Fastify from 'fastify';
import { createErrata, ErrataError } from '@errata/server';
import { errataErrorHandler } from '@errata/server/express';
import { errataFastify } from '@errata/server/fastify';
import { errataNode } from '@errata/server/node';

process.env.NODE_ENV = 'production';
const variant = process.argv[2];
const log = pino.destination({ dest: '/dev/null', sync: false, minLength: 4096 });
/** What a production service does with each error event: one JSON line to its log stream. */
const onError = (event) => void log.write(`${JSON.stringify(event)}\n`);
const errata = createErrata({ mode: 'production', links: { home: '/' } });
const logged = createErrata({ mode: 'production', links: { home: '/' }, onError });
const notFound = () => new ErrataError('NOT_FOUND');
const failure = () => new Error('ledger connection lost');
const request = { method: 'GET', url: '/orders/42', headers: { accept: 'text/html', 'accept-language': 'en' } };

/** The floor's log line: an event of the same shape as Errata's, with the error's own stack. */
function floorLine(error, req, format) {
  onError({
    type: 'error',
    traceId: Math.random().toString(16).slice(2).padEnd(32, '0'),
    code: 'INTERNAL',
    status: 500,
    severity: 'medium',
    name: error.name,
    message: error.message,
    causes: [],
    mode: 'production',
    format,
    timestamp: new Date().toISOString(),
    request: { method: req.method, path: req.url, query: {}, headers: { ...req.headers } },
    stack: error.stack,
  });
}

function precomputed(response) {
  const body = Buffer.from(response.body, 'utf8');
  const headers = { ...response.headers, 'content-length': String(body.length) };
  return (_req, res) => {
    res.writeHead(response.status, headers);
    res.end(body);
  };
}

let server;
switch (variant) {
  case 'node-send': {
    const { send } = errataNode(errata);
    server = createServer((req, res) => send(res, notFound(), req));
    break;
  }
  case 'node-precomputed':
    server = createServer(precomputed(errata.render(notFound(), request)));
    break;
  case 'node-500': {
    const { send } = errataNode(logged);
    server = createServer((req, res) => send(res, failure(), req));
    break;
  }
  case 'node-500-precomputed':
    server = createServer(precomputed(errata.render(failure(), request)));
    break;
  case 'node-500-floor': {
    const write = precomputed(errata.render(failure(), request));
    server = createServer((req, res) => {
      floorLine(failure(), req, 'html');
      write(req, res);
    });
    break;
  }
  case 'express-adapter': {
    const app = express();
    app.get('/orders/:id', () => {
      throw notFound();
    });
    app.use(errataErrorHandler(errata));
    server = createServer(app);
    break;
  }
  case 'express-precomputed': {
    const sample = errata.render(notFound(), request);
    const body = Buffer.from(sample.body, 'utf8');
    const headers = { ...sample.headers, 'content-length': String(body.length) };
    const app = express();
    app.get('/orders/:id', (_req, res) => {
      res.status(sample.status).set(headers).send(body);
    });
    server = createServer(app);
    break;
  }
  case 'express-errata-500':
  case 'express-default-500': {
    const app = express();
    app.get('/orders/:id', () => {
      throw failure();
    });
    if (variant === 'express-errata-500') app.use(errataErrorHandler(logged));
    server = createServer(app);
    break;
  }
  case 'express-floor-500': {
    const write = precomputed(errata.render(failure(), request));
    const app = express();
    app.get('/orders/:id', () => {
      throw failure();
    });
    app.use((error, req, res, _next) => {
      floorLine(error, req, 'html');
      write(req, res);
    });
    server = createServer(app);
    break;
  }
  case 'fastify-floor-500': {
    const sample = errata.render(failure(), { ...request, headers: { accept: 'application/json' } });
    const body = Buffer.from(sample.body, 'utf8');
    const app = Fastify();
    app.setErrorHandler((error, req, reply) => {
      floorLine(error, req.raw, 'json');
      reply.code(sample.status).headers(sample.headers).send(body);
    });
    app.get('/orders/:id', async () => {
      throw failure();
    });
    await app.ready();
    server = app.server;
    break;
  }
  case 'fastify-errata-500':
  case 'fastify-default-500': {
    // Fastify's logger (pino) on: a production service logs its 500s either way.
    const app = Fastify(variant === 'fastify-default-500' ? { logger: { stream: log } } : {});
    if (variant === 'fastify-errata-500') await app.register(errataFastify, { errata: logged });
    app.get('/orders/:id', async () => {
      throw failure();
    });
    await app.ready();
    server = app.server;
    break;
  }
  default:
    console.error(`unknown variant ${variant}`);
    process.exit(2);
}
server.listen(0, '127.0.0.1', () => {
  console.log(`PORT ${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
