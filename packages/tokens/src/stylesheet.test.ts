import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { contractProperties } from './cssVarNames.js';
import { themeClass, themeNames } from './index.js';

// The built stylesheet, as `@errata/tokens/tokens.css` ships it (`npm test` builds first).
const cssFile = fileURLToPath(new URL('../dist/index.css', import.meta.url));

describe('dist/index.css', () => {
  test('exists (run the build first)', () => {
    expect(existsSync(cssFile), 'run: node scripts/build.mjs packages/tokens').toBe(true);
  });
  const css = existsSync(cssFile) ? readFileSync(cssFile, 'utf8') : '';

  test.each(themeNames)('defines the %s theme class with every contract property and a color-scheme', (name) => {
    const body = new RegExp(`\\.${themeClass[name]} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    for (const prop of contractProperties) expect(body, `${name} ${prop}`).toContain(`${prop}:`);
    expect(css).toMatch(new RegExp(`\\.${themeClass[name]} \\{\\s*color-scheme: (light|dark|light dark);`));
  });

  test('auto switches to dark values under prefers-color-scheme: dark', () => {
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*\.errata-theme-auto \{\s*--errata-color-text: #/);
  });

  test('forced colors point the colour tokens at system colours', () => {
    const block = /@media \(forced-colors: active\) \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
    expect(block).toContain('--errata-color-focus-ring: Highlight !important');
    expect(block).toContain('--errata-tone-critical-border: CanvasText !important');
  });

  test('loads nothing: no url(), @import or @font-face', () => {
    expect(css).not.toMatch(/url\(|@import|@font-face/);
  });
});
