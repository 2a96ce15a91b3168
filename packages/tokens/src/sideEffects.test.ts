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
test('sideEffects lists the CSS-emitting files and nothing else', () => {
  expect(pkg.sideEffects).toEqual(['**/*.css.ts', '**/*.css']);
});

test('every module that emits CSS is named *.css.ts, so the sideEffects globs cover it', () => {
  const emitsCss = /\b(createGlobalTheme|globalStyle|style|createTheme|globalFontFace|keyframes|recipe)\(/;
  const files = sourceFiles(join(packageDir, 'src')).filter((f) => /\.tsx?$/.test(f) && !/\.(test|stories)\.tsx?$/.test(f));
  const emitting = files.filter((f) => emitsCss.test(readFileSync(join(packageDir, f), 'utf8')));
  expect(emitting.length).toBeGreaterThan(0);
  for (const file of emitting) expect(file).toMatch(/\.css\.ts$/);
});

test('the stylesheet export is a .css file', () => {
  const exportsMap = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).exports as Record<string, unknown>;
  expect(exportsMap['./tokens.css']).toBe('./dist/index.css');
});
