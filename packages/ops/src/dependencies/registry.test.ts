// Dependency state: the worst source wins, `since` moves only when the status does, and checks
// run in parallel under one deadline, each with its own timeout, cached and single flight.
import { describe, expect, it, vi } from 'vitest';
import { createDependencyRegistry, type DependencyState, type RegistryOptions } from './registry.js';

function registry(overrides: Partial<RegistryOptions> = {}) {
  const changes: DependencyState[] = [];
  const fallbacks: [string, string][] = [];
  const r = createDependencyRegistry({
    deadlineMs: 200,
    cacheMs: 1000,
    now: Date.now,
    onChange: (s) => void changes.push(s),
    onFallback: (name, condition) => void fallbacks.push([name, condition]),
    ...overrides,
  });
  return { r, changes, fallbacks };
}

describe('dependency state', () => {
  it('starts healthy, takes the worst of its sources, and keeps since while the status holds', () => {
    let t = 1_000;
    const { r, changes } = registry({ now: () => t });
    r.register({ name: 'search' });
    expect(r.get('search')).toMatchObject({ status: 'healthy', condition: 'ok', critical: true, code: 'DEPENDENCY_FAILED', banner: 'DEGRADED' });
    t = 2_000;
    r.report('search', 'policy', 'degraded', { condition: 'retry-exhausted' });
    t = 3_000;
    r.report('search', 'check', 'down', { condition: 'check-timeout' });
    expect(r.get('search')).toMatchObject({ status: 'down', condition: 'check-timeout', since: new Date(3_000) });
    t = 4_000;
    r.report('search', 'check', 'healthy');
    // The policy still says degraded: the worst source wins, and since is when that began.
    expect(r.get('search')).toMatchObject({ status: 'degraded', condition: 'retry-exhausted', since: new Date(4_000) });
    r.report('search', 'policy', 'healthy');
    expect(r.get('search')?.status).toBe('healthy');
    expect(changes.map((s) => s.status)).toEqual(['healthy', 'degraded', 'down', 'degraded', 'healthy']);
  });

  it('keeps an error name and code, never its message', () => {
    const { r } = registry();
    r.register({ name: 'db' });
    r.set('db', 'down', { error: Object.assign(new Error('connect to db-7.internal:5432 password=hunter2'), { code: 'ECONNREFUSED' }) });
    const state = r.get('db');
    expect(state).toMatchObject({ status: 'down', condition: 'manual', lastError: { name: 'Error', code: 'ECONNREFUSED' } });
    expect(JSON.stringify(state)).not.toMatch(/hunter2|db-7/);
  });

  it('derives a fallback condition from the error, and bounds conditions a host makes up', () => {
    const { r, fallbacks } = registry();
    r.register({ name: 'search' });
    r.fallback('search', Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }));
    r.fallback('search', 'NOT A LABEL');
    r.fallback('search', 'cache-warm');
    expect(fallbacks).toEqual([
      ['search', 'connection-reset'],
      ['search', 'other'],
      ['search', 'cache-warm'],
    ]);
  });

  it('refuses names that cannot be metric labels, duplicates and unknown dependencies', () => {
    const { r } = registry();
    expect(() => r.register({ name: 'Search API' })).toThrow(TypeError);
    r.register({ name: 'search' });
    expect(() => r.register({ name: 'search' })).toThrow(/twice/);
    expect(() => r.set('nope', 'down')).toThrow(RangeError);
  });
});

describe('checks', () => {
  it('reports a check that hangs past its timeout as failed, within the deadline', async () => {
    const { r } = registry({ deadlineMs: 300 });
    let aborted = false;
    r.register({
      name: 'hangs',
      timeoutMs: 100,
      check: (signal) =>
        new Promise(() => {
          signal.addEventListener('abort', () => (aborted = true));
        }),
    });
    r.register({ name: 'fine', check: () => ({ observedValue: 3, observedUnit: 'ms' }) });
    const started = Date.now();
    const states = await r.refresh();
    expect(Date.now() - started).toBeLessThan(300);
    expect(aborted).toBe(true);
    expect(states.find((s) => s.name === 'hangs')).toMatchObject({ status: 'down', condition: 'check-timeout' });
    expect(states.find((s) => s.name === 'fine')).toMatchObject({ status: 'healthy', observed: { value: 3, unit: 'ms' } });
  });

  it('stops every check at the run deadline, whatever their own timeouts', async () => {
    const { r } = registry({ deadlineMs: 150 });
    r.register({ name: 'slow', timeoutMs: 10_000, check: () => new Promise((resolve) => setTimeout(resolve, 5000)) });
    const started = Date.now();
    await r.refresh();
    expect(Date.now() - started).toBeLessThan(400);
    expect(r.get('slow')?.condition).toBe('check-timeout');
  });

  it('maps pass, warn, fail, false and a throw', async () => {
    const { r } = registry();
    r.register({ name: 'a', check: () => true });
    r.register({ name: 'b', check: () => ({ status: 'warn', condition: 'replica-lag' }) });
    r.register({ name: 'c', check: () => false });
    r.register({
      name: 'd',
      check: async () => {
        throw Object.assign(new Error('secret detail'), { code: 'EAI_AGAIN' });
      },
    });
    const states = Object.fromEntries((await r.refresh()).map((s) => [s.name, [s.status, s.condition, s.lastError?.code]]));
    expect(states).toEqual({
      a: ['healthy', 'ok', undefined],
      b: ['degraded', 'replica-lag', undefined],
      c: ['down', 'check-failed', undefined],
      d: ['down', 'check-failed', 'EAI_AGAIN'],
    });
  });

  it('runs each check once for 100 concurrent probes, and reuses the result for cacheMs', async () => {
    let t = 0;
    const { r } = registry({ now: () => t, cacheMs: 1000 });
    const check = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return true;
    });
    r.register({ name: 'db', check });
    await Promise.all(Array.from({ length: 100 }, () => r.refresh()));
    expect(check).toHaveBeenCalledTimes(1);
    t = 999;
    await r.refresh();
    expect(check).toHaveBeenCalledTimes(1);
    t = 1000;
    await r.refresh();
    expect(check).toHaveBeenCalledTimes(2);
  });
});
