import { describe, expect, it } from 'vitest';
import { memoryErrorStore } from './memory-store.js';
import { record, storeConformance } from './store-conformance.js';

storeConformance('memory', async ({ maxEvents }) => {
  const store = memoryErrorStore({ maxEvents });
  return { store, cleanup: () => store.close() };
});

describe('memory store', () => {
  it('is bounded in bytes too', async () => {
    const store = memoryErrorStore({ maxEvents: 1000, maxBytes: 10_000 });
    const records = Array.from({ length: 20 }, () => record({ message: 'x'.repeat(1500) }));
    for (const r of records) await store.record(r);
    const kept = (await Promise.all(records.map((r) => store.get(r.reference)))).filter(Boolean);
    expect(kept.length).toBeGreaterThan(0);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(10_000 + 2 + kept.length);
    expect(await store.get(records.at(-1)!.reference)).toBeDefined();
  });
});
