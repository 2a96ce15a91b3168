import { createHash } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, formatMessage, formatUi, tones, uiStrings } from '@errata/catalog';
import { exampleBrand, themeNames } from '@errata/tokens';
import { CatalogErrorDocument, type CatalogErrorDocumentProps } from '../CatalogErrorDocument/CatalogErrorDocument.js';
import { DiagnosticsPanel } from '../DiagnosticsPanel/DiagnosticsPanel.js';
// The built sheets (the package's own export): the CSS files exist only in dist/.
import { pageStylesheetFor } from '@errata/react/stylesheet';
import { compileErrorPage, errorPageParts, errorPageSlots, messageSlots, requestSlots } from './errorPage.js';
import { bindTemplate, fillTemplate, filledText } from './template.js';

const reference = (props: CatalogErrorDocumentProps) => `<!DOCTYPE html>${renderToStaticMarkup(<CatalogErrorDocument {...props} />)}`;
/** As the server does it: the page compiled per shape, bound to its message, filled per request. */
const fast = (props: CatalogErrorDocumentProps) => {
  const { shape, values, fixed } = errorPageParts(props);
  const options = { supportReferenceParam: fixed.supportReferenceParam, traceId: values.traceId !== '' };
  const bound = bindTemplate(compileErrorPage(shape).template, messageSlots(values.message, props.links, options));
  return filledText(fillTemplate(bound, requestSlots(values)));
};
/** In one go, for a caller that fills a page once. */
const oneShot = (props: CatalogErrorDocumentProps) => {
  const { shape, values, fixed } = errorPageParts(props);
  const options = fixed.supportReferenceParam ? { supportReferenceParam: fixed.supportReferenceParam } : {};
  return filledText(fillTemplate(compileErrorPage(shape).template, errorPageSlots(values, props.links, options)));
};

const links = { home: '/', support: '/support', status: 'https://status.example.com', signIn: '/sign-in' };
const at = new Date(Date.UTC(2026, 10, 21, 14, 30));
const diagnostics = (
  <DiagnosticsPanel
    name="TypeError"
    message={`Cannot read "id" of undefined & <more>`}
    stack={'TypeError: x\n    at handler (/srv/app.js:10:5)'}
    frames={[
      {
        file: 'app.js',
        line: 10,
        column: 5,
        lines: [
          { number: 9, text: 'const a = 1;', current: false },
          { number: 10, text: 'a.b.c <x>', current: true },
        ],
      },
    ]}
    causes={[{ name: 'Error', message: "upstream's answer", code: 'ECONNRESET', stack: 'Error: y' }]}
    request={{ method: 'POST', path: '/orders/42', query: { q: '"x"' }, headers: { accept: 'text/html' } }}
  />
);

describe('the error page template', () => {
  it('gives the same HTML as rendering CatalogErrorDocument, for every built-in code, locale and tone, with and without retry notice and diagnostics', () => {
    let compared = 0;
    for (const entry of builtinCatalog.entries.filter((e) => e.kind === 'error')) {
      for (const locale of builtinCatalog.locales) {
        for (const tone of tones) {
          const message = formatMessage(builtinCatalog, entry.code, {
            locale,
            tone,
            values: { retryAfterSeconds: 30, availableAt: at, answersSaved: 'yes' },
            timeZone: 'UTC',
          });
          const ui = uiStrings(message.locale);
          const base: CatalogErrorDocumentProps = {
            theme: 'auto',
            stylesheet: pageStylesheetFor('auto'),
            message,
            entry,
            links,
            traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
            ui,
            currentHref: "/journeys/o'brien?x=1&y=<2>",
            // The server's default: every support link carries the reference.
            supportReferenceParam: 'ref',
          };
          const variants: CatalogErrorDocumentProps[] = [
            base,
            { ...base, retry: { text: formatUi(locale, 'retryAfterSeconds', { seconds: 30 }), seconds: 30 } },
            { ...base, retry: { text: formatUi(locale, 'retryAt', { time: at }, { timeZone: 'UTC' }), at } },
            { ...base, diagnostics },
            { ...base, retry: { text: 'Later & sooner' }, diagnostics, nonce: 'bm9uY2UtdmFsdWU=' },
          ];
          for (const props of variants) {
            expect(fast(props), `${entry.code} ${locale} ${tone}`).toBe(reference(props));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('holds for brands, every theme, a footer, RTL and hostile values', () => {
    const message = formatMessage(builtinCatalog, 'NOT_FOUND', { locale: 'ar' });
    for (const theme of themeNames) {
      const props: CatalogErrorDocumentProps = {
        theme,
        stylesheet: pageStylesheetFor(theme),
        brandStyle: exampleBrand,
        siteName: exampleBrand.name,
        brand: { name: exampleBrand.name, homeHref: '/' },
        footer: 'هذه الصفحة من <Northwind> & "co"',
        message: { ...message, title: `<script>alert('x')</script>`, description: ['a & b ', { tag: 'home', children: '<home>' }, " 'c'"] },
        entry: builtinCatalog.get('NOT_FOUND'),
        links: { home: 'javascript:alert(1)', support: '/s?a=1&b=2' },
        // The support link carries the hostile reference too: percent-encoded, then escaped.
        supportReferenceParam: 'ref',
        traceId: `"><img src=x onerror=alert(1)>`,
        ui: uiStrings('ar'),
      };
      expect(fast(props)).toBe(reference(props));
      expect(oneShot(props)).toBe(reference(props));
    }
  });

  it('treats a path that is not same-origin as no path, as the component does', () => {
    const entry = builtinCatalog.get('INTERNAL');
    const message = formatMessage(builtinCatalog, 'INTERNAL', { locale: 'en' });
    for (const currentHref of ['//evil.example/x', 'javascript:alert(1)', '/a b', '/ok/path', undefined]) {
      const props: CatalogErrorDocumentProps = {
        theme: 'light',
        stylesheet: pageStylesheetFor('light'),
        message,
        entry,
        links: {},
        traceId: 'abc',
        ui: uiStrings('en'),
        ...(currentHref !== undefined ? { currentHref } : {}),
      };
      expect(fast(props), String(currentHref)).toBe(reference(props));
    }
  });

  it('keys the template by shape only: one compiled shape serves any values of that shape', () => {
    const entry = builtinCatalog.get('RATE_LIMITED');
    const make = (seconds: number, trace: string): CatalogErrorDocumentProps => ({
      theme: 'dark',
      stylesheet: pageStylesheetFor('dark'),
      entry,
      links,
      traceId: trace,
      ui: uiStrings('de'),
      message: formatMessage(builtinCatalog, 'RATE_LIMITED', { locale: 'de', values: { retryAfterSeconds: seconds } }),
      retry: { text: formatUi('de', 'retryAfterSeconds', { seconds }), seconds },
      currentHref: `/search/${seconds}`,
    });
    const first = errorPageParts(make(5, 'a'));
    const compiled = compileErrorPage(first.shape);
    for (const [seconds, trace] of [
      [5, 'a'],
      [61, 'b-2'],
      [3600, 'c.3'],
    ] as const) {
      const props = make(seconds, trace);
      const { shape, values } = errorPageParts(props);
      expect(shape).toEqual(first.shape);
      expect(filledText(fillTemplate(compiled.template, errorPageSlots(values, links)))).toBe(reference(props));
    }
  });

  it('reports a CSP hash for each <style> it renders', () => {
    const { shape } = errorPageParts({
      theme: 'auto',
      stylesheet: { css: 'body{color:red}' },
      brandStyle: exampleBrand,
      message: formatMessage(builtinCatalog, 'GONE', {}),
      entry: builtinCatalog.get('GONE'),
      links: {},
      traceId: 'x',
      ui: uiStrings('en'),
    });
    const { styleSources } = compileErrorPage(shape);
    expect(styleSources).toHaveLength(2);
    expect(styleSources[0]).toBe(`'sha256-${createHash('sha256').update('body{color:red}').digest('base64')}'`);
  });
});
