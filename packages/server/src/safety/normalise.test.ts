import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { throwables, type Throwable } from '@errata/test/corpora';
import { ErrataError } from '../errata-error.js';
import { limits, type ErrorInfo } from './error-info.js';
import { normalise } from './normalise.js';

describe('normalise: non-errors', () => {
  it.each([
    [null, 'null', ''],
    [undefined, 'undefined', ''],
    ['', 'string', ''],
    ['boom', 'string', 'boom'],
    [0, 'number', '0'],
    [Number.NaN, 'number', 'NaN'],
    [12n, 'bigint', '12'],
    [false, 'unknown', 'false'],
    [Symbol('why'), 'symbol', 'why'],
  ] as const)('%s -> kind %s', (value, kind, message) => {
    const info = normalise(value);
    expect(info).toEqual({ kind, name: 'NonError', message, headers: {}, causes: [] });
  });

  it('never calls a function, toString or Symbol.toPrimitive', () => {
    let called = 0;
    const fn = Object.assign(
      () => {
        called += 1;
      },
      {
        toString: () => {
          called += 1;
          return 'x';
        },
      },
    );
    const object = {
      toString() {
        called += 1;
        return 'secret';
      },
      [Symbol.toPrimitive]() {
        called += 1;
        return 'p';
      },
      valueOf() {
        called += 1;
        return 1;
      },
    };
    expect(normalise(fn)).toMatchObject({ kind: 'function', message: '' });
    expect(normalise(object)).toMatchObject({ kind: 'object', name: 'NonError', message: '' });
    expect(called).toBe(0);
  });

  it('takes a primitive string message from a thrown object, nothing else', () => {
    expect(normalise({ message: 'plain', status: 404 })).toMatchObject({ kind: 'object', message: 'plain', status: 404 });
    expect(normalise({ message: { toString: () => 'x' } }).message).toBe('');
  });
});

describe('normalise: errors', () => {
  it('reads name, message, stack and system code', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const info = normalise(error);
    expect(info).toMatchObject({ kind: 'error', name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:5432', code: 'ECONNREFUSED' });
    expect(info.stack).toContain('normalise.test.ts');
  });

  it('ignores codes that are not short identifiers', () => {
    expect(normalise(Object.assign(new Error('x'), { code: 20 })).code).toBeUndefined();
    expect(normalise(Object.assign(new Error('x'), { code: 'a b<c>' })).code).toBeUndefined();
    expect(normalise(Object.assign(new Error('x'), { code: 'E'.repeat(65) })).code).toBeUndefined();
  });

  it('accepts status 400..599 integers only, from status, statusCode or boom output', () => {
    expect(normalise(Object.assign(new Error(), { status: 404 })).status).toBe(404);
    expect(normalise(Object.assign(new Error(), { statusCode: 503 })).status).toBe(503);
    expect(normalise(Object.assign(new Error(), { isBoom: true, output: { statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } } }))).toMatchObject({
      status: 401,
      headers: { 'www-authenticate': 'Bearer' },
    });
    for (const status of [200, 302, 399, 600, 404.5, '404', Number.NaN]) {
      expect(normalise(Object.assign(new Error(), { status })).status).toBeUndefined();
    }
    expect(normalise(Object.assign(new Error(), { output: { statusCode: 401 } })).status).toBeUndefined();
  });

  it('counts only a literal true as expose', () => {
    expect(normalise(Object.assign(new Error(), { expose: true })).expose).toBe(true);
    expect(normalise(Object.assign(new Error(), { expose: 'true' })).expose).toBeUndefined();
    expect(normalise(Object.assign(new Error(), { expose: 1 })).expose).toBeUndefined();
  });

  it('allow-lists error headers (http-errors shape)', () => {
    const error = Object.assign(new Error('Method Not Allowed'), { status: 405, expose: true, headers: { allow: 'GET', 'set-cookie': 'a=b' } });
    expect(normalise(error)).toMatchObject({ status: 405, expose: true, headers: { allow: 'GET' } });
  });

  it('reads an ErrataError fully', () => {
    const when = new Date('2030-01-01T00:00:00Z');
    const info = normalise(
      new ErrataError('RATE_LIMITED', {
        values: { limit: 10, who: 'ann', at: when, bad: { nested: true } as unknown as string, 'bad key': 'x' },
        retryAfter: 30,
        headers: { 'Retry-After': '30' },
        expose: true,
        status: 429,
        errors: [{ path: 'q', message: 'too long' }, { message: 7 } as unknown as { message: string }],
      }),
    );
    expect(info).toMatchObject({
      kind: 'errata',
      name: 'ErrataError',
      code: 'RATE_LIMITED',
      errataCode: 'RATE_LIMITED',
      status: 429,
      expose: true,
      headers: { 'retry-after': '30' },
      retryAfter: 30,
      values: { limit: 10, who: 'ann', at: when },
      errors: [{ path: 'q', message: 'too long' }],
    });
    expect(info.values).not.toHaveProperty('bad');
    expect(info.values).not.toHaveProperty('bad key');
  });

  it('never takes errataCode from a look-alike', () => {
    expect(normalise(Object.assign(new Error('x'), { code: 'NOT_FOUND', name: 'ErrataError' })).errataCode).toBeUndefined();
  });

  it('joins path arrays of validation issues (zod style) and ajv instancePath', () => {
    const error = Object.assign(new Error('invalid'), {
      errors: [
        { path: ['items', 0, 'qty'], message: 'must be positive' },
        { instancePath: '/name', message: 'required' },
      ],
    });
    expect(normalise(error).errors).toEqual([
      { path: 'items.0.qty', message: 'must be positive' },
      { path: '/name', message: 'required' },
    ]);
  });

  it('recognises cross-realm errors and DOMException', () => {
    const foreign = normalise(vm.runInNewContext('new RangeError("far away")'));
    expect(foreign).toMatchObject({ kind: 'error', name: 'RangeError', message: 'far away' });
    expect(normalise(new DOMException('stopped', 'AbortError'))).toMatchObject({ kind: 'error', name: 'AbortError', message: 'stopped' });
  });
});

describe('normalise: causes', () => {
  it('flattens the cause chain in order', () => {
    const info = normalise(new Error('top', { cause: new Error('middle', { cause: 'bottom' }) }));
    expect(info.causes.map((cause) => [cause.kind, cause.message])).toEqual([
      ['error', 'middle'],
      ['string', 'bottom'],
    ]);
    expect(info.causes.every((cause) => cause.causes.length === 0)).toBe(true);
  });

  it('adds AggregateError errors after its cause', () => {
    const info = normalise(new AggregateError([new Error('one'), 'two'], 'many', { cause: new Error('why') }));
    expect(info.causes.map((cause) => cause.message)).toEqual(['why', 'one', 'two']);
    expect(info.errors).toBeUndefined();
  });

  it('is cycle-safe and bounded', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(normalise(a).causes.map((cause) => cause.message)).toEqual(['b']);

    let deep: unknown = new Error('root');
    for (let index = 0; index < 100; index += 1) deep = new Error(`level ${index}`, { cause: deep });
    expect(normalise(deep).causes).toHaveLength(limits.causes);
  });
});

describe('normalise: hostile values', () => {
  it('reads each property once, even when a getter changes its answer', () => {
    const reads = new Map<string, number>();
    const error = new Error('x');
    // stack first: redefining it makes V8 format the old stack, which reads message.
    for (const key of ['stack', 'message', 'status', 'code', 'cause', 'name', 'expose', 'headers']) {
      Object.defineProperty(error, key, {
        get() {
          const count = (reads.get(key) ?? 0) + 1;
          reads.set(key, count);
          return key === 'status' ? (count === 1 ? 404 : 200) : key === 'message' ? `read ${count}` : undefined;
        },
      });
    }
    const info = normalise(error);
    expect(info.message).toBe('read 1');
    expect(info.status).toBe(404);
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
  });

  it('survives throwing getters, Proxies and hostile prototypes', () => {
    const throwing = Object.defineProperty(new Error('kept'), 'stack', {
      get() {
        throw new Error('no');
      },
    });
    expect(normalise(throwing)).toMatchObject({ kind: 'error', message: 'kept' });
    expect(normalise(throwing).stack).toBeUndefined();

    const trap = new Proxy(new Error('inside'), {
      get() {
        throw new Error('trap');
      },
      getPrototypeOf() {
        throw new Error('trap');
      },
    });
    expect(normalise(trap)).toEqual({ kind: 'proxy', name: 'NonError', message: '', headers: {}, causes: [] });

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(normalise(proxy).kind).toBe('proxy');
    expect(normalise(new Error('outer', { cause: proxy })).causes[0]?.kind).toBe('proxy');

    const hostileProto = Object.create(
      new Proxy(
        {},
        {
          get() {
            throw new Error('proto');
          },
          getPrototypeOf() {
            throw new Error('proto');
          },
        },
      ),
    ) as object;
    expect(normalise(hostileProto)).toMatchObject({ kind: 'object', message: '' });
  });

  it('bounds sizes', () => {
    const info = normalise(new Error('m'.repeat(5 * 1024 * 1024)));
    expect(info.message.length).toBeLessThanOrEqual(limits.message);
    expect(info.stack?.length ?? 0).toBeLessThanOrEqual(limits.stack);
    const many = Object.assign(new Error('v'), { errors: Array.from({ length: 500 }, (_, index) => ({ path: 'p'.repeat(5000), message: `m${index}` })) });
    const issues = normalise(many).errors ?? [];
    expect(issues).toHaveLength(limits.errors);
    expect(issues.every((issue) => (issue.path?.length ?? 0) <= limits.errorText)).toBe(true);
    const values = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`k${index}`, index]));
    expect(Object.keys(normalise(new ErrataError('X' as string, { values })).values ?? {})).toHaveLength(limits.values);
  });

  it('does not leave half a surrogate pair at a cut', () => {
    const message = normalise(`a${'😀'.repeat(limits.message)}`).message;
    expect(message.length).toBeLessThanOrEqual(limits.message);
    expect(() => encodeURIComponent(message)).not.toThrow();
  });
});

describe('normalise without stacks', () => {
  it('does not read (so V8 does not format) any stack, not even in causes, and keeps the rest', () => {
    let reads = 0;
    const withCountedStack = (error: Error) => {
      Object.defineProperty(error, 'stack', {
        get: () => {
          reads++;
          return 'Error: x\n    at here';
        },
      });
      return error;
    };
    const thrown = withCountedStack(new TypeError('outer', { cause: withCountedStack(new Error('inner')) }));
    const info = normalise(thrown, { stack: false });
    expect(reads).toBe(0);
    expect(info.stack).toBeUndefined();
    expect(info.causes[0]?.stack).toBeUndefined();
    expect([info.name, info.message, info.causes[0]?.message]).toEqual(['TypeError', 'outer', 'inner']);
    // With stacks, each is read once, when first asked for (V8 formats it then, not before).
    const full = normalise(thrown);
    expect(reads).toBe(0);
    expect(full.stack).toBe('Error: x\n    at here');
    expect(full.causes[0]?.stack).toBe('Error: x\n    at here');
    expect(full.stack).toBe('Error: x\n    at here');
    expect(reads).toBe(2);
  });
});

function expectSane(info: ErrorInfo, depth = 0): void {
  expect(typeof info.kind).toBe('string');
  expect(typeof info.name).toBe('string');
  expect(info.name.length).toBeLessThanOrEqual(limits.name);
  expect(typeof info.message).toBe('string');
  expect(info.message.length).toBeLessThanOrEqual(limits.message);
  if (info.stack !== undefined) expect(info.stack.length).toBeLessThanOrEqual(limits.stack);
  if (info.code !== undefined) expect(info.code).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
  if (info.status !== undefined) expect(Number.isInteger(info.status) && info.status >= 400 && info.status <= 599).toBe(true);
  if (info.expose !== undefined) expect(info.expose).toBe(true);
  for (const [key, value] of Object.entries(info.headers)) {
    expect(['retry-after', 'www-authenticate', 'allow']).toContain(key);
    expect(value).toMatch(/^[\x20-\x7e]+$/);
  }
  expect(info.causes.length).toBeLessThanOrEqual(depth === 0 ? limits.causes : 0);
  for (const cause of info.causes) expectSane(cause, depth + 1);
  // Data: serialisable, and nothing user-defined survives a structured clone (an error's lazy
  // stack is a getter on errata's own prototype, read through `read`).
  expect(() => JSON.stringify(info)).not.toThrow();
  expect(structuredClone(info)).toEqual(info);
}

function expectMatches(info: ErrorInfo, entry: Throwable): void {
  const { causes, ...fields } = entry.expect;
  expect(info).toMatchObject(fields);
  if (causes !== undefined) expect(info.causes.length).toBeGreaterThanOrEqual(causes);
  if (entry.expect.status === undefined) expect(info.status).toBeUndefined();
}

describe('normalise on the hostile throwables corpus', () => {
  it('has unique names', () => {
    expect(new Set(throwables.map((entry) => entry.name)).size).toBe(throwables.length);
  });

  describe.each(throwables.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    it('gives sane, expected info when thrown synchronously', () => {
      const value = entry.make();
      let caught: unknown;
      try {
        throw value;
      } catch (error) {
        caught = error;
      }
      const info = normalise(caught);
      expectSane(info);
      expectMatches(info, entry);
    });

    it('gives the same when the value is an async rejection', async () => {
      const handler = async (): Promise<never> => {
        throw entry.make();
      };
      const fromAsync = await handler().then(() => undefined, normalise);
      const fromReject = await Promise.reject(entry.make()).then(() => undefined, normalise);
      for (const info of [fromAsync, fromReject]) {
        expect(info).toBeDefined();
        expectSane(info as ErrorInfo);
        expectMatches(info as ErrorInfo, entry);
      }
    });

    it('is quick', () => {
      // Best of five fresh values: the first read of an error's stack formats it once.
      let fastest = Infinity;
      for (let round = 0; round < 5; round += 1) {
        const value = entry.make();
        const started = performance.now();
        normalise(value);
        fastest = Math.min(fastest, performance.now() - started);
      }
      expect(fastest).toBeLessThan(entry.large === true ? 50 : 3);
    });
  });
});
