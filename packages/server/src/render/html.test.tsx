import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { builtinCatalog, tones } from '@errata/catalog';
import { CatalogErrorDocument, type CatalogErrorDocumentProps } from '@errata/react';
import { exampleBrand } from '@errata/tokens';

// Record the props each page is rendered from, so the test can render them through React itself.
const seen = vi.hoisted(() => ({ props: undefined as CatalogErrorDocumentProps | undefined }));
vi.mock('./html.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./html.js')>();
  return {
    ...actual,
    createHtmlRenderer: (options: Parameters<typeof actual.createHtmlRenderer>[0]) => {
      const renderer = actual.createHtmlRenderer(options);
      return {
        ...renderer,
        render(ctx: Parameters<typeof renderer.render>[0]) {
          seen.props = renderer.props(ctx);
          return renderer.render(ctx);
        },
      };
    },
  };
});

const { createErrata } = await import('../create-errata.js');
const { ErrataError } = await import('../errata-error.js');

const react = (props: CatalogErrorDocumentProps | undefined) => {
  if (!props) throw new Error('no page was rendered');
  return `<!DOCTYPE html>${renderToStaticMarkup(<CatalogErrorDocument {...props} />)}`;
};

describe('server pages are the components’ markup', () => {
  it('the fast path gives exactly a plain React render of the same props: every built-in code, locale and tone, with and without retry notice and diagnostics', () => {
    let compared = 0;
    for (const tone of tones) {
      const errata = createErrata({
        mode: 'production',
        defaultTone: tone,
        serviceName: 'Acme Shop',
        links: { home: '/', support: '/support', status: 'https://status.example.com', signIn: '/sign-in' },
        diagnostics: { authorize: (request) => (request.headers as Record<string, string>)['x-engineer'] === 'yes' },
      });
      for (const entry of builtinCatalog.entries.filter((e) => e.kind === 'error')) {
        for (const locale of builtinCatalog.locales) {
          for (const retry of [false, true]) {
            for (const diagnostics of [false, true]) {
              seen.props = undefined;
              const error = new ErrataError(entry.code, { ...(retry ? { retryAfter: 30 } : {}), message: "ledger <db-7> isn't reachable" });
              const res = errata.render(error, {
                method: 'GET',
                url: "/orders/o'brien?page=2",
                headers: { accept: 'text/html', 'accept-language': locale, ...(diagnostics ? { 'x-engineer': 'yes' } : {}) },
              });
              const where = `${entry.code} ${locale} ${tone} retry=${retry} diagnostics=${diagnostics}`;
              expect(res.headers['content-type'], where).toBe('text/html; charset=utf-8');
              const props = seen.props as CatalogErrorDocumentProps | undefined;
              expect(Boolean(props?.retry), where).toBe(retry);
              expect(Boolean(props?.diagnostics), where).toBe(diagnostics);
              expect(res.body, where).toBe(react(props));
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBe(3 * builtinCatalog.entries.filter((e) => e.kind === 'error').length * builtinCatalog.locales.length * 4);
  });

  it('holds with a brand, a nonce, an exposed message and the development panel', () => {
    const errata = createErrata({ mode: 'development', brand: exampleBrand, nonce: true, theme: 'dark' });
    for (const error of [new ErrataError('VALIDATION_FAILED', { expose: true, message: 'Field "email" <is> required' }), new Error('boom'), null]) {
      seen.props = undefined;
      const res = errata.render(error, { url: '/x', headers: { accept: 'text/html', 'accept-language': 'ar' } });
      expect(res.body).toBe(react(seen.props));
    }
  });

  it('the fallback page is the components’ markup too', () => {
    const errata = createErrata({
      mode: 'production',
      onError: () => {
        throw new Error('logger down');
      },
    });
    const res = errata.render(new Error('x'), { headers: { accept: 'text/html', 'x-request-id': 'abc-1' } });
    expect(res.status).toBe(500);
    expect(res.body).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr" class="errata-theme-auto /);
    expect(res.body).toContain('<code class="');
    expect(res.body).toContain('>abc-1</code>');
  });
});
