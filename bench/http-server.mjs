// A server for section 2, in its own process so it never shares a core's event loop with the
// load generator. Usage: node bench/http-server.mjs <variant>; prints `PORT <n>` when listening.
//   node-send          node:http through errataNode(errata).send
//   node-precomputed   node:http writing a precomputed buffer of the same bytes and headers
//   express-adapter    Express 5 route throwing ErrataError, answered by errataErrorHandler
//   express-precomputed Express 5 route sending the same precomputed page
import { createServer } from 'node:http';
import express from 'express';
import { createErrata, ErrataError } from '@errata/server';
import { errataNode } from '@errata/server/node';
import { errataErrorHandler } from '@errata/server/express';

const variant = process.argv[2];
const errata = createErrata({ mode: 'production', links: { home: '/' } });
const notFound = () => new ErrataError('NOT_FOUND');
// Same request shape autocannon sends; the precomputed page is one real errata response.
const sample = errata.render(notFound(), { method: 'GET', url: '/orders/42', headers: { accept: 'text/html', 'accept-language': 'en' } });
const body = Buffer.from(sample.body, 'utf8');
const headers = { ...sample.headers, 'content-length': String(body.length) };

let server;
switch (variant) {
  case 'node-send': {
    const { send } = errataNode(errata);
    server = createServer((req, res) => send(res, notFound(), req));
    break;
  }
  case 'node-precomputed':
    server = createServer((_req, res) => {
      res.writeHead(sample.status, headers);
      res.end(body);
    });
    break;
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
    const app = express();
    app.get('/orders/:id', (_req, res) => {
      res.status(sample.status).set(headers).send(body);
    });
    server = createServer(app);
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
