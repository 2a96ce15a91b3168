import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { stylesheet } from '@errata/react/stylesheet';
import { exampleBrand, themeClass } from '@errata/tokens';
import { createHash } from 'node:crypto';
import { withPreferences, type Preferences } from '../preferences.js';
import { demoCss, demoCssHash } from './demo-css.js';

export interface InlineStyle {
  readonly css: string;
  readonly hash: string;
}

export interface RenderedPage {
  readonly html: string;
  /** Content-Security-Policy allowing exactly the inlined styles; pages have no script. */
  readonly csp: string;
}

const brandStyle: InlineStyle = {
  css: exampleBrand.css,
  hash: `sha256-${createHash('sha256').update(exampleBrand.css, 'utf8').digest('base64')}`,
};

function rootClass(prefs: Preferences): string {
  return prefs.theme === 'brand' ? `${themeClass.auto} ${exampleBrand.className}` : themeClass[prefs.theme];
}

/** The demo's own pages: the Errata stylesheet and tokens, a header, one main, a footer. */
export function renderPage(options: { prefs: Preferences; title: string; children: ReactNode; styles?: readonly InlineStyle[] }): RenderedPage {
  const { prefs } = options;
  const styles: InlineStyle[] = [stylesheet, { css: demoCss, hash: demoCssHash }];
  if (prefs.theme === 'brand') styles.push(brandStyle);
  for (const extra of options.styles ?? []) if (!styles.some((s) => s.hash === extra.hash)) styles.push(extra);
  // The demo's own copy is English whatever `lang` says; only the error pages are translated.
  const page = (
    <html lang="en" dir="ltr" className={rootClass(prefs)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content={prefs.theme === 'dark' ? 'dark' : prefs.theme === 'light' ? 'light' : 'light dark'} />
        <title>{`${options.title} – Errata demo`}</title>
        {styles.map((s) => (
          <style key={s.hash} dangerouslySetInnerHTML={{ __html: s.css }} />
        ))}
      </head>
      <body>
        <a className="demo-skip" href="#main">
          Skip to main content
        </a>
        <header className="demo-header">
          <div>
            <a href={withPreferences('/', prefs)}>Errata demo</a>
          </div>
        </header>
        <main id="main" className="demo-main" tabIndex={-1}>
          {options.children}
        </main>
        <footer className="demo-footer">
          <div>
            <p className="demo-muted">
              Every error page here is rendered by <code>@errata/server</code>; every other page uses its stylesheet and tokens.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
  const styleSources = styles.map((s) => `'${s.hash}'`).join(' ');
  return {
    html: `<!doctype html>${renderToStaticMarkup(page)}`,
    csp: `default-src 'none'; style-src ${styleSources}; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  };
}
