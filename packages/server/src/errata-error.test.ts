import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ErrataError, isErrataError } from './errata-error.js';

describe('ErrataError', () => {
  it('carries the code, options and cause', () => {
    const cause = new Error('db down');
    const when = new Date('2030-01-01T00:00:00Z');
    const error = new ErrataError('RATE_LIMITED', {
      values: { limit: 10 },
      retryAfter: when,
      cause,
      headers: { 'Retry-After': '5' },
      expose: true,
      status: 429,
      errors: [{ path: 'email', message: 'required' }],
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ErrataError');
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.message).toBe('RATE_LIMITED');
    expect(error.values).toEqual({ limit: 10 });
    expect(error.retryAfter).toBe(when);
    expect(error.cause).toBe(cause);
    expect(error.expose).toBe(true);
    expect(error.status).toBe(429);
    expect(error.errors).toEqual([{ path: 'email', message: 'required' }]);
  });

  it('uses an explicit message and keeps expose false unless literally true', () => {
    const error = new ErrataError('NOT_FOUND', { message: 'no order 42', expose: 'yes' as unknown as boolean });
    expect(error.message).toBe('no order 42');
    expect(error.expose).toBe(false);
    expect('cause' in error).toBe(false);
  });

  it('keeps the brand and name out of enumerable own properties', () => {
    const error = new ErrataError('NOT_FOUND');
    expect(Object.keys(error)).not.toContain('name');
    expect(JSON.stringify(Object.getOwnPropertySymbols(error).map(String))).toContain('errata.error');
    expect(Object.prototype.propertyIsEnumerable.call(error, Symbol.for('errata.error'))).toBe(false);
  });

  it('refuses an empty or non-string code with a clear error', () => {
    expect(() => new ErrataError('')).toThrow(/non-empty string/);
    expect(() => new ErrataError(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('isErrataError', () => {
  it('recognises instances and subclasses', () => {
    class PaymentError extends ErrataError {}
    expect(isErrataError(new ErrataError('X'))).toBe(true);
    expect(isErrataError(new PaymentError('X'))).toBe(true);
    expect(new PaymentError('X')).toBeInstanceOf(ErrataError);
    expect(new ErrataError('X') instanceof PaymentError).toBe(false);
  });

  it('recognises an error branded by another copy or realm, by the registry symbol', () => {
    const foreign = vm.runInNewContext(
      `const e = new Error('elsewhere'); Object.defineProperty(e, Symbol.for('errata.error'), { value: true }); e.code = 'NOT_FOUND'; e`,
    ) as unknown;
    expect(foreign instanceof Error).toBe(false);
    expect(isErrataError(foreign)).toBe(true);
    expect(foreign instanceof ErrataError).toBe(true);
  });

  it('is false for look-alikes and never throws', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    let traps = 0;
    const throwing = new Proxy(new ErrataError('X'), {
      get() {
        traps += 1;
        throw new Error('trap');
      },
    });
    for (const value of [null, undefined, 0, '', 'ErrataError', { code: 'NOT_FOUND', name: 'ErrataError' }, new Error('x'), proxy, throwing]) {
      expect(isErrataError(value)).toBe(false);
    }
    expect(traps).toBe(0);
  });
});
