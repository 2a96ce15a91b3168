import { builtinCatalog } from '@errata/catalog';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { ErrataError } from './errata-error.js';
import { normalise } from './safety/normalise.js';

const run = (thrown: unknown, hook?: (e: unknown) => string | undefined) => classify(normalise(thrown), { catalog: builtinCatalog, hook, thrown });
const sys = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('classify', () => {
  it('takes an explicit ErrataError code first', () => {
    expect(run(new ErrataError('RATE_LIMITED'))).toEqual({ code: 'RATE_LIMITED', status: 429, exposeMessage: false });
    expect(run(new ErrataError('NOT_FOUND', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }))).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
  });

  it('lets an ErrataError override its entry’s status (400..599 only)', () => {
    expect(run(new ErrataError('SERVICE_UNAVAILABLE', { status: 502 }))).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 502 });
    expect(run(new ErrataError('SERVICE_UNAVAILABLE', { status: 200 }))).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
  });

  it('maps status/statusCode 400..599 to the catalog entry with that status', () => {
    expect(run(Object.assign(new Error('x'), { status: 404 }))).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(run(Object.assign(new Error('x'), { statusCode: 403 }))).toMatchObject({ code: 'FORBIDDEN', status: 403 });
  });

  it('keeps an unknown status but names the generic entry of its class', () => {
    expect(run(Object.assign(new Error('x'), { status: 418 }))).toMatchObject({ code: 'BAD_REQUEST', status: 418 });
    expect(run(Object.assign(new Error('x'), { status: 599 }))).toMatchObject({ code: 'INTERNAL', status: 599 });
  });

  it('ignores statuses outside 400..599', () => {
    for (const status of [200, 302, 600, '404']) expect(run(Object.assign(new Error('x'), { status }))).toMatchObject({ code: 'INTERNAL', status: 500 });
  });

  it('reads http-errors and boom shapes', async () => {
    const createError = (await import('http-errors')).default;
    const Boom = await import('@hapi/boom');
    expect(run(createError(404))).toMatchObject({ code: 'NOT_FOUND', status: 404, exposeMessage: true });
    expect(run(createError(503, 'db down'))).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503, exposeMessage: false });
    expect(run(Boom.notFound('gone'))).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(run(Boom.tooManyRequests())).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
  });

  it('maps system codes on the error or its cause chain', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN']) {
      expect(run(sys(code))).toMatchObject({ code: 'DEPENDENCY_FAILED', status: 502 });
    }
    for (const code of ['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']) {
      expect(run(sys(code))).toMatchObject({ code: 'UPSTREAM_TIMEOUT', status: 504 });
    }
    // What undici's fetch throws: TypeError('fetch failed') with the system error as cause.
    expect(run(new TypeError('fetch failed', { cause: sys('ECONNREFUSED') }))).toMatchObject({ code: 'DEPENDENCY_FAILED' });
  });

  it('maps AbortError and TimeoutError', () => {
    expect(run(new DOMException('timed out', 'TimeoutError'))).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    expect(run(new DOMException('aborted', 'AbortError'))).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
  });

  it('asks the hook last, and survives a throwing or wrong hook', () => {
    class PaymentDeclined extends Error {}
    const hook = (e: unknown) => (e instanceof PaymentDeclined ? 'CONFLICT' : undefined);
    expect(run(new PaymentDeclined('card'), hook)).toMatchObject({ code: 'CONFLICT', status: 409 });
    expect(run(new Error('x'), hook)).toMatchObject({ code: 'INTERNAL', status: 500 });
    expect(
      run(new Error('x'), () => {
        throw new Error('bug');
      }),
    ).toMatchObject({ code: 'INTERNAL' });
    expect(run(new Error('x'), () => 'NO_SUCH_CODE')).toMatchObject({ code: 'INTERNAL' });
    // A status beats the hook.
    expect(run(Object.assign(new PaymentDeclined('x'), { status: 404 }), hook)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exposes a message only for a 4xx with expose === true', () => {
    expect(run(new ErrataError('CONFLICT', { expose: true, message: 'Name taken' })).exposeMessage).toBe(true);
    expect(run(new ErrataError('INTERNAL', { expose: true })).exposeMessage).toBe(false);
    expect(run(Object.assign(new Error('x'), { status: 400, expose: 1 })).exposeMessage).toBe(false);
  });

  it('never picks a notice (status 200) entry', () => {
    expect(run(new ErrataError('DEGRADED'))).toMatchObject({ code: 'INTERNAL', status: 500 });
  });

  it('gives INTERNAL for every odd throwable', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const thrown of [null, undefined, '', 0, 'str', 1n, Symbol('s'), {}, revoked.proxy, new Proxy(new Error('p'), {})]) {
      expect(run(thrown)).toMatchObject({ code: 'INTERNAL', status: 500, exposeMessage: false });
    }
  });
});
