import { types } from 'node:util';
import type { BuiltinCode, Catalog } from '@errata/catalog';

/**
 * The error type for code that knows what went wrong: a catalog code plus the values its
 * message needs. Instances carry a registry-wide symbol brand, so a second copy of this
 * package (or an error built in another realm) is still recognised where `instanceof` fails.
 */
const brand: unique symbol = Symbol.for('errata.error') as never;

export interface ValidationIssue {
  readonly path?: string;
  readonly message: string;
}

/** An HTTP method as `Allow` lists it: the standard ones, or any other upper-case token. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS' | 'CONNECT' | 'TRACE' | (Uppercase<string> & {});

export interface ErrataErrorOptions {
  /** ICU values for the code's message: primitives and dates only. */
  readonly values?: Record<string, string | number | Date>;
  /** Seconds to wait, or the moment to retry at: becomes `Retry-After`. */
  readonly retryAfter?: number | Date;
  readonly cause?: unknown;
  /** Only `Retry-After`, `WWW-Authenticate` and `Allow` ever reach the response. */
  readonly headers?: Record<string, string>;
  /** Allow the message to be shown to users on a 4xx (never on a 5xx). */
  readonly expose?: boolean;
  /** Internal message (logs, diagnostics). Defaults to the code. */
  readonly message?: string;
  /** Overrides the catalog status for this code (400..599). */
  readonly status?: number;
  /** Validation details, listed on the page and in problem+json `errors`. */
  readonly errors?: readonly ValidationIssue[];
  /**
   * The methods the resource does allow: `Allow` on a 405 (RFC 9110 15.5.6). Typed only for
   * METHOD_NOT_ALLOWED and codes of your own; adapters that see the router fill it in otherwise.
   */
  readonly allow?: readonly [HttpMethod, ...HttpMethod[]];
}

/** `allow` belongs to a 405: a built-in code of another status refuses it at compile time. */
export type ErrataErrorOptionsFor<C extends string> =
  C extends Exclude<BuiltinCode, 'METHOD_NOT_ALLOWED'> ? ErrataErrorOptions & { readonly allow?: never } : ErrataErrorOptions;

/**
 * Augment to have your own catalog's codes checked like the built-in ones:
 *
 * ```ts
 * declare module '@errata/server' {
 *   interface Register { catalog: typeof catalog }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by users through declaration merging.
export interface Register {}

/** The codes `new ErrataError(code)` accepts as literals: built-in, plus a registered catalog's. */
export type KnownCode = BuiltinCode | (Register extends { catalog: Catalog<infer C> } ? C : never);

/**
 * A literal code must be one of `Known`; a `string`-typed code (read from data, a dynamic code)
 * passes, and an unknown one falls back to INTERNAL at run time as always. A conditional type,
 * because TypeScript infers `C` through one from the argument and then checks it against the
 * branch it picks (an intersection would silently accept anything).
 */
type CheckedCode<C extends string, Known extends string> = C extends Known ? C : string extends C ? C : NoInfer<Known>;

class ErrataErrorClass<Code extends string = string> extends Error {
  readonly code: Code;
  readonly values: Record<string, string | number | Date> | undefined;
  readonly retryAfter: number | Date | undefined;
  readonly headers: Record<string, string> | undefined;
  readonly expose: boolean;
  readonly status: number | undefined;
  readonly errors: readonly ValidationIssue[] | undefined;
  readonly allow: readonly string[] | undefined;
  declare readonly [brand]: true;

  constructor(code: Code, options: ErrataErrorOptions = {}) {
    if (typeof code !== 'string' || code === '') {
      throw new TypeError('ErrataError: code must be a non-empty string such as "NOT_FOUND"');
    }
    const message = typeof options.message === 'string' ? options.message : code;
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.values = options.values;
    this.retryAfter = options.retryAfter;
    this.headers = options.headers;
    this.expose = options.expose === true;
    this.status = options.status;
    this.errors = options.errors;
    this.allow = options.allow;
    // Non-enumerable so it stays out of JSON and logs; defined per instance so it survives
    // subclassing and structured copies that keep own properties.
    Object.defineProperty(this, brand, { value: true });
  }

  /** `instanceof ErrataError` also holds for instances from another copy of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class on the right of `instanceof`: the brand check for ErrataError itself,
    // the ordinary prototype check for a subclass.
    // biome-ignore lint/complexity/noThisInStatic: see above; the class name would not tell the two apart.
    if (this === ErrataErrorClass) return isErrataError(value);
    // biome-ignore lint/complexity/noThisInStatic: as above.
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

// On the prototype, not per instance: `name` stays out of own enumerable properties.
Object.defineProperty(ErrataErrorClass.prototype, 'name', { value: 'ErrataError', writable: true, configurable: true });

export interface ErrataErrorConstructor {
  /**
   * `new ErrataError('NOT_FOUND')`: a literal code is checked against the built-in (and a
   * registered catalog's) codes, so a typo is a compile error rather than a silent 500. Pass a
   * custom catalog's code type to check against it instead: `new ErrataError<MyCode>('MY_CODE')`.
   */
  new <Known extends string = KnownCode, const C extends string = Known>(code: CheckedCode<C, Known>, options?: ErrataErrorOptionsFor<C>): ErrataError<C>;
  readonly prototype: ErrataError;
  [Symbol.hasInstance](value: unknown): boolean;
}

/** The error type for code that knows what went wrong: a catalog code plus the values its message needs. */
export type ErrataError<Code extends string = string> = ErrataErrorClass<Code>;
export const ErrataError = ErrataErrorClass as unknown as ErrataErrorConstructor;

/**
 * True for an ErrataError from any copy of this package or any realm. Never throws, and never
 * runs user code: a Proxy is refused unread (its traps could do anything), as normalise() does.
 */
export function isErrataError(value: unknown): value is ErrataError {
  if (typeof value !== 'object' || value === null || types.isProxy(value)) return false;
  try {
    return (value as { [brand]?: unknown })[brand] === true;
  } catch {
    return false;
  }
}

/** The brand symbol, for the normaliser's single-read check. */
export const errataBrand: symbol = brand;
