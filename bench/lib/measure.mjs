// Throughput measurement shared by the in-process sections. Each variant runs in time-boxed
// batches; rounds are interleaved across variants so drift (turbo, GC, other load) hits all of
// them alike, and the median round is reported.
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

// A full GC before each timed run, so one variant's garbage (React allocates a lot) is not
// collected on the next variant's clock.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

let sink = 0;
/** Keep results observable so the JIT cannot drop the work. */
export function consume(value) {
  sink = (sink + (typeof value === 'string' ? value.length : (value?.body?.length ?? 1))) | 0;
}
export function sinkValue() {
  return sink;
}

export function opsPerSecond(fn, ms) {
  let ops = 0;
  let batch = 64;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) consume(fn(ops + i));
    ops += batch;
    elapsed = performance.now() - start;
    if (elapsed < ms / 20) batch *= 2;
  }
  return (ops / elapsed) * 1000;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** variants: { name: fn(i) }. Returns { name: opsPerSecond (median of rounds) }. */
export function compare(variants, { rounds = 3, ms = 700, warmupMs = 300 } = {}) {
  const names = Object.keys(variants);
  for (const name of names) opsPerSecond(variants[name], warmupMs);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? [...names].reverse() : names) {
      collectGarbage();
      samples[name].push(opsPerSecond(variants[name], ms));
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}
