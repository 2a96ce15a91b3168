// Section 4: cold start. Wall time from spawn to exit of a fresh Node process that imports and
// renders one page: @errata/server vs react-dom/server with the same tree. Runs alternate.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median } from './lib/measure.mjs';

const scripts = {
  errata: fileURLToPath(new URL('./cold/errata.mjs', import.meta.url)),
  reactDomServer: fileURLToPath(new URL('./cold/react.mjs', import.meta.url)),
};

function run(script) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
  const ms = performance.now() - start;
  if (result.status !== 0 || !Number(result.stdout)) throw new Error(`${script} failed: ${result.stderr || result.error}`);
  return ms;
}

/** Modules loaded from files by a script (ESM and CommonJS), and how many of them are culori's. */
function modulesLoaded(script) {
  const counter = fileURLToPath(new URL('./cold/count-modules.mjs', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', counter, script], { encoding: 'utf8', timeout: 30_000 });
  const m = /MODULES (\d+) (\d+)/.exec(result.stderr);
  if (!m) throw new Error(`${script}: no module count (${result.stderr})`);
  return { total: Number(m[1]), culori: Number(m[2]) };
}

export function coldStartSection({ quick = false } = {}) {
  const runs = quick ? 2 : 5;
  const samples = { errata: [], reactDomServer: [] };
  run(scripts.errata); // fill the OS file cache for both before timing
  run(scripts.reactDomServer);
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? ['reactDomServer', 'errata'] : ['errata', 'reactDomServer']) samples[name].push(run(scripts[name]));
  }
  const errata = median(samples.errata);
  const reactDomServer = median(samples.reactDomServer);
  const modules = { errata: modulesLoaded(scripts.errata), reactDomServer: modulesLoaded(scripts.reactDomServer) };
  return { runs, medianMs: { errata, reactDomServer }, samplesMs: samples, ratio: errata / reactDomServer, modules };
}
