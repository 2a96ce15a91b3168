import { createServer, type Server } from 'node:http';
import { createErrata } from '@errata/server';
import { errataNode } from '@errata/server/node';
import { afterAll, beforeAll, describe } from 'vitest';
import { exampleUnder, serveExample } from '../readme/examples.js';
import { type Call, exampleSuite, headersSentSuite, hostileHandler, hostileSuite } from './support/conformance.js';
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
  exampleSuite(serveExample(exampleUnder('packages/server/README.md', 'node:http')));
});

describe('node:http: hostile throwables and partial responses', () => {
  const { send, notFound } = errataNode(createErrata({ mode: 'production' }));
  const server = createServer(async (req, res) => {
    try {
      const hostile = hostileHandler(req.url ?? '');
      if (hostile) {
        await hostile();
        return;
      }
      switch (req.url) {
        case '/ok':
          res.end('ok');
          return;
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
