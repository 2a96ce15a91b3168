import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { sideEffects: unknown };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [relative(packageDir, join(dir, entry.name))],
  );
}

// A bundler drops imports of modules it believes pure; a theme file dropped that way means a
// page with no colours. The field is locked, and every file that emits CSS must match it.
// `src/index.ts` is listed because it pulls the themes in with bare imports: Vite (Rolldown)
// drops a side-effect-free barrel's bare imports, so Storybook, which resolves the package to its
// source, would otherwise get no theme CSS at all.
// The per-theme build entries (src/sheets) import theme stylesheets the same way.
// `src/colour.ts` registers culori's colour modes with top-level `useMode` calls: dropped as
// pure, `parse` knows no colour and every contrast check in Storybook throws.
test('sideEffects lists the CSS-emitting files and the entries that import them', () => {
  expect(pkg.sideEffects).toEqual([
    '**/*.css.ts',
    '**/*.css',
    './src/index.ts',
    './src/sheets/light.ts',
    './src/sheets/dark.ts',
    './src/sheets/high-contrast.ts',
    './src/sheets/auto.ts',
    './src/colour.ts',
  ]);
});

test('every module that emits CSS is named *.css.ts, so the sideEffects globs cover it', () => {
  const emitsCss = /\b(createGlobalTheme|globalStyle|style|createTheme|globalFontFace|keyframes|recipe)\(/;
  const files = sourceFiles(join(packageDir, 'src')).filter((f) => /\.tsx?$/.test(f) && !/\.(test|stories)\.tsx?$/.test(f));
  const emitting = files.filter((f) => emitsCss.test(readFileSync(join(packageDir, f), 'utf8')));
  expect(emitting.length).toBeGreaterThan(0);
  for (const file of emitting) expect(file).toMatch(/\.css\.ts$/);
});

test('every module that imports a stylesheet for its side effect is listed itself', () => {
  const bareCssImport = /^import\s+['"][^'"]+\.css(\.js)?['"];?$/m;
  const files = sourceFiles(join(packageDir, 'src')).filter((f) => /\.tsx?$/.test(f) && !/\.(test|stories)\.tsx?$/.test(f) && !/\.css\.ts$/.test(f));
  const importers = files.filter((f) => bareCssImport.test(readFileSync(join(packageDir, f), 'utf8')));
  expect(importers).toContain('src/index.ts');
  for (const file of importers) expect(pkg.sideEffects).toContain(`./${file}`);
});

test('the stylesheet exports are .css files', () => {
  const exportsMap = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).exports as Record<string, unknown>;
  expect(exportsMap['./tokens.css']).toBe('./dist/index.css');
  for (const name of ['light', 'dark', 'high-contrast', 'auto']) expect(exportsMap[`./themes/${name}.css`]).toBe(`./dist/sheets/${name}.css`);
});
