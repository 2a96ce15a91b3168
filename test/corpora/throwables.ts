/**
 * Hostile and odd throwables: every kind of value a handler can throw, each built fresh by a
 * factory (some cannot exist twice, e.g. a revoked Proxy, and some count their reads).
 * `expect` is what normalise() must report; the render tests also use this list to check that
 * no throwable leaks internals. See README.md in this folder.
 */
import vm from 'node:vm';
import Boom from '@hapi/boom';
import createHttpError from 'http-errors';
import { ErrataError } from '@errata/server';

export type ThrowableKind = 'error' | 'errata' | 'string' | 'number' | 'bigint' | 'symbol' | 'null' | 'undefined' | 'object' | 'function' | 'proxy' | 'unknown';

export interface Throwable {
  /** Unique, kebab-case. */
  readonly name: string;
  /** Builds a fresh value; never throws itself. */
  readonly make: () => unknown;
  /** What normalise() must find (a subset of ErrorInfo). */
  readonly expect: {
    readonly kind: ThrowableKind;
    readonly name?: string;
    readonly status?: number;
    readonly code?: string;
    readonly errataCode?: string;
    /** At least this many causes. */
    readonly causes?: number;
  };
  /** True when normalising it may legitimately take more than a fraction of a millisecond. */
  readonly large?: boolean;
}

const fiveMegabytes = 5 * 1024 * 1024;

/** A Proxy whose every trap throws (what a revoked Proxy does, but with a custom message). */
function throwingProxy(target: object = {}): object {
  const trap = (): never => {
    throw new Error('trap: internal detail /srv/app/secret.ts');
  };
  return new Proxy(target, {
    get: trap,
    set: trap,
    has: trap,
    ownKeys: trap,
    getPrototypeOf: trap,
    setPrototypeOf: trap,
    defineProperty: trap,
    deleteProperty: trap,
    getOwnPropertyDescriptor: trap,
    isExtensible: trap,
    preventExtensions: trap,
    apply: trap,
    construct: trap,
  });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

// Define `stack` first: redefining it makes V8 format the old stack, which reads name and message.
function throwingGetters<T extends object>(target: T, keys: readonly string[]): T {
  for (const key of keys) {
    Object.defineProperty(target, key, {
      get() {
        throw new Error(`getter ${key} exploded at /srv/app/internal.ts:12`);
      },
      configurable: true,
    });
  }
  return target;
}

const hostileCoercion = {
  toString(): never {
    throw new Error('toString called');
  },
  valueOf(): never {
    throw new Error('valueOf called');
  },
  [Symbol.toPrimitive](): never {
    throw new Error('toPrimitive called');
  },
  toJSON(): never {
    throw new Error('toJSON called');
  },
};

function changingGetters(): Error {
  const error = new Error('placeholder');
  // Each read of a property answers differently from the one before: a normaliser that reads a
  // property twice sees a 200 or an object. (One counter per property: V8 reads `message` when it
  // formats the stack, so a shared counter would make the answer depend on when that happens.)
  let statusReads = 0;
  let messageReads = 0;
  Object.defineProperty(error, 'status', { get: () => (++statusReads % 2 === 1 ? 404 : 200) });
  Object.defineProperty(error, 'message', { get: () => (++messageReads % 2 === 1 ? 'first' : { toString: () => 'second' }) });
  return error;
}

function deepCauses(depth: number): Error {
  let error = new Error('root cause');
  for (let level = 0; level < depth; level += 1) error = new Error(`level ${level}`, { cause: error });
  return error;
}

function circular(): Error {
  const a = new Error('a');
  const b = new Error('b', { cause: a });
  const c = new Error('c', { cause: b });
  (a as { cause?: unknown }).cause = c;
  return c;
}

function endlessCauses(): Error {
  // Every read of `cause` invents a new error: a chain with no end and no cycle.
  const make = (depth: number): Error => {
    const error = new Error(`generated ${depth}`);
    Object.defineProperty(error, 'cause', { get: () => make(depth + 1) });
    return error;
  };
  return make(0);
}

function longPrototypeChain(): object {
  let object: object = { message: 'bottom' };
  for (let level = 0; level < 1000; level += 1) object = Object.create(object) as object;
  return object;
}

export const throwables: readonly Throwable[] = [
  { name: 'null', make: () => null, expect: { kind: 'null' } },
  { name: 'undefined', make: () => undefined, expect: { kind: 'undefined' } },
  { name: 'empty-string', make: () => '', expect: { kind: 'string' } },
  { name: 'string', make: () => 'database password is hunter2', expect: { kind: 'string' } },
  { name: 'five-megabyte-string', make: () => 'x'.repeat(fiveMegabytes), expect: { kind: 'string' }, large: true },
  { name: 'zero', make: () => 0, expect: { kind: 'number' } },
  { name: 'negative-zero', make: () => -0, expect: { kind: 'number' } },
  { name: 'nan', make: () => Number.NaN, expect: { kind: 'number' } },
  { name: 'infinity', make: () => Infinity, expect: { kind: 'number' } },
  { name: 'status-like-number', make: () => 404, expect: { kind: 'number' } },
  { name: 'bigint', make: () => 123n, expect: { kind: 'bigint' } },
  { name: 'huge-bigint', make: () => 7n ** 50_000n, expect: { kind: 'bigint' } },
  { name: 'symbol', make: () => Symbol('private detail'), expect: { kind: 'symbol' } },
  { name: 'symbol-without-description', make: () => Symbol(), expect: { kind: 'symbol' } },
  { name: 'true', make: () => true, expect: { kind: 'unknown' } },
  { name: 'false', make: () => false, expect: { kind: 'unknown' } },
  {
    name: 'function',
    make: () =>
      function leak(): string {
        return '/srv/app';
      },
    expect: { kind: 'function' },
  },
  { name: 'class', make: () => class InternalThing {}, expect: { kind: 'function' } },
  { name: 'plain-object', make: () => ({ reason: 'internal detail' }), expect: { kind: 'object', name: 'NonError' } },
  { name: 'object-with-status', make: () => ({ message: 'Not here', status: 404 }), expect: { kind: 'object', status: 404 } },
  { name: 'null-prototype-object', make: () => Object.assign(Object.create(null) as object, { message: 'no prototype' }), expect: { kind: 'object' } },
  { name: 'array', make: () => [new Error('in an array'), 'x'], expect: { kind: 'object' } },
  { name: 'date', make: () => new Date(0), expect: { kind: 'object' } },
  { name: 'regexp', make: () => /secret/g, expect: { kind: 'object' } },
  { name: 'map', make: () => new Map([['password', 'hunter2']]), expect: { kind: 'object' } },
  { name: 'promise', make: () => Promise.resolve('never awaited'), expect: { kind: 'object' } },
  {
    name: 'thenable-with-throwing-then',
    make: () => ({
      // biome-ignore lint/suspicious/noThenProperty: a thenable that throws is exactly the hostile value under test.
      then(): never {
        throw new Error('then called');
      },
    }),
    expect: { kind: 'object' },
  },
  { name: 'hostile-coercion-object', make: () => ({ ...hostileCoercion }), expect: { kind: 'object' } },
  {
    name: 'error-with-hostile-message-object',
    make: () => Object.assign(new Error('x'), { message: { ...hostileCoercion }, name: { ...hostileCoercion } }),
    expect: { kind: 'error', name: 'Error' },
  },
  {
    name: 'error-with-non-string-fields',
    make: () => Object.assign(new Error('x'), { message: 42, name: 7, stack: { frames: [] }, code: 5, status: '500' }),
    expect: { kind: 'error' },
  },
  {
    name: 'error-with-throwing-getters',
    make: () => throwingGetters(new Error('x'), ['stack', 'message', 'name', 'code', 'status', 'statusCode', 'cause', 'errors', 'headers', 'expose']),
    expect: { kind: 'error' },
  },
  {
    name: 'object-with-throwing-getters',
    make: () => throwingGetters({}, ['message', 'name', 'stack', 'code', 'status', 'cause']),
    expect: { kind: 'object' },
  },
  { name: 'changing-getters', make: changingGetters, expect: { kind: 'error', status: 404 } },
  { name: 'throwing-proxy', make: () => throwingProxy(), expect: { kind: 'proxy' } },
  { name: 'proxy-around-error', make: () => new Proxy(new Error('wrapped'), {}), expect: { kind: 'proxy' } },
  { name: 'throwing-function-proxy', make: () => throwingProxy(() => undefined), expect: { kind: 'function' } },
  { name: 'revoked-proxy', make: revokedProxy, expect: { kind: 'proxy' } },
  { name: 'error-caused-by-revoked-proxy', make: () => new Error('outer', { cause: revokedProxy() }), expect: { kind: 'error', causes: 1 } },
  {
    name: 'error-with-proxy-headers',
    make: () => Object.assign(new Error('x'), { status: 401, headers: throwingProxy() }),
    expect: { kind: 'error', status: 401 },
  },
  { name: 'hostile-prototype', make: () => Object.create(throwingProxy()) as object, expect: { kind: 'object' } },
  { name: 'error-with-hostile-prototype', make: () => Object.setPrototypeOf(new Error('reparented'), throwingProxy()) as object, expect: { kind: 'error' } },
  { name: 'long-prototype-chain', make: longPrototypeChain, expect: { kind: 'object' } },
  { name: 'cross-realm-error', make: () => vm.runInNewContext('new TypeError("from another realm")') as unknown, expect: { kind: 'error', name: 'TypeError' } },
  { name: 'cross-realm-object', make: () => vm.runInNewContext('({ message: "far", status: 503 })') as unknown, expect: { kind: 'object', status: 503 } },
  {
    name: 'cross-realm-cause-chain',
    make: () => vm.runInNewContext('new Error("outer", { cause: new RangeError("inner") })') as unknown,
    expect: { kind: 'error', causes: 1 },
  },
  { name: 'dom-exception-abort', make: () => new DOMException('The operation was aborted.', 'AbortError'), expect: { kind: 'error', name: 'AbortError' } },
  { name: 'dom-exception-timeout', make: () => new DOMException('The operation timed out.', 'TimeoutError'), expect: { kind: 'error', name: 'TimeoutError' } },
  { name: 'abort-signal-reason', make: () => AbortSignal.abort().reason as unknown, expect: { kind: 'error', name: 'AbortError' } },
  {
    name: 'aggregate-error',
    make: () => new AggregateError([new Error('first'), 'second', null], 'several failed', { cause: new Error('why') }),
    expect: { kind: 'error', name: 'AggregateError', causes: 4 },
  },
  {
    name: 'aggregate-error-huge',
    make: () =>
      new AggregateError(
        Array.from({ length: 5000 }, (_, index) => new Error(`e${index}`)),
        'many',
      ),
    expect: { kind: 'error', causes: 8 },
  },
  { name: 'circular-cause', make: circular, expect: { kind: 'error', causes: 2 } },
  {
    name: 'self-cause',
    make: () => {
      const error = new Error('me');
      (error as { cause?: unknown }).cause = error;
      return error;
    },
    expect: { kind: 'error' },
  },
  { name: 'deep-cause-chain-10000', make: () => deepCauses(10_000), expect: { kind: 'error', causes: 8 } },
  { name: 'endless-cause-getter', make: endlessCauses, expect: { kind: 'error', causes: 8 } },
  { name: 'five-megabyte-message', make: () => new Error('m'.repeat(fiveMegabytes)), expect: { kind: 'error' }, large: true },
  { name: 'huge-stack', make: () => Object.assign(new Error('x'), { stack: 'at frame\n'.repeat(100_000) }), expect: { kind: 'error' } },
  { name: 'frozen-error', make: () => Object.freeze(Object.assign(new Error('frozen'), { status: 409 })), expect: { kind: 'error', status: 409 } },
  { name: 'status-out-of-range', make: () => Object.assign(new Error('ok?'), { status: 200, statusCode: 302 }), expect: { kind: 'error' } },
  {
    name: 'system-error',
    make: () =>
      Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), {
        code: 'ECONNREFUSED',
        errno: -111,
        syscall: 'connect',
        address: '10.0.0.5',
        port: 5432,
      }),
    expect: { kind: 'error', code: 'ECONNREFUSED' },
  },
  { name: 'timeout-error', make: () => Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' }), expect: { kind: 'error', code: 'ETIMEDOUT' } },
  {
    name: 'fetch-failed',
    make: () => new TypeError('fetch failed', { cause: Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' }) }),
    expect: { kind: 'error', name: 'TypeError', causes: 1 },
  },
  { name: 'http-errors-404', make: () => createHttpError(404, 'No such order'), expect: { kind: 'error', status: 404 } },
  { name: 'http-errors-405', make: () => createHttpError(405, { headers: { Allow: 'GET, HEAD', 'X-Internal': 'x' } }), expect: { kind: 'error', status: 405 } },
  { name: 'boom-unauthorized', make: () => Boom.unauthorized('bad token', 'Bearer'), expect: { kind: 'error', status: 401 } },
  { name: 'boom-internal', make: () => Boom.internal('db exploded at /srv/app/db.ts'), expect: { kind: 'error', status: 500 } },
  {
    name: 'errata-error',
    make: () => new ErrataError('NOT_FOUND', { values: { item: 'order' } }),
    expect: { kind: 'errata', errataCode: 'NOT_FOUND', code: 'NOT_FOUND' },
  },
  {
    name: 'errata-error-hostile-options',
    make: () =>
      new ErrataError('RATE_LIMITED', {
        values: throwingProxy() as Record<string, string>,
        headers: throwingProxy() as Record<string, string>,
        retryAfter: Number.NaN,
        errors: throwingProxy() as never,
        cause: revokedProxy(),
      }),
    expect: { kind: 'errata', errataCode: 'RATE_LIMITED', causes: 1 },
  },
];
