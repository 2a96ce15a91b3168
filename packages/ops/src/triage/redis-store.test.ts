// The Redis store against a real redis-server (Debian's package), started on a free port.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningRedis, startRedis } from '@errata/test/services';
import { createOps } from '../ops.js';
import { prometheusMetrics } from '../metrics/prometheus.js';
import { redisErrorStore } from './redis-store.js';
import { storeConformance } from './store-conformance.js';

let redis: RunningRedis;
beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(() => redis?.stop());

const client = () => new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 500, lazyConnect: false });
const connected = async (c: Redis) => {
  if (c.status !== 'ready') await new Promise((resolve, reject) => c.once('ready', resolve).once('error', reject));
  return c;
};

let prefixes = 0;
storeConformance('redis', async ({ maxEvents }) => {
  const c = await connected(client());
  const store = redisErrorStore({ client: c, maxEvents, prefix: `t${++prefixes}:{triage}:` });
  return { store, cleanup: async () => void c.disconnect() };
});

describe('redis store', () => {
  it('shares records between two clients (two instances of a fleet)', async () => {
    const [a, b] = await Promise.all([connected(client()), connected(client())]);
    try {
      const writer = redisErrorStore({ client: a, prefix: 'fleet:{triage}:' });
      const reader = redisErrorStore({ client: b, prefix: 'fleet:{triage}:' });
      const { record } = await import('./store-conformance.js');
      const r = record();
      await writer.record(r);
      expect(await reader.get(r.reference)).toEqual(r);
    } finally {
      a.disconnect();
      b.disconnect();
    }
  });

  it('fails fast and is counted, never waited for, when Redis is gone', async () => {
    const own = await startRedis();
    const c = new Redis(own.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 300, retryStrategy: () => 200 });
    await connected(c);
    const metrics = prometheusMetrics();
    const failures: string[] = [];
    const ops = createOps({ metrics, store: redisErrorStore({ client: c, timeoutMs: 500 }), onFailure: (f) => void failures.push(f.operation) });
    await own.stop();
    const started = Date.now();
    await expect(ops.store.get('abc')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1500);
    ops.observer({
      type: 'error',
      traceId: 'deadbeefdeadbeefdeadbeefdeadbeef',
      code: 'INTERNAL',
      status: 500,
      severity: 'medium',
      name: 'Error',
      message: 'x',
      causes: [],
      request: { method: 'GET', path: '/', query: {}, headers: {} },
      mode: 'production',
      format: 'html',
      timestamp: new Date().toISOString(),
    });
    await expect.poll(() => failures, { timeout: 3000 }).toContain('record');
    expect((await metrics.exposition()).body).toMatch(/^errata_store_failures_total\{operation="record"\} 1$/m);
    c.disconnect();
  });
});
