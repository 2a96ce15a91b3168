import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, formatMessage, formatUi, tones, uiStrings } from '@errata/catalog';
import { exampleBrand, themeNames } from '@errata/tokens';
// The built sheets (the package's own export): the CSS files exist only in dist/.
import { pageStylesheetFor } from '@errata/react/stylesheet';
import type { CatalogErrorDocumentProps } from '../CatalogErrorDocument/CatalogErrorDocument.js';
import { CatalogErrorFragment } from '../CatalogErrorFragment/CatalogErrorFragment.js';
import { DiagnosticsPanel } from '../DiagnosticsPanel/DiagnosticsPanel.js';
import { ErrorStyles } from '../ErrorDocument/ErrorDocument.js';
import { compileErrorFragment, fragmentTitle } from './errorFragment.js';
import { errorPageParts, errorPageSlots } from './errorPage.js';
import { sha256Source } from './hash.js';
import { fillTemplate, filledText } from './template.js';

// The components, rendered plainly: what the fast path must equal byte for byte.
const reference = (props: CatalogErrorDocumentProps) => ({
  content: renderToStaticMarkup(<CatalogErrorFragment {...props} />),
  head: renderToStaticMarkup(
    <ErrorStyles
      stylesheet={props.stylesheet}
      {...(props.brandStyle ? { brand: props.brandStyle } : {})}
      {...(props.nonce !== undefined ? { nonce: props.nonce } : {})}
    />,
  ),
});
const fast = (props: CatalogErrorDocumentProps) => {
  const { shape, values } = errorPageParts(props);
  const compiled = compileErrorFragment(shape);
  const slots = errorPageSlots(values, props.links);
  return { content: filledText(fillTemplate(compiled.content, slots)), head: filledText(fillTemplate(compiled.head, slots)) };
};

const links = { home: '/', support: '/support', status: 'https://status.example.com', signIn: '/sign-in' };
const at = new Date(Date.UTC(2026, 10, 21, 14, 30));
const diagnostics = (
  <DiagnosticsPanel
    name="TypeError"
    message={`Cannot read "id" & <more>`}
    stack="TypeError: x"
    frames={[]}
    causes={[]}
    request={{ method: 'GET', path: '/a', query: {}, headers: {} }}
  />
);

describe('the error page parts template', () => {
  it('gives the same content and head as rendering CatalogErrorFragment and ErrorStyles, for every built-in code, locale and tone', () => {
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
          const base: CatalogErrorDocumentProps = {
            theme: 'auto',
            stylesheet: pageStylesheetFor('auto'),
            message,
            entry,
            links,
            traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
            ui: uiStrings(message.locale),
            currentHref: "/journeys/o'brien?x=1&y=<2>",
          };
          for (const props of [
            base,
            { ...base, retry: { text: formatUi(locale, 'retryAfterSeconds', { seconds: 30 }), seconds: 30 } },
            { ...base, diagnostics, nonce: 'bm9uY2UtdmFsdWU=' },
          ]) {
            expect(fast(props), `${entry.code} ${locale} ${tone}`).toEqual(reference(props));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('holds for brands, every theme, RTL and hostile values; the content has no document, landmark or brand chrome', () => {
    const message = formatMessage(builtinCatalog, 'NOT_FOUND', { locale: 'ar' });
    for (const theme of themeNames) {
      const props: CatalogErrorDocumentProps = {
        theme,
        stylesheet: pageStylesheetFor(theme),
        brandStyle: exampleBrand,
        siteName: exampleBrand.name,
        brand: { name: exampleBrand.name, homeHref: '/' },
        footer: 'Northwind & co',
        message: { ...message, title: `<script>alert('x')</script>` },
        entry: builtinCatalog.get('NOT_FOUND'),
        links: { home: 'javascript:alert(1)' },
        traceId: `"><img src=x onerror=alert(1)>`,
        ui: uiStrings('ar'),
      };
      const parts = fast(props);
      expect(parts).toEqual(reference(props));
      expect(parts.content).toMatch(new RegExp(`^<div class="errata-theme-${theme} ${exampleBrand.className} [^"]+" lang="ar" dir="rtl">`));
      expect(parts.content).not.toMatch(/<(html|head|body|main|header|footer|style|title)\b/);
      expect(parts.content).not.toContain('<script>');
      expect(parts.content.match(/<h1\b/g)).toHaveLength(1);
      expect(parts.head.match(/<style>/g)).toHaveLength(2);
    }
  });

  it('reports each <style> with its CSP hash, and the title the document would have', () => {
    const props: CatalogErrorDocumentProps = {
      theme: 'light',
      stylesheet: { css: 'body{color:red}' },
      brandStyle: exampleBrand,
      message: formatMessage(builtinCatalog, 'GONE', {}),
      entry: builtinCatalog.get('GONE'),
      links: {},
      traceId: 'x',
      ui: uiStrings('en'),
    };
    const { styles } = compileErrorFragment(errorPageParts(props).shape);
    expect(styles).toEqual([
      { css: 'body{color:red}', hash: sha256Source('body{color:red}') },
      { css: exampleBrand.css, hash: sha256Source(exampleBrand.css) },
    ]);
    expect(fragmentTitle(props)).toBe(`${props.message.title} – ${exampleBrand.name}`);
    expect(fragmentTitle({ ...props, siteName: 'Acme Shop' })).toBe(`${props.message.title} – Acme Shop`);
  });
});
