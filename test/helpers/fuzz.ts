/**
 * Arbitraries and run settings for the property-based (fast-check) suites. Every run is bounded
 * in count and time and prints its seed; replay a failure with `FUZZ_SEED=<seed> npx vitest run <file>`
 * (fast-check also prints the counterexample's path, which `FUZZ_PATH` replays exactly).
 */
import fc from 'fast-check';

/** The seed of this process's fuzz runs: `FUZZ_SEED` or a fresh one. */
export const fuzzSeed = Number.parseInt(process.env.FUZZ_SEED ?? '', 10) || (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;

/** fast-check parameters for one property, its seed printed. */
export function fuzzRuns(name: string, numRuns: number, timeLimitMs: number): fc.Parameters<unknown> {
  console.log(`fuzz ${name}: seed ${fuzzSeed}, up to ${numRuns} runs or ${timeLimitMs} ms`);
  const path = process.env.FUZZ_PATH;
  return { seed: fuzzSeed, numRuns, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false, ...(path ? { path } : {}) };
}

const fail = (): never => {
  throw new Error('trap');
};

/**
 * A thrown value is generated as a recipe (plain data) and built inside the property: fast-check
 * inspects and prints what it generates, and a throwing getter or Proxy would trip it there.
 * A failure then prints the recipe, which reads better than the value would.
 */
export type ThrownRecipe =
  | { readonly t: 'any'; readonly value: unknown }
  | { readonly t: 'error'; readonly kind: 'Error' | 'TypeError' | 'RangeError' | 'AggregateError'; readonly fields: Readonly<Record<string, ThrownRecipe>> }
  | { readonly t: 'getters'; readonly keys: readonly string[] }
  | { readonly t: 'proxy'; readonly kind: 'transparent' | 'throwing' | 'revoked'; readonly inner: ThrownRecipe }
  | { readonly t: 'cyclic'; readonly inner: ThrownRecipe }
  | { readonly t: 'symbol'; readonly description: string }
  | { readonly t: 'huge'; readonly length: number; readonly unit: string };

/** Long strings: up to 5 MB, so the caps and the linear patterns are exercised too. */
export const hugeString = fc
  .tuple(fc.constantFrom(10_000, 100_000, 1_000_000, 5_000_000), fc.string({ minLength: 1, maxLength: 8 }))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const fieldNames = ['message', 'status', 'statusCode', 'code', 'cause', 'headers', 'expose', 'errors', 'name', 'stack', 'retryAfter', 'values'] as const;

/** Any thrown value, as a recipe: nested objects, errors with odd fields, throwing getters, Proxies, cycles, Symbols, BigInt, huge strings. */
export const thrownRecipe: fc.Arbitrary<ThrownRecipe> = fc.letrec<{ value: ThrownRecipe }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .anything({
        withBigInt: true,
        withMap: true,
        withSet: true,
        withDate: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
        withBoxedValues: true,
        maxDepth: 3,
      })
      .map((value) => ({ t: 'any' as const, value })),
    fc.record({
      t: fc.constant('error' as const),
      kind: fc.constantFrom('Error' as const, 'TypeError' as const, 'RangeError' as const, 'AggregateError' as const),
      fields: fc.dictionary(
        fc.constantFrom(...fieldNames),
        fc.oneof(
          tie('value'),
          fc.constantFrom('ECONNREFUSED', 'ETIMEDOUT', 404, 503, 200, 'x', true).map((value) => ({ t: 'any' as const, value })),
        ),
        { maxKeys: 5 },
      ),
    }),
    fc.record({ t: fc.constant('getters' as const), keys: fc.uniqueArray(fc.constantFrom(...fieldNames, 'toString', 'valueOf', 'then'), { maxLength: 6 }) }),
    fc.record({
      t: fc.constant('proxy' as const),
      kind: fc.constantFrom('transparent' as const, 'throwing' as const, 'revoked' as const),
      inner: tie('value'),
    }),
    fc.record({ t: fc.constant('cyclic' as const), inner: tie('value') }),
    fc.record({ t: fc.constant('symbol' as const), description: fc.string() }),
    fc.record({
      t: fc.constant('huge' as const),
      length: fc.constantFrom(10_000, 100_000, 1_000_000, 5_000_000),
      unit: fc.string({ minLength: 1, maxLength: 8 }),
    }),
  ),
})).value;

const kinds = { Error, TypeError, RangeError } as const;

/** Builds a fresh value from its recipe (call it once per use: getters count their calls). */
export function buildThrown(recipe: ThrownRecipe): unknown {
  switch (recipe.t) {
    case 'any':
      return recipe.value;
    case 'symbol':
      return Symbol(recipe.description);
    case 'huge':
      return recipe.unit.repeat(Math.ceil(recipe.length / recipe.unit.length)).slice(0, recipe.length);
    case 'getters': {
      const target: Record<string, unknown> = {};
      let calls = 0;
      // Throws on the first read, then answers differently on each later one.
      for (const key of recipe.keys) Object.defineProperty(target, key, { enumerable: true, get: () => (calls++ % 2 === 0 ? fail() : `changed ${calls}`) });
      return target;
    }
    case 'proxy': {
      const inner = buildThrown(recipe.inner);
      const target = typeof inner === 'object' && inner !== null ? inner : new Error(typeof inner);
      if (recipe.kind === 'transparent') return new Proxy(target, {});
      if (recipe.kind === 'throwing') return new Proxy(target, { get: fail, getPrototypeOf: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail });
      const revocable = Proxy.revocable(target, {});
      revocable.revoke();
      return revocable.proxy;
    }
    case 'cyclic': {
      const node: Record<string, unknown> = { value: buildThrown(recipe.inner), message: 'cycle' };
      node.self = node;
      node.cause = node;
      const error = new Error('cyclic cause', { cause: node });
      node.errors = [error, node];
      return error;
    }
    case 'error': {
      const fields = Object.entries(recipe.fields).map(([key, field]) => [key, buildThrown(field)] as const);
      const error =
        recipe.kind === 'AggregateError'
          ? new AggregateError(
              fields.map(([, value]) => value),
              'aggregate',
            )
          : new kinds[recipe.kind]();
      for (const [key, value] of fields) {
        try {
          Object.defineProperty(error, key, { value, enumerable: true, configurable: true, writable: true });
        } catch {
          // A key this kind refuses to redefine stays as it was.
        }
      }
      return error;
    }
  }
}

const percentJunk = fc.constantFrom('%', '%Z', '%ZZ', '%C3', '%C3%28', '%E2%82', '%ED%A0%80', '%F4%90%80%80', '%00', '%FF', '%25', '%2F..%2F', '%0D%0A');
const loneSurrogate = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83D', '\uDE00b');

/** Request targets: ordinary paths and URLs, invalid UTF-8 percent-escapes, lone surrogates, control characters, very long ones. */
export const requestUrl: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webPath(),
  fc
    .array(fc.oneof(fc.string({ maxLength: 8 }), percentJunk, loneSurrogate, fc.constantFrom('/', '?', '&', '=', '#', ';', '..', '\u0000', '\r\n')), {
      maxLength: 24,
    })
    .map((parts) => `/${parts.join('')}`),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(undefined, '', '*', '//evil.example/x', 'http://[::1', `/${'a'.repeat(100_000)}`),
);

const headerName = fc.oneof(
  fc.constantFrom(
    'accept',
    'accept-language',
    'traceparent',
    'x-request-id',
    'cookie',
    'authorization',
    'host',
    'referer',
    'user-agent',
    'Accept',
    'ACCEPT-LANGUAGE',
    '__proto__',
    'constructor',
  ),
  fc.string({ minLength: 1, maxLength: 20 }),
);
const headerText = fc.oneof(
  fc.constantFrom(
    'text/html',
    'application/problem+json',
    'application/json',
    'text/plain',
    '*/*',
    'text/html;q=0.1, application/json;q=0.2',
    'image/png',
    'de-CH,de;q=0.9,en;q=0.1',
    'ar',
    '*',
    '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  ),
  fc.string({ unit: 'binary', maxLength: 300 }),
  hugeString,
);

/** Node-style header maps: any names (any case), strings, arrays (duplicates) and undefined. */
export const headerMap: fc.Arbitrary<Record<string, string | string[] | undefined>> = fc.dictionary(
  headerName,
  fc.oneof(headerText, fc.array(headerText, { maxLength: 3 }), fc.constant(undefined)),
  { maxKeys: 8 },
);

export const requestMethod = fc.oneof(
  fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
  fc.string({ maxLength: 10 }),
  fc.constant(undefined),
);
