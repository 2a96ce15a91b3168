// Every code example in the READMEs runs as written: a server example answers an error path with
// an errata page over 127.0.0.1, any other example runs to its end without throwing.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accept, fetchRaw } from '../frameworks/support/http.js';
import { repoRoot } from '@errata/test/repo';
import { describeExample, examplesOf, runToEnd, startServer } from './examples.js';

const packageReadmes = readdirSync(`${repoRoot}/packages`).map((name) => `packages/${name}/README.md`);
const readmes = ['README.md', ...packageReadmes];

describe('README examples', () => {
  it('cover the root README and every package README', () => {
    expect(packageReadmes).toEqual(expect.arrayContaining(['tokens', 'catalog', 'lint', 'cli', 'react', 'server'].map((p) => `packages/${p}/README.md`)));
  });

  it('include a server for every adapter in the server README', () => {
    const servers = examplesOf('packages/server/README.md')
      .filter((e) => e.server)
      .map((e) => e.heading);
    expect(servers).toEqual([
      'Express 5',
      'Fastify 5',
      'Koa 3',
      'Hono 4',
      'node:http',
      'fetch-style (`Request` -> `Response`)',
      // Error pages inside the host's layout, one per template engine (test/layouts/readme.test.ts).
      'Express 5 + EJS',
      'Express 5 + Pug',
      'Express 5 + Handlebars',
      'Koa 3 + Nunjucks',
      'Fastify 5 + React',
    ]);
  });

  for (const readme of readmes) {
    const examples = examplesOf(readme);
    describe(readme, () => {
      it('writes every example in JavaScript, so it runs with node as written', () => {
        expect(examples.filter((e) => e.lang !== 'js').map(describeExample)).toEqual([]);
      });

      for (const example of examples.filter((e) => e.server)) {
        it(`${describeExample(example)} serves an errata page for an unknown path`, async () => {
          const running = await startServer(example);
          try {
            const reply = await fetchRaw(`${running.base}/no-such-page`, { headers: { accept: accept.html } });
            expect(reply.status, running.output()).toBe(404);
            expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
            const id = reply.headers['x-request-id'];
            expect(id).toMatch(/^[\w.:-]{1,128}$/);
            // The reference on the page is the one in the header.
            expect(reply.body).toContain(`>${String(id)}<`);
            expect(reply.body).toMatch(/^<!DOCTYPE html>/i);
          } finally {
            await running.stop();
          }
        }, 30_000);
      }

      for (const example of examples.filter((e) => !e.server)) {
        it(`${describeExample(example)} runs to its end`, async () => {
          await expect(runToEnd(example)).resolves.toEqual(expect.any(String));
        }, 30_000);
      }
    });
  }
});
