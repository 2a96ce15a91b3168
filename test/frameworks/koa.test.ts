import { createServer, type Server } from 'node:http';
import Koa from 'koa';
import { createErrata } from '@errata/server';
import { errataKoa } from '@errata/server/koa';
import { afterAll, beforeAll, describe } from 'vitest';
import { exampleUnder, serveExample } from '../readme/examples.js';
import { type Call, exampleSuite, headersSentSuite, hostileHandler, hostileSuite } from './support/conformance.js';
import { close, fetchRaw, listen } from './support/http.js';

function serve(app: Koa) {
  let server: Server;
  let base = '';
  const call: Call = (path, options) => fetchRaw(base + path, options);
  beforeAll(async () => {
    server = createServer(app.callback());
    base = await listen(server);
  });
  afterAll(() => close(server));
  return () => call;
}

describe('Koa 3: README example', () => {
  exampleSuite(serveExample(exampleUnder('packages/server/README.md', 'Koa 3')));
});

describe('Koa 3: hostile throwables and partial responses', () => {
  const errata = createErrata({ mode: 'production' });
  const app = new Koa();
  app.silent = true;
  app.use(errataKoa(errata));
  app.use(async (ctx) => {
    const hostile = hostileHandler(ctx.path);
    if (hostile) return hostile();
    switch (ctx.path) {
      case '/ok':
        ctx.body = 'ok';
        return;
      case '/partial':
        ctx.res.writeHead(200, { 'content-type': 'text/html' });
        ctx.res.write('<p>partial');
        throw new Error('after headers');
    }
  });
  const call = serve(app);
  hostileSuite(call);
  headersSentSuite(call);
});
