import { createServer, type Server } from 'node:http';
import { createErrata } from '@errata/server';
import { errataNode } from '@errata/server/node';
import { afterAll, beforeAll, describe } from 'vitest';
import { server as example } from './examples/node.js';
import { type Call, claimsSuccess, exampleSuite, getterBomb, headersSentSuite, hostileSuite, trapProxy } from './support/conformance.js';
import { close, fetchRaw, listen } from './support/http.js';

function serve(server: Server) {
  let base = '';
  const call: Call = (path, options) => fetchRaw(base + path, options);
  beforeAll(async () => {
    base = await listen(server);
  });
  afterAll(() => close(server));
  return () => call;
}

describe('node:http: README example', () => {
  exampleSuite(serve(example));
});

describe('node:http: hostile throwables and partial responses', () => {
  const { send, notFound } = errataNode(createErrata({ mode: 'production' }));
  const server = createServer(async (req, res) => {
    try {
      switch (req.url) {
        case '/ok':
          res.end('ok');
          return;
        case '/throw-proxy':
          throw new Proxy(new Error('proxied'), {});
        case '/throw-trap-proxy':
          throw trapProxy();
        case '/throw-null':
          throw null;
        case '/reject-null':
          await Promise.reject(null);
          return;
        case '/reject-symbol':
          await Promise.reject(Symbol('s'));
          return;
        case '/throw-200':
          throw claimsSuccess();
        case '/throw-getters':
          throw getterBomb();
        case '/partial':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.write('<p>partial');
          throw new Error('after headers');
        default:
          notFound(res, req);
      }
    } catch (error) {
      send(res, error, req);
    }
  });
  const call = serve(server);
  hostileSuite(call);
  headersSentSuite(call);
});
