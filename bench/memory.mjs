// Section 5: memory growth across 200,000 renders with distinct trace ids, in a fresh process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MB = 1024 * 1024;
/**
 * Stated bounds, after forced GC. The heap is the leak signal: a cache keyed by any per-request
 * value would hold 200,000 entries, at least ~100 bytes each, so >= 20 MB of heap. RSS also moves
 * with the allocator keeping freed pages (large page strings churn through it), so its bound is
 * looser and only catches gross growth.
 */
export const memoryBounds = { heapGrowthBytes: 4 * MB, rssGrowthBytes: 32 * MB };

export function memorySection({ quick = false } = {}) {
  const renders = quick ? 20_000 : 200_000;
  const child = fileURLToPath(new URL('./memory-child.mjs', import.meta.url));
  const result = spawnSync(process.execPath, ['--expose-gc', child, String(renders)], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`memory run failed: ${result.stderr || result.error}`);
  const m = JSON.parse(result.stdout);
  const rssGrowth = m.after.rss - m.before.rss;
  const heapGrowth = m.after.heapUsed - m.before.heapUsed;
  return {
    renders,
    rssBeforeBytes: m.before.rss,
    rssAfterBytes: m.after.rss,
    rssGrowthBytes: rssGrowth,
    heapGrowthBytes: heapGrowth,
    bounds: memoryBounds,
    withinBound: rssGrowth <= memoryBounds.rssGrowthBytes && heapGrowth <= memoryBounds.heapGrowthBytes,
  };
}
