// Property-based test of errata.render through the public API: any thrown value, any header map,
// any request target (invalid UTF-8 percent-escapes, lone surrogates, control characters, huge)
// and any method give a 4xx/5xx with a valid body in the negotiated format, safe headers, within a
// time bound, and never a throw. In both modes, with an onError hook that records, throws or
// rejects. Seeds are printed; FUZZ_SEED replays a run (see @errata/test/fuzz).
import { createErrata, type ErrorResponse } from '@errata/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThrown, fuzzRuns, headerMap, requestMethod, requestUrl, thrownRecipe } from '@errata/test/fuzz';
import { scanPage } from '@errata/test/page';

/** Generous (a busy 2-core CI machine, GC pauses): a render takes a few ms, a 5 MB message tens; a hang never ends. */
const timeBoundMs = 1000;

function checkResponse(res: ErrorResponse, method: string | undefined): void {
  expect(Number.isInteger(res.status) && res.status >= 400 && res.status <= 599, `status ${res.status}`).toBe(true);
  for (const [name, value] of Object.entries(res.headers)) {
    expect(name).toBe(name.toLowerCase());
    expect(typeof value).toBe('string');
    // What Node's setHeader and fetch's Headers accept: no line breaks, NUL or non-Latin-1.
    expect(value, name).toMatch(/^[\t\x20-\x7e\x80-\xff]*$/);
  }
  expect(res.headers['cache-control']).toBe('no-store');
  const type = res.headers['content-type'];
  expect(['text/html; charset=utf-8', 'application/problem+json', 'text/plain; charset=utf-8']).toContain(type);
  if (method === 'HEAD') {
    expect(res.body).toBe('');
    return;
  }
  expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
  if (type === 'application/problem+json') {
    const problem = JSON.parse(res.body) as { status: number; title: unknown; traceId: unknown };
    expect(problem.status).toBe(res.status);
    expect(typeof problem.title).toBe('string');
    expect(problem.traceId).toBe(res.headers['x-request-id']);
  } else if (type === 'text/plain; charset=utf-8') {
    expect(res.body).toContain(res.headers['x-request-id']);
  } else {
    expect(res.body.startsWith('<!DOCTYPE html>')).toBe(true);
    const page = scanPage(res.body);
    expect(page.dangers).toEqual([]);
    expect(page.h1).toBe(1);
  }
  // Never a lone surrogate in a body: encoders and JSON consumers choke on them.
  expect(res.body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
}

const hooks = {
  recording: () => undefined,
  throwing: () => {
    throw new Error('logger down');
  },
  rejecting: () => Promise.reject(new Error('logger down')),
} as const;

describe.each(['production', 'development'] as const)('errata.render in %s', { timeout: 60_000 }, (mode) => {
  it.each(Object.keys(hooks) as (keyof typeof hooks)[])('any thrown value, headers, URL and method (onError %s)', (hook) => {
    const errata = createErrata({ mode, onError: hooks[hook] });
    let slowest = 0;
    let renders = 0;
    fc.assert(
      fc.property(thrownRecipe, requestMethod, requestUrl, headerMap, fc.boolean(), (recipe, method, url, headers, notFound) => {
        const thrown = buildThrown(recipe);
        const started = performance.now();
        const res = notFound ? errata.renderNotFound({ method, url, headers }) : errata.render(thrown, { method, url, headers });
        slowest = Math.max(slowest, performance.now() - started);
        renders += 1;
        checkResponse(res, method);
        expect(slowest).toBeLessThan(timeBoundMs);
      }),
      fuzzRuns(`render ${mode} ${hook}`, 250, 8_000),
    );
    console.log(`fuzz render ${mode} ${hook}: ${renders} renders, slowest ${slowest.toFixed(1)} ms`);
  });

  it('a fetch Headers object and a hostile request object', () => {
    const errata = createErrata({ mode });
    fc.assert(
      fc.property(thrownRecipe, headerMap, requestUrl, (recipe, headers, url) => {
        const fetchHeaders = new Headers();
        for (const [name, value] of Object.entries(headers)) {
          try {
            if (typeof value === 'string') fetchHeaders.append(name, value);
          } catch {
            // Headers refuses what no real request carries.
          }
        }
        checkResponse(errata.render(buildThrown(recipe), { method: 'GET', url, headers: fetchHeaders }), 'GET');
        // A request object that is itself hostile: a Proxy whose every trap throws.
        const trap = new Proxy(
          {},
          {
            get: () => {
              throw new Error('trap');
            },
          },
        );
        checkResponse(errata.render(buildThrown(recipe), trap as never), undefined);
      }),
      fuzzRuns(`render ${mode} odd requests`, 150, 6_000),
    );
  });
});
