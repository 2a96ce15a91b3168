import { types } from 'node:util';
import { errataBrand } from '../errata-error.js';
import { limits, type ErrorInfo } from './error-info.js';
import { allowErrorHeaders } from './headers.js';
import { truncate } from './truncate.js';

export type { ErrorInfo } from './error-info.js';

/**
 * Turns anything a handler can throw into an ErrorInfo. Rules that keep it safe:
 * - every property is read at most once, through `read`, which swallows throwing getters and
 *   hostile prototype chains; a value that changes between reads is therefore never seen twice;
 * - Proxies (revoked or not) are never touched: any trap is user code;
 * - no user `toString`/`Symbol.toPrimitive` is called: only primitive strings become text;
 * - every size is bounded and the cause chain is walked iteratively, so depth costs nothing.
 */

const codePattern = /^[A-Za-z0-9_.:-]{1,64}$/;
const valueKey = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const maxPending = 64;
const maxAggregate = 16;
const hugeBigInt = 10n ** 1000n;

function read(target: object, key: PropertyKey): unknown {
  try {
    return Reflect.get(target, key);
  } catch {
    return undefined;
  }
}

function isProxy(value: object): boolean {
  return types.isProxy(value);
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function inheritsFrom(value: object, type: abstract new (...args: never[]) => unknown): boolean {
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}

function boundedString(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? truncate(value, max) : undefined;
}

function httpStatus(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 599 ? value : undefined;
}

function validDate(value: unknown): Date | undefined {
  if (!types.isDate(value)) return undefined;
  const time = Date.prototype.getTime.call(value);
  // A fresh Date: the original may come from another realm or carry overridden methods.
  return Number.isFinite(time) ? new Date(time) : undefined;
}

function retryAfter(value: unknown): number | Date | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  return validDate(value);
}

function icuValues(source: unknown): Record<string, string | number | Date> | undefined {
  if (!isObject(source) || isProxy(source)) return undefined;
  let keys: string[];
  try {
    keys = Object.keys(source);
  } catch {
    return undefined;
  }
  const values: Record<string, string | number | Date> = {};
  let count = 0;
  for (const key of keys) {
    if (count >= limits.values) break;
    if (!valueKey.test(key) || key === '__proto__') continue;
    const raw = read(source, key);
    const value = typeof raw === 'string' ? truncate(raw, limits.valueText) : typeof raw === 'number' && Number.isFinite(raw) ? raw : validDate(raw);
    if (value === undefined) continue;
    values[key] = value;
    count += 1;
  }
  return count > 0 ? values : undefined;
}

function issuePath(value: unknown): string | undefined {
  if (typeof value === 'string') return truncate(value, limits.errorText);
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let index = 0; index < value.length && index < 32; index += 1) {
      const part: unknown = value[index];
      if (typeof part === 'string' || typeof part === 'number') parts.push(String(part));
    }
    return parts.length > 0 ? truncate(parts.join('.'), limits.errorText) : undefined;
  }
  return undefined;
}

/** Array elements without trusting the array: Proxies refused, at most `max` index reads. */
function elements(value: unknown, max: number): unknown[] {
  if (!isObject(value) || isProxy(value) || !Array.isArray(value)) return [];
  const count = Math.min(value.length, max);
  const items: unknown[] = [];
  for (let index = 0; index < count; index += 1) items.push(read(value, index));
  return items;
}

function validationIssues(items: unknown[]): { path?: string; message: string }[] | undefined {
  const issues: { path?: string; message: string }[] = [];
  for (const item of items) {
    if (!isObject(item) || isProxy(item)) continue;
    const message = boundedString(read(item, 'message'), limits.errorText);
    if (message === undefined) continue;
    // `path` (zod, yup, ErrataError) or `instancePath` (ajv).
    const path = issuePath(read(item, 'path')) ?? issuePath(read(item, 'instancePath'));
    issues.push(path === undefined ? { message } : { path, message });
  }
  return issues.length > 0 ? issues : undefined;
}

function primitiveInfo(kind: ErrorInfo['kind'], message: string): ErrorInfo {
  return { kind, name: 'NonError', message, headers: {}, causes: [] };
}

function bigintText(value: bigint): string {
  if (value > hugeBigInt || value < -hugeBigInt) return 'BigInt (too large to show)';
  return BigInt.prototype.toString.call(value);
}

/** Describes one value (not its causes); pushes cause candidates onto `pending`. */
function describe(value: unknown, pending: unknown[], withStack: boolean): ErrorInfo {
  switch (typeof value) {
    case 'undefined':
      return primitiveInfo('undefined', '');
    case 'string':
      return primitiveInfo('string', truncate(value, limits.message));
    case 'number':
      return primitiveInfo('number', String(value));
    case 'bigint':
      return primitiveInfo('bigint', bigintText(value));
    case 'boolean':
      return primitiveInfo('unknown', value ? 'true' : 'false');
    case 'symbol':
      return primitiveInfo('symbol', truncate(value.description ?? '', limits.message));
    case 'function':
      // Calling or stringifying it would run user code; its existence is all we report.
      return primitiveInfo('function', '');
    case 'object':
      if (value === null) return primitiveInfo('null', '');
      if (isProxy(value)) return primitiveInfo('proxy', '');
      return describeObject(value, pending, withStack);
    default:
      return primitiveInfo('unknown', '');
  }
}

/**
 * An error's info whose `stack` is read on first use, once. V8 formats a stack the first time it
 * is read, which costs more than the rest of an error response (5 to 30 µs for a handler's
 * frames): a hook that counts errors, or an authorisation that says no, never pays for it. A
 * class with the getter on its prototype: every 500 builds one, and a per-object getter (an
 * object literal's, or `defineProperty`) costs a closure and an accessor per error.
 */
class ErrorInfoWithStack implements ErrorInfo {
  readonly kind: ErrorInfo['kind'];
  readonly name: string;
  readonly message: string;
  headers: Record<string, string> = {};
  causes: ErrorInfo[] = [];
  #source: object | undefined;
  #stack: string | undefined;

  constructor(kind: ErrorInfo['kind'], name: string, message: string, source: object) {
    this.kind = kind;
    this.name = name;
    this.message = message;
    this.#source = source;
  }

  get stack(): string | undefined {
    const source = this.#source;
    if (source !== undefined) {
      this.#source = undefined;
      this.#stack = boundedString(read(source, 'stack'), limits.stack);
    }
    return this.#stack;
  }
}

function describeObject(value: object, pending: unknown[], withStack: boolean): ErrorInfo {
  const isErrata = read(value, errataBrand) === true;
  // isNativeError sees errors from other realms; instanceof catches DOMException and subclasses.
  const isError = isErrata || types.isNativeError(value) || inheritsFrom(value, Error);
  const kind: ErrorInfo['kind'] = isErrata ? 'errata' : isError ? 'error' : 'object';

  const rawName = read(value, 'name');
  const name = isError ? boundedString(rawName, limits.name) || 'Error' : 'NonError';
  const message = boundedString(read(value, 'message'), limits.message) ?? '';
  const info: ErrorInfo = isError && withStack ? new ErrorInfoWithStack(kind, name, message, value) : { kind, name, message, headers: {}, causes: [] };

  const code = read(value, 'code');
  if (typeof code === 'string' && codePattern.test(code)) {
    info.code = code;
    if (isErrata) info.errataCode = code;
  }

  let headerSource: unknown = read(value, 'headers');
  const status = httpStatus(read(value, 'status')) ?? httpStatus(read(value, 'statusCode'));
  if (status !== undefined) info.status = status;
  if (read(value, 'isBoom') === true) {
    const output = read(value, 'output');
    if (isObject(output) && !isProxy(output)) {
      info.status ??= httpStatus(read(output, 'statusCode'));
      if (info.status === undefined) delete info.status;
      // Boom keeps WWW-Authenticate and friends on output.headers.
      const outputHeaders = read(output, 'headers');
      if (headerSource === undefined) headerSource = outputHeaders;
    }
  }

  if (read(value, 'expose') === true) info.expose = true;
  info.headers = allowErrorHeaders(headerSource);

  if (isErrata) {
    const retry = retryAfter(read(value, 'retryAfter'));
    if (retry !== undefined) info.retryAfter = retry;
    const values = icuValues(read(value, 'values'));
    if (values !== undefined) info.values = values;
    // `allow` (typed for METHOD_NOT_ALLOWED) wins over an `Allow` in `headers`.
    const allow = allowErrorHeaders({ allow: read(value, 'allow') }).allow;
    if (allow !== undefined) info.headers = { ...info.headers, allow };
  }

  const rawErrors = read(value, 'errors');
  const aggregate = isError && !isErrata && (rawName === 'AggregateError' || inheritsFrom(value, AggregateError));
  if (aggregate) {
    for (const item of elements(rawErrors, maxAggregate)) {
      if (pending.length < maxPending) pending.push(item);
    }
  } else {
    const issues = validationIssues(elements(rawErrors, limits.errors));
    if (issues !== undefined) info.errors = issues;
  }

  const cause = read(value, 'cause');
  // The cause goes first so a chain reads in order, before any aggregated errors.
  if (cause !== undefined && pending.length < maxPending) pending.unshift(cause);
  return info;
}

export interface NormaliseOptions {
  /**
   * Read `stack` (default true). V8 formats a stack on first read, which costs more than the
   * rest of an error response; a caller that will neither show nor log it passes false.
   */
  readonly stack?: boolean;
}

/** Safe, bounded facts about any thrown value. Never throws. */
export function normalise(thrown: unknown, options?: NormaliseOptions): ErrorInfo {
  const withStack = options?.stack !== false;
  try {
    const seen = new Set<unknown>();
    if (isObject(thrown) || typeof thrown === 'function') seen.add(thrown);
    const pending: unknown[] = [];
    const root = describe(thrown, pending, withStack);
    while (root.causes.length < limits.causes && pending.length > 0) {
      const next = pending.shift();
      if (isObject(next) || typeof next === 'function') {
        if (seen.has(next)) continue;
        seen.add(next);
      }
      const found: unknown[] = [];
      root.causes.push(describe(next, found, withStack));
      // Breadth-first: this value's own causes queue behind what is already waiting.
      for (const item of found) if (pending.length < maxPending) pending.push(item);
    }
    return root;
  } catch {
    // Nothing above should throw; if some engine quirk does, report an opaque error.
    return primitiveInfo('unknown', '');
  }
}
