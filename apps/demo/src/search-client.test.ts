import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrokenCircuitError, TaskCancelledError } from 'cockatiel';
import { createOps, type Ops } from '@errata/ops';
import { createSearchClient, UpstreamStatusError } from './search-client.js';
import { startUpstream, type Upstream } from './upstream.js';

describe('search client against a real upstream', () => {
  let upstream: Upstream;
  beforeEach(async () => {
    upstream = await startUpstream({ slowMs: 2000 });
  });
  afterEach(async () => {
    await upstream.close();
  });

  let ops: Ops;
  beforeEach(() => {
    ops = createOps({ metrics: false, dependencies: [{ name: 'search' }] });
  });
  const fastClient = () =>
    createSearchClient({
      baseUrl: upstream.url,
      timeoutMs: 200,
      maxAttempts: 2,
      initialDelayMs: 5,
      maxDelayMs: 20,
      breakAfter: 2,
      halfOpenAfterMs: 150,
      dependency: { registry: ops.dependencies, name: 'search' },
    });

  it('returns fresh results from a healthy upstream', async () => {
    const outcome = await fastClient().search('circuit');
    expect(outcome).toEqual({ kind: 'fresh', results: [{ title: 'Circuit breakers explained' }] });
  });

  it('answers with saved results once the upstream goes down, then opens the breaker', async () => {
    const client = fastClient();
    await client.search('retry');
    upstream.mode = 'down';
    const outcome = await client.search('retry');
    expect(outcome.kind).toBe('saved');
    expect(outcome.results).toEqual([{ title: 'Retry with exponential backoff' }]);
    expect(client.breakerState()).toBe('open');
    expect(client.retryAfterSeconds()).toBe(1);
    expect(client.degradedSince()).toBeInstanceOf(Date);
    // The dependency's state followed the policies, and the saved answer counted as a fallback.
    expect(ops.dependencies.get('search')).toMatchObject({ status: 'down', condition: 'circuit-open' });
  });

  it('rejects a query it has no saved results for with the breaker error while open', async () => {
    const client = fastClient();
    upstream.mode = 'down';
    await expect(client.search('a')).rejects.toThrow();
    await expect(client.search('never seen')).rejects.toBeInstanceOf(BrokenCircuitError);
  });

  it('closes again after the half-open trial succeeds', async () => {
    const client = fastClient();
    await client.search('tone');
    upstream.mode = 'down';
    await client.search('tone');
    expect(client.breakerState()).toBe('open');
    upstream.mode = 'healthy';
    await new Promise((r) => setTimeout(r, 200));
    const outcome = await client.search('tone');
    expect(outcome.kind).toBe('fresh');
    expect(client.breakerState()).toBe('closed');
    expect(client.degradedSince()).toBeUndefined();
    expect(ops.dependencies.get('search')?.status).toBe('healthy');
  });

  it('retries a flapping upstream until an attempt succeeds', async () => {
    upstream.mode = 'flapping';
    const client = fastClient();
    const outcome = await client.search('trace');
    expect(outcome.kind).toBe('fresh');
    expect(client.breakerState()).toBe('closed');
  });

  it('surfaces a 5xx from the upstream as UpstreamStatusError with no status of its own', async () => {
    upstream.mode = 'flapping';
    const client = createSearchClient({ baseUrl: upstream.url, maxAttempts: 0, breakAfter: 10 });
    const error: unknown = await client.search('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamStatusError);
    expect((error as UpstreamStatusError).upstreamStatus).toBe(503);
    expect(error).not.toHaveProperty('status');
  });

  it('times out a slow upstream per attempt', async () => {
    upstream.mode = 'slow';
    const client = createSearchClient({ baseUrl: upstream.url, timeoutMs: 100, maxAttempts: 0, breakAfter: 10 });
    await expect(client.search('x')).rejects.toBeInstanceOf(TaskCancelledError);
  });
});
