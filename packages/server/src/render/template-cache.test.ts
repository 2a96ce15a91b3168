import { describe, expect, it, vi } from 'vitest';

// Count React renders: the page's static part must be rendered once per shape, not per request.
const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('react-dom/server', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react-dom/server')>();
  return {
    ...actual,
    renderToStaticMarkup: (...args: Parameters<typeof actual.renderToStaticMarkup>) => {
      renders.count++;
      return actual.renderToStaticMarkup(...args);
    },
  };
});

const { createErrata } = await import('../create-errata.js');
const { ErrataError } = await import('../errata-error.js');
const { miniCatalog } = await import('@errata/test/mini-catalog');

describe('HTML template cache', () => {
  it('renders React once per (code, locale, tone, ...) shape and splices per-request values', () => {
    const errata = createErrata({ mode: 'production', catalog: miniCatalog });
    const html = { accept: 'text/html' };
    errata.render(new ErrataError('NOT_FOUND'), { headers: html });
    const afterFirst = renders.count;
    const bodies = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const res = errata.render(new ErrataError('NOT_FOUND'), { url: `/p${i}?q=${i}`, headers: { ...html, 'x-request-id': `id-${i}` } });
      expect(res.body).toContain(`id-${i}`);
      bodies.add(res.body);
    }
    expect(bodies.size).toBe(40);
    expect(renders.count).toBe(afterFirst);

    // A different retry wait is a value, not a shape: still no new render.
    errata.render(Object.assign(new Error('x'), { status: 503, headers: { 'Retry-After': '5' } }), { headers: html });
    const withRetry = renders.count;
    expect(errata.render(Object.assign(new Error('y'), { status: 503, headers: { 'Retry-After': '50' } }), { headers: html }).body).toContain('PT50S');
    expect(renders.count).toBe(withRetry);

    // A new locale is a new shape.
    errata.render(new ErrataError('NOT_FOUND'), { headers: { ...html, 'accept-language': 'es' } });
    expect(renders.count).toBe(withRetry + 1);
  });
});
