import { types } from 'node:util';

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
}

export class ErrataError extends Error {
  readonly code: string;
  readonly values: Record<string, string | number | Date> | undefined;
  readonly retryAfter: number | Date | undefined;
  readonly headers: Record<string, string> | undefined;
  readonly expose: boolean;
  readonly status: number | undefined;
  readonly errors: readonly ValidationIssue[] | undefined;
  declare readonly [brand]: true;

  constructor(code: string, options: ErrataErrorOptions = {}) {
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
    // Non-enumerable so it stays out of JSON and logs; defined per instance so it survives
    // subclassing and structured copies that keep own properties.
    Object.defineProperty(this, brand, { value: true });
  }

  /** `instanceof ErrataError` also holds for instances from another copy of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this === ErrataError) return isErrataError(value);
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

// On the prototype, not per instance: `name` stays out of own enumerable properties.
Object.defineProperty(ErrataError.prototype, 'name', { value: 'ErrataError', writable: true, configurable: true });

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
