// Section 5: memory growth across 200,000 renders with distinct trace ids, in a fresh process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MB = 1024 * 1024;
/** Stated bound: growth after GC that a per-request cache would blow through (200k entries of
 * even 100 bytes is 20 MB). RSS also moves with the allocator, so the bound leaves it room. */
export const memoryBoundBytes = 16 * MB;

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
    boundBytes: memoryBoundBytes,
    withinBound: rssGrowth <= memoryBoundBytes && heapGrowth <= memoryBoundBytes,
  };
}
