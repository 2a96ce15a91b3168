#!/usr/bin/env node
// One build for every workspace, in dependency order:
//   1. `tsc -b` emits declarations (and type-checks the libraries);
//   2. esbuild + the vanilla-extract plugin emits ESM JavaScript and extracts CSS;
//   3. a package's own `errataBuild.after` script, if it has one (react writes its stylesheets).
// Entries come from each package's `exports` map (./dist/X.js <- ./src/X.ts[x]), `bin` and
// `errataBuild.entries`. This script drives the tools; what a package builds is the package's.
import { build } from 'esbuild';
import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const order = ['packages/tokens', 'packages/catalog', 'packages/lint', 'packages/react', 'packages/server', 'packages/ops', 'packages/cli', 'apps/demo'];
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
  for (const entry of pkg.errataBuild?.entries ?? []) targets.add(entry);
  const entries = [];
  for (const target of targets) {
    const m = /^\.\/dist\/(.+)\.js$/.exec(target);
    if (!m) continue;
    const base = join(dir, 'src', m[1]);
    const source = ['.ts', '.tsx'].map((ext) => base + ext).find((f) => existsSync(f));
    if (source) entries.push(source);
  }
  return entries;
}

async function buildPackage(rel, pkg) {
  const dir = join(root, rel);
  // Runtime dependencies stay imports; anything else the source imports (a devDependency such as
  // tokens' culori) is bundled, tree-shaken to what is used.
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

/** A package's own build step after esbuild (e.g. react's stylesheets), run in its directory. */
function runAfter(dir, pkg) {
  const script = pkg.errataBuild?.after;
  if (script) execFileSync(process.execPath, [join(dir, script)], { cwd: dir, stdio: 'inherit' });
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
  // With --no-types dist/ is kept: clear stale extracted CSS (an entry may no longer have any).
  const dist = join(root, rel, 'dist');
  if (existsSync(dist)) for (const name of readdirSync(dist)) if (name.endsWith('.css')) rmSync(join(dist, name), { force: true });
  try {
    const pkg = readJson(join(root, rel, 'package.json'));
    await buildPackage(rel, pkg);
    runAfter(join(root, rel), pkg);
  } catch (error) {
    failed = true;
    console.error(`build: ${rel} failed`, error instanceof Error ? error.message : error);
  }
}
console.log(`build: ${failed ? 'FAILED' : 'ok'} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
process.exit(failed ? 1 : 0);
