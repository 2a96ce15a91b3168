import { builtinCatalog, defineCatalog, type CatalogEntryInput } from '@errata/catalog';
import { exampleBrand } from '@errata/tokens';
import { describe, expect, it } from 'vitest';
import { miniCatalog } from '@errata/test/mini-catalog';
import { parsePage } from '@errata/test/page';
import { createErrata } from './create-errata.js';
import { ErrataError } from './errata-error.js';
import { createStaticPages, formats, staticCodeFor } from './static-page.js';

const accept = { html: 'text/html', json: 'application/problem+json', text: 'text/plain' } as const;

describe('createStaticPages', () => {
  // Static pages carry no reference on their support links (their reference is a marker a proxy
  // replaces in the text, which a percent-encoded copy in a URL would escape): compare with a live
  // instance that does not either.
  const options = {
    serviceName: 'Acme Shop',
    links: { home: '/', support: 'https://help.example.com' },
    brand: exampleBrand,
    supportReferenceParam: false as const,
  };
  const pages = createStaticPages(options);
  const errata = createErrata(options);

  const live = (code: string, format: keyof typeof accept) =>
    errata.render(new ErrataError(code), {
      method: 'GET',
      url: '/',
      headers: { accept: accept[format], 'accept-language': 'de', 'x-request-id': '4bf92f3577b34da6a3ce929d0e0e4736' },
    });

  it('renders exactly what a live response with the same reference carries, in every format', () => {
    for (const format of formats) {
      for (const code of ['NOT_FOUND', 'FORBIDDEN', 'INTERNAL', 'UPSTREAM_TIMEOUT'] as const) {
        // A page that asks to try again differs in its link: checked below.
        if (format === 'html' && builtinCatalog.get(code).action === 'retry') continue;
        const page = pages.page({ code, format, locale: 'de', reference: '4bf92f3577b34da6a3ce929d0e0e4736' });
        const response = live(code, format);
        expect(page.body, `${code} ${format}`).toBe(response.body);
        expect(page.headers).toEqual(response.headers);
        expect(page.status).toBe(response.status);
      }
    }
  });

  it('has no "Try again" button where a live page has one: it has no request to try again', () => {
    for (const code of ['INTERNAL', 'UPSTREAM_TIMEOUT']) {
      const page = parsePage(pages.page({ code, format: 'html', locale: 'de', reference: '4bf92f3577b34da6a3ce929d0e0e4736' }).body).document;
      const response = parsePage(live(code, 'html').body).document;
      const button = (document: Document) => [...document.querySelectorAll('main p > a:has(svg)')].map((a) => a.textContent);
      expect(button(response), code).toHaveLength(1);
      expect(button(page), code).toEqual([]);
      // The step stays, as words: what a live page shows as its button.
      expect(page.querySelector('main li')?.textContent, code).toContain(button(response)[0] ?? '?');
    }
  });

  it('leaves the reference out everywhere when it has none', () => {
    const html = pages.page({ status: 502, format: 'html' });
    expect(parsePage(html.body).traceId).toBeUndefined();
    expect(html.headers['x-request-id']).toBeUndefined();
    const json = JSON.parse(pages.page({ status: 502, format: 'json' }).body) as Record<string, unknown>;
    expect(json).not.toHaveProperty('traceId');
    expect(json).not.toHaveProperty('instance');
    expect(json).toMatchObject({ status: 502, code: 'DEPENDENCY_FAILED' });
    const text = pages.page({ status: 502, format: 'text', locale: 'es' });
    expect(text.body).not.toMatch(/Referencia|Reference/);
    expect(text.headers['content-language']).toBe('es');
    expect(text.headers['content-length']).toBe(String(Buffer.byteLength(text.body)));
  });

  it('keeps a status the entry does not have, and refuses what it cannot answer', () => {
    expect(pages.page({ code: 'INTERNAL', status: 503, format: 'json' }).status).toBe(503);
    expect(() => pages.page({ code: 'DEGRADED', format: 'html' })).toThrow(/not an error code/);
    expect(() => pages.page({ code: 'NOPE', format: 'html' })).toThrow(/not an error code/);
    expect(() => pages.page({ status: 200, format: 'html' })).toThrow(/400\.\.599/);
    expect(() => pages.page({ status: 500, format: 'html', locale: 'fr' })).toThrow(/offered: en, ar, es, de/);
    expect(() => pages.page({ status: 500, format: 'xml' as 'html' })).toThrow(/format/);
  });

  it('reports the placeholders a page shows unfilled, and fills them from values', () => {
    expect(pages.page({ code: 'MAINTENANCE', format: 'text' }).missing).toEqual([]);
    expect(pages.page({ code: 'PAYLOAD_TOO_LARGE', format: 'text' }).missing).toEqual(['maxSize']);
    const filled = pages.page({ code: 'MAINTENANCE', format: 'text', values: { availableAt: new Date('2030-01-01T06:00:00Z') } });
    expect(filled.missing).toEqual([]);
    expect(filled.body).not.toContain('[availableAt]');
    // With the time, the page prints it rather than the copy written for no time.
    expect(filled.body).not.toBe(pages.page({ code: 'MAINTENANCE', format: 'text' }).body);
    // A select falls back to its `other` branch, which reads fine: nothing missing.
    expect(pages.page({ code: 'INTERNAL', format: 'text' }).missing).toEqual([]);
  });

  it('offers the default locale first and every status of an error entry', () => {
    expect(pages.locales[0]).toBe('en');
    expect([...pages.locales].sort()).toEqual([...builtinCatalog.locales].sort());
    expect(pages.statuses).toEqual([...new Set(builtinCatalog.entries.filter((e) => e.kind === 'error').map((e) => e.status))].sort((a, b) => a - b));
    expect(createStaticPages({ catalog: miniCatalog, locales: ['ar', 'es'] }).locales).toEqual(['ar', 'es']);
  });
});

describe('staticCodeFor', () => {
  it('picks the first entry of the status whose copy needs no value, else the generic one of its class', () => {
    expect(staticCodeFor(builtinCatalog, 404)).toBe('NOT_FOUND');
    expect(staticCodeFor(builtinCatalog, 504)).toBe('UPSTREAM_TIMEOUT');
    // A generic 503 (a proxy's, an error backend's) says the service is unavailable, never that it
    // is closed for planned work: SERVICE_UNAVAILABLE comes first and reads well without a time.
    expect(staticCodeFor(builtinCatalog, 503)).toBe('SERVICE_UNAVAILABLE');
    expect(builtinCatalog.entries.findIndex((e) => e.code === 'SERVICE_UNAVAILABLE')).toBeLessThan(
      builtinCatalog.entries.findIndex((e) => e.code === 'MAINTENANCE'),
    );
    expect(staticCodeFor(builtinCatalog, 429)).toBe('RATE_LIMITED');
    // PAYLOAD_TOO_LARGE prints its size and has no copy without it.
    expect(staticCodeFor(builtinCatalog, 413)).toBe('BAD_REQUEST');
    expect(staticCodeFor(builtinCatalog, 418)).toBe('BAD_REQUEST');
    expect(staticCodeFor(builtinCatalog, 503, { values: { availableAt: new Date() } })).toBe('SERVICE_UNAVAILABLE');
    expect(() => staticCodeFor(builtinCatalog, 302)).toThrow(TypeError);
  });

  it("uses a catalog's own entry for the status when it reads well", () => {
    const set = { title: 'The file is too large', description: 'Files can be up to 10 MB.', nextSteps: ['Choose a smaller file.'] };
    const copy = { friendly: set, neutral: set, formal: set };
    // The built-in PAYLOAD_TOO_LARGE prints its size, so a status page cannot use it; this one can.
    const tooBig: CatalogEntryInput = {
      ...(builtinCatalog.get('PAYLOAD_TOO_LARGE') as unknown as CatalogEntryInput),
      code: 'UPLOAD_TOO_BIG',
      args: {},
      links: {},
      // The test is about the choice, not the translation: the same words in every locale.
      messages: Object.fromEntries(builtinCatalog.locales.map((locale) => [locale, copy])),
    };
    const catalog = defineCatalog([tooBig], { extends: builtinCatalog });
    expect(staticCodeFor(catalog, 413, { locales: ['en'] })).toBe('UPLOAD_TOO_BIG');
  });
});
