import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { contractProperties } from './cssVarNames.js';
import { themeClass, themeNames, themeValues } from './index.js';

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

  test('auto switches every colour to the dark theme under prefers-color-scheme: dark', () => {
    const block = /@media \(prefers-color-scheme: dark\) \{\s*\.errata-theme-auto \{([^}]*)\}/.exec(css)?.[1] ?? '';
    const declared = [...block.matchAll(/(--[a-z-]+): ([^;]+);/g)].map((m) => [m[1], m[2]] as const);
    const colours = contractProperties.filter((p) => p.startsWith('--errata-color-') || p.startsWith('--errata-tone-'));
    expect(declared.map(([p]) => p).sort()).toEqual([...colours].sort());
    expect(Object.fromEntries(declared)['--errata-color-background']).toBe(themeValues.dark.color.background);
    // Type, spacing and widths are the same in light and dark, so auto declares them once.
    expect(themeValues.dark.fontSize).toEqual(themeValues.light.fontSize);
    expect([themeValues.dark.spaceUnit, themeValues.dark.radius, themeValues.dark.borderWidth]).toEqual([
      themeValues.light.spaceUnit,
      themeValues.light.radius,
      themeValues.light.borderWidth,
    ]);
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

// One sheet per theme (build entries src/sheets/*.ts), so a page inlines only its own theme.
describe.each(themeNames)('dist/sheets/%s.css', (name) => {
  const file = fileURLToPath(new URL(`../dist/sheets/${name}.css`, import.meta.url));
  const css = existsSync(file) ? readFileSync(file, 'utf8') : '';

  test('defines its theme class with every contract property, and names no other theme', () => {
    expect(existsSync(file), 'run: node scripts/build.mjs packages/tokens').toBe(true);
    const body = new RegExp(`\\.${themeClass[name]} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    for (const prop of contractProperties) expect(body, `${name} ${prop}`).toContain(`${prop}:`);
    const named = new Set([...css.matchAll(/\.errata-theme-([a-z-]+?)(?![\w-])/g)].map((m) => m[1]));
    expect([...named]).toEqual([name]);
  });

  test('ends with the forced-colors overrides, which cover any theme or brand class', () => {
    const at = css.indexOf('@media (forced-colors: active)');
    expect(at).toBeGreaterThan(css.indexOf(`.${themeClass[name]} {`));
    expect(css.slice(at)).toContain('--errata-color-focus-ring: Highlight !important');
    expect(css.slice(at)).toMatch(/\[class\*=errata-theme-\],\s*\[class\*=errata-brand-\]/);
  });
});

describe('dist/index.js', () => {
  test('plain Node gets the same public API and brand output as the source', async () => {
    const source = await import('./index.js');
    const built = (await import('@errata/tokens')) as typeof source;
    // Two module instances: the package name resolves to dist/, not back to the source.
    expect(built.defineBrand).not.toBe(source.defineBrand);
    expect(Object.keys(built).sort()).toEqual(Object.keys(source).sort());
    expect(built.exampleBrand.css).toBe(source.exampleBrand.css);
    expect(built.vars).toEqual(source.vars);
    expect(() => built.defineBrand({ name: 'X', colors: { brand: 'red;x', textOnBrand: '#fff', link: '#0b3f8f', focusRing: '#0b3f8f' } })).toThrow(
      built.BrandError,
    );
  });
});
