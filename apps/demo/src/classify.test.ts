import { describe, expect, it } from 'vitest';
import { BrokenCircuitError, BulkheadRejectedError, IsolatedCircuitError, TaskCancelledError } from 'cockatiel';
import { classifyResilienceError } from './classify.js';
import { UpstreamPayloadError, UpstreamStatusError } from './search-client.js';

describe('classifyResilienceError', () => {
  it.each([
    ['an open breaker', new BrokenCircuitError(), 'SERVICE_UNAVAILABLE'],
    ['an isolated breaker', new IsolatedCircuitError(), 'SERVICE_UNAVAILABLE'],
    ['a full bulkhead', new BulkheadRejectedError(1, 0), 'SERVICE_UNAVAILABLE'],
    ['a cancelled attempt', new TaskCancelledError(), 'UPSTREAM_TIMEOUT'],
    ['an upstream 5xx', new UpstreamStatusError(503), 'DEPENDENCY_FAILED'],
    ['a malformed upstream answer', new UpstreamPayloadError('no results'), 'DEPENDENCY_FAILED'],
    [
      'fetch failing on a refused connection',
      new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }),
      'DEPENDENCY_FAILED',
    ],
    [
      'fetch failing on a connect timeout',
      new TypeError('fetch failed', { cause: Object.assign(new Error('t'), { code: 'UND_ERR_CONNECT_TIMEOUT' }) }),
      'UPSTREAM_TIMEOUT',
    ],
  ])('maps %s', (_label, error, code) => {
    expect(classifyResilienceError(error)).toBe(code);
  });

  it('leaves anything else to the renderer', () => {
    expect(classifyResilienceError(new Error('bug'))).toBeUndefined();
    expect(classifyResilienceError(null)).toBeUndefined();
    expect(classifyResilienceError('text')).toBeUndefined();
  });

  it('survives hostile objects and cyclic causes', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(classifyResilienceError(hostile)).toBeUndefined();
    const a: { cause?: unknown } = {};
    a.cause = a;
    expect(classifyResilienceError(a)).toBeUndefined();
  });
});
