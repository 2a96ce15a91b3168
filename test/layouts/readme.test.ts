// The server README's layout examples, run as written with the real template engines over
// 127.0.0.1: the host's header and footer around the error for HTML, problem+json and text
// unchanged, and one trace id in the page, the X-Request-Id header and the onError event.
import { parsePage } from '@errata/test/page';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, exampleSuite } from '../frameworks/support/conformance.js';
import { accept, fetchRaw } from '../frameworks/support/http.js';
import { exampleUnder, type RunningExample, startServer } from '../readme/examples.js';

const layoutExamples = ['Express 5 + EJS', 'Express 5 + Pug', 'Express 5 + Handlebars', 'Koa 3 + Nunjucks', 'Fastify 5 + React'];

/** The onError events the example printed, one JSON line each. */
function events(running: RunningExample): { type: string; traceId: string; code?: string; format?: string }[] {
  return running
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { type: string; traceId: string }];
      } catch {
        return [];
      }
    });
}

for (const heading of layoutExamples) {
  describe(`server README: ${heading}`, () => {
    let running: RunningExample | undefined;
    beforeAll(async () => {
      running = await startServer(exampleUnder('packages/server/README.md', heading));
    }, 30_000);
    afterAll(() => running?.stop());
    const call = (): Call => (path, options) => {
      if (!running) throw new Error(`${heading} is not running`);
      return fetchRaw(running.base + path, options);
    };

    // Everything an adapter promises without a layout still holds with it.
    exampleSuite(call);

    it("shows the error inside the host's header and footer, with one trace id in page, header and onError", async () => {
      for (const [path, status, code] of [
        ['/orders/42', 404, 'NOT_FOUND'],
        ['/checkout', 500, 'INTERNAL'],
        ['/no/such/page', 404, 'NOT_FOUND'],
      ] as const) {
        const id = `${status}${path.length}`.padEnd(32, 'c');
        const reply = await call()(path, { headers: { accept: accept.html, traceparent: `00-${id}-00f067aa0ba902b7-01` } });
        expect(reply.status, running?.output()).toBe(status);
        const page = parsePage(reply.body);
        const header = page.document.querySelector('body > header.site-header');
        const footer = page.document.querySelector('body > footer.site-footer');
        const main = page.document.querySelector('body > main');
        expect(header?.textContent).toContain('Acme Shop');
        expect(footer?.textContent).toBe('Acme Shop, 1 High Street');
        // Header, then the error in the host's <main>, then the footer; one h1, the error's.
        expect(header?.compareDocumentPosition(main!)).toBe(4);
        expect(main?.compareDocumentPosition(footer!)).toBe(4);
        expect(main?.querySelectorAll('h1')).toHaveLength(1);
        expect(page.document.querySelectorAll('h1, main')).toHaveLength(2);
        expect(page.document.title).toBe(`${main?.querySelector('h1')?.textContent} – Acme Shop`);
        expect(page.traceId).toBe(id);
        expect(reply.headers['x-request-id']).toBe(id);
        await expect.poll(() => events(running!).filter((e) => e.traceId === id)).toEqual([expect.objectContaining({ type: 'error', code, format: 'html' })]);
      }
    });

    it('sends problem+json and text without the layout', async () => {
      for (const type of [accept.json, accept.text]) {
        const reply = await call()('/orders/42', { headers: { accept: type } });
        expect(reply.status).toBe(404);
        expect(reply.body).not.toContain('site-header');
        expect(reply.body).not.toContain('<');
        const id = String(reply.headers['x-request-id']);
        expect(reply.body).toContain(id);
        if (type === accept.json) expect(JSON.parse(reply.body)).toMatchObject({ code: 'NOT_FOUND', traceId: id, status: 404 });
        await expect
          .poll(() =>
            events(running!)
              .filter((e) => e.traceId === id)
              .map((e) => e.format),
          )
          .toEqual([type === accept.json ? 'json' : 'text']);
      }
    });
  });
}
