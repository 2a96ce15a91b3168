#!/usr/bin/env node
// One build for every workspace, in dependency order:
//   1. `tsc -b` emits declarations (and type-checks the libraries);
//   2. esbuild + the vanilla-extract plugin emits ESM JavaScript and extracts CSS;
//   3. @errata/react gets one static stylesheet (all theme tokens + components), one per
//      built-in theme (that theme's tokens + components; see themeSheets), one per theme for a
//      whole page (that theme's tokens + the CSS of react's `page-styles` entry) and a module
//      exposing their text and CSP hashes, so a server needs no bundler to inline them.
// Entries come from each package's `exports` map (./dist/X.js <- ./src/X.ts[x]) and `bin`.
import { build, transform } from 'esbuild';
import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const order = ['packages/tokens', 'packages/catalog', 'packages/lint', 'packages/cli', 'packages/react', 'packages/server', 'apps/demo'];
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const skipTypes = process.argv.includes('--no-types');

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function entriesOf(dir, pkg) {
  const targets = new Set();
  const collect = (value) => {
    if (typeof value === 'string') targets.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports ?? {});
  collect(pkg.bin ?? {});
  if (pkg.errataBuild?.entries) pkg.errataBuild.entries.forEach((e) => targets.add(e));
  const entries = [];
  for (const target of targets) {
    const m = /^\.\/dist\/(.+)\.js$/.exec(target);
    if (!m) continue;
    const base = join(dir, 'src', m[1]);
    const source = ['.ts', '.tsx'].map((ext) => base + ext).find((f) => existsSync(f));
    // A dist file with no source (e.g. react's stylesheet.js) is generated below.
    if (source && !(pkg.errataBuild?.generated ?? []).includes(target)) entries.push(source);
  }
  return entries;
}

async function buildPackage(rel) {
  const dir = join(root, rel);
  const pkg = readJson(join(dir, 'package.json'));
  const external = [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ].flatMap((name) => [name, `${name}/*`]);
  const entryPoints = entriesOf(dir, pkg);
  if (entryPoints.length === 0) return;
  const result = await build({
    entryPoints,
    outdir: join(dir, 'dist'),
    outbase: join(dir, 'src'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    sourcemap: 'linked',
    external,
    logLevel: 'warning',
    metafile: true,
    // Short, readable class names; stable across builds of the same source.
    plugins: [vanillaExtractPlugin({ identifiers: 'short' })],
  });
  if (pkg.bin) {
    for (const target of Object.values(pkg.bin)) {
      const file = join(dir, target);
      const text = readFileSync(file, 'utf8');
      if (!text.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${text}`, { mode: 0o755 });
    }
  }
  return result;
}

/** Minified CSS of the files, in order, and its CSP source (`sha256-<base64>` of exactly that text). */
async function sheetOf(files) {
  const parts = files.filter((f) => existsSync(f)).map((f) => readFileSync(f, 'utf8'));
  const { code } = await transform(parts.join('\n'), { loader: 'css', minify: true, target: ['chrome111', 'firefox113', 'safari16.4'] });
  const css = code.trim();
  return { css, hash: `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}` };
}

/**
 * A sheet without the `--errata-*` declarations it never reads through `var()`: for the page
 * sheets, whose components are known. Their theme still declares every token (tone colours for
 * banners, ...), which a page without banners would otherwise carry in every block (theme, dark,
 * forced colors, print). Token values hold no `;` or `}`, so a declaration ends at the first one.
 */
async function withoutUnreadTokens(sheet) {
  const read = new Set([...sheet.css.matchAll(/var\((--errata-[\w-]+)/g)].map((m) => m[1]));
  const pruned = sheet.css.replace(/(?<=[{;])(--errata-[\w-]+):[^;}]*;?/g, (decl, name) => (read.has(name) ? decl : ''));
  const { code } = await transform(pruned, { loader: 'css', minify: true, target: ['chrome111', 'firefox113', 'safari16.4'] });
  const css = code.trim();
  return { css, hash: `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}` };
}

/**
 * Per-theme token sheets: every `./themes/<name>.css` in @errata/tokens' exports map (each one a
 * build entry there, so esbuild extracts one CSS file per theme). A page inlines only its own
 * theme; the full sheet stays for host pages whose theme errata does not choose.
 */
function themeSheets() {
  const dir = join(root, 'packages/tokens');
  const exportsMap = readJson(join(dir, 'package.json')).exports ?? {};
  return Object.entries(exportsMap).flatMap(([key, target]) => {
    const m = /^\.\/themes\/([a-z-]+)\.css$/.exec(key);
    return m && typeof target === 'string' ? [[m[1], join(dir, target)]] : [];
  });
}

async function writeStylesheet() {
  const tokensCss = join(root, 'packages/tokens/dist/index.css');
  const reactCss = join(root, 'packages/react/dist/index.css');
  // The CSS of the react build entry `page-styles` (what a whole page renders, no Banner).
  const pageCss = join(root, 'packages/react/dist/page-styles.css');
  // Theme tokens first, then components: the cascade order the components rely on.
  const full = await sheetOf([tokensCss, reactCss]);
  const themes = {};
  const pages = {};
  for (const [name, file] of themeSheets()) {
    themes[name] = await sheetOf([file, reactCss]);
    if (existsSync(pageCss)) pages[name] = await withoutUnreadTokens(await sheetOf([file, pageCss]));
  }
  const dist = join(root, 'packages/react/dist');
  mkdirSync(join(dist, 'styles'), { recursive: true });
  writeFileSync(join(dist, 'styles.css'), full.css);
  for (const [name, sheet] of Object.entries(themes)) writeFileSync(join(dist, 'styles', `${name}.css`), sheet.css);
  for (const [name, sheet] of Object.entries(pages)) writeFileSync(join(dist, 'styles', `page-${name}.css`), sheet.css);
  const frozen = (sheet) => `Object.freeze({ css: ${JSON.stringify(sheet.css)}, hash: ${JSON.stringify(sheet.hash)} })`;
  const record = (sheets) =>
    `Object.freeze({\n${Object.entries(sheets)
      .map(([name, sheet]) => `  ${JSON.stringify(name)}: ${frozen(sheet)},\n`)
      .join('')}})`;
  writeFileSync(
    join(dist, 'stylesheet.js'),
    `// Generated by scripts/build.mjs: the extracted stylesheets and their CSP sources.\n` +
      `export const stylesheet = ${frozen(full)};\n` +
      `export const stylesheets = ${record(themes)};\n` +
      `export const pageStylesheets = ${record(pages)};\n` +
      `const pick = (sheets, theme) => (typeof theme === 'string' && Object.hasOwn(sheets, theme) ? sheets[theme] : stylesheet);\n` +
      `export function stylesheetFor(theme) {\n  return pick(stylesheets, theme);\n}\n` +
      `export function pageStylesheetFor(theme) {\n  return pick(pageStylesheets, theme);\n}\n`,
  );
}

const started = Date.now();
let failed = false;
if (!skipTypes) {
  // Each package is built into an empty dist/, so nothing stale (a moved module, a removed entry)
  // can reach a tarball. tsc keeps its build info in .tsbuild/<package>.tsbuildinfo, outside dist/
  // so it is never packed; it goes too, or `tsc -b` would trust it and not write the declarations.
  for (const rel of order.filter((p) => only.length === 0 || only.includes(p))) {
    rmSync(join(root, rel, 'dist'), { recursive: true, force: true });
    rmSync(join(root, '.tsbuild', `${basename(rel)}.tsbuildinfo`), { force: true });
  }
  try {
    const projects = order.filter((p) => existsSync(join(root, p, 'tsconfig.json')) && (only.length === 0 || only.includes(p)));
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-b', ...projects], { cwd: root, stdio: 'inherit' });
  } catch {
    failed = true;
    console.error('build: tsc reported type errors (JavaScript is still emitted)');
  }
}
for (const rel of order) {
  if (only.length && !only.includes(rel)) continue;
  if (!existsSync(join(root, rel, 'src'))) continue;
  // Clear stale JavaScript but keep declarations tsc just wrote.
  for (const stale of ['index.css', 'page-styles.css']) rmSync(join(root, rel, 'dist', stale), { force: true });
  try {
    await buildPackage(rel);
    if (rel === 'packages/react') await writeStylesheet();
  } catch (error) {
    failed = true;
    console.error(`build: ${rel} failed`, error instanceof Error ? error.message : error);
  }
}
console.log(`build: ${failed ? 'FAILED' : 'ok'} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
process.exit(failed ? 1 : 0);
