import { createHash } from 'node:crypto';
import { themeNames, type ThemeName } from '@errata/tokens';
import { describe, expect, test } from 'vitest';
// The built module (scripts/build.mjs writes it), as a server imports it.
import { stylesheet, stylesheetFor, stylesheets } from '@errata/react/stylesheet';

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
    for (const theme of ['light', 'dark', 'high-contrast'] as const) expect(stylesheets[theme].css).not.toContain('prefers-color-scheme');
  });

  test('the full sheet keeps every theme, and an unknown theme gets it', () => {
    expect([...themeClassesIn(stylesheet.css)].sort()).toEqual([...themeNames].sort());
    expect(stylesheet.hash).toBe(sha256(stylesheet.css));
    expect(stylesheetFor('sepia' as ThemeName)).toBe(stylesheet);
  });
});
