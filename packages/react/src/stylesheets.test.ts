import { createHash } from 'node:crypto';
import { themeNames, type ThemeName } from '@errata/tokens';
import { describe, expect, test } from 'vitest';
// The built module (scripts/build.mjs writes it), as a server imports it.
import { pageStylesheetFor, pageStylesheets, stylesheet, stylesheetFor, stylesheets } from '@errata/react/stylesheet';

const sha256 = (css: string) => `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
/** Built-in theme classes a sheet names, e.g. `errata-theme-dark`. */
const themeClassesIn = (css: string) => new Set([...css.matchAll(/\.errata-theme-([a-z-]+?)(?![\w-])/g)].map((m) => m[1]));
/** Hashed component classes (vanilla-extract `identifiers: 'short'`), e.g. `_14gstle0`. */
const componentClassesIn = (css: string) => new Set([...css.matchAll(/\.(?!errata-)([\w-]+)/g)].map((m) => m[1]));

describe('@errata/react/stylesheet per-theme sheets', () => {
  test.each(themeNames)('the %s sheet names its own theme class and no other, and its hash is its sha256', (theme) => {
    const sheet = stylesheets[theme];
    expect([...themeClassesIn(sheet.css)]).toEqual([theme]);
    expect(sheet.hash).toBe(sha256(sheet.css));
    expect(stylesheetFor(theme)).toBe(sheet);
  });

  test.each(themeNames)('the %s sheet has every component rule of the full sheet, the forced-colors overrides, and is smaller', (theme) => {
    const sheet = stylesheets[theme];
    expect([...componentClassesIn(sheet.css)].sort()).toEqual([...componentClassesIn(stylesheet.css)].sort());
    expect(sheet.css).toMatch(/@media\s*\(forced-colors:\s*active\)\s*\{\[class\*=errata-theme-\]/);
    expect(sheet.css.length).toBeLessThan(stylesheet.css.length * 0.8);
  });

  test('auto switches to dark colours under prefers-color-scheme; the fixed themes do not', () => {
    expect(stylesheets.auto.css).toMatch(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\.errata-theme-auto\{/);
    for (const theme of themeNames.filter((name) => name !== 'auto')) expect(stylesheets[theme].css).not.toContain('prefers-color-scheme');
  });

  test('the full sheet keeps every theme, and an unknown theme gets it', () => {
    expect([...themeClassesIn(stylesheet.css)].sort()).toEqual([...themeNames].sort());
    expect(stylesheet.hash).toBe(sha256(stylesheet.css));
    expect(stylesheetFor('sepia' as ThemeName)).toBe(stylesheet);
  });
});

describe('@errata/react/stylesheet page sheets', () => {
  test.each(themeNames)('the %s page sheet has its theme only, no Banner rules, and styles every class of a full page', async (theme) => {
    const { createElement: h } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    // The built components, so class names are the ones the built CSS defines.
    const { Banner, ErrorDocument, ErrorPage } = await import('@errata/react');
    const sheet = pageStylesheets[theme];
    expect(pageStylesheetFor(theme)).toBe(sheet);
    expect([...themeClassesIn(sheet.css)]).toEqual([theme]);
    expect(sheet.hash).toBe(sha256(sheet.css));
    expect(sheet.css.length).toBeLessThan(stylesheets[theme].css.length);
    // Tokens: the theme declares every one the page reads, and only those (no banner tones).
    const read = new Set([...sheet.css.matchAll(/var\((--errata-[\w-]+)/g)].map((m) => m[1]));
    const themeBlock = new RegExp(`\\.errata-theme-${theme}\\{([^}]*)\\}`).exec(sheet.css)?.[1] ?? '';
    const declared = new Set([...themeBlock.matchAll(/(--errata-[\w-]+):/g)].map((m) => m[1]));
    expect(read.size).toBeGreaterThan(20);
    expect([...read].filter((name) => !declared.has(name))).toEqual([]);
    expect([...declared].filter((name) => !read.has(name))).toEqual([]);
    // No banner tones: only the error summary's border colour.
    expect([...new Set(sheet.css.match(/--errata-tone-[\w-]+/g))]).toEqual(['--errata-tone-critical-border']);

    const labels = {
      reference: 'Reference',
      quoteReference: 'Quote it.',
      statusPage: 'Status',
      diagnostics: 'Diagnostics',
      skipToContent: 'Skip',
      nextSteps: 'Next',
    };
    const page = h(ErrorPage, {
      brand: { name: 'Northwind', homeHref: '/' },
      labels,
      title: 'Broken',
      eyebrow: 'Error 500',
      description: 'Not you.',
      nextSteps: ['Try again.'],
      primaryAction: { label: 'Try again', href: '/x' },
      alternative: 'Or go home.',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      statusHref: 'https://status.example.com/',
      retry: { text: 'In 30 s.', seconds: 30 },
      diagnostics: h('pre', null, 'Error: boom'),
    });
    const html = renderToStaticMarkup(h(ErrorDocument, { lang: 'en', dir: 'ltr', title: 'Broken', theme, stylesheet: sheet, children: page }));
    const classes = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/).filter(Boolean)));
    expect(classes.size).toBeGreaterThan(20);
    expect([...classes].filter((name) => !new RegExp(`\\.${name}(?![\\w-])`).test(sheet.css))).toEqual([]);

    // A banner's classes are the ones left out.
    const banner = renderToStaticMarkup(h(Banner, { tone: 'warning', title: 'Slow' }, 'Body'));
    const bannerOnly = [...banner.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)).filter((name) => name && !classes.has(name));
    expect(bannerOnly.length).toBeGreaterThan(0);
    for (const name of bannerOnly) {
      expect(sheet.css, name).not.toMatch(new RegExp(`\\.${name}(?![\\w-])`));
      expect(stylesheets[theme].css, name).toMatch(new RegExp(`\\.${name}(?![\\w-])`));
    }
  });
});
