import { types } from 'node:util';

/**
 * Header values that can never break a response: Node's `setHeader` throws on CR, LF, NUL and
 * any character above U+00FF, and fetch's `Headers` throws on the same, so an error-supplied
 * value is reduced to printable ASCII before it gets near either.
 */

const maxHeaderValue = 1024;
/** One day: a longer wait is better expressed as a date. */
const maxRetryAfterSeconds = 86_400;
// Tabs and other whitespace controls become spaces; every other non-printable character goes.
const whitespaceControls = /[\t\n\v\f\r]+/g;
const nonPrintable = /[^\x20-\x7e]+/g;
const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;
const digits = /^[0-9]{1,12}$/;
const imfFixdate = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$/;

/** A safe header value from a string, or undefined when nothing usable is left. */
export function headerValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Cap first so the replacements below never walk a huge string.
  const capped = value.length > maxHeaderValue * 4 ? value.slice(0, maxHeaderValue * 4) : value;
  const clean = capped.replace(whitespaceControls, ' ').replace(nonPrintable, '').trim();
  const bounded = clean.length > maxHeaderValue ? clean.slice(0, maxHeaderValue).trimEnd() : clean;
  return bounded === '' ? undefined : bounded;
}

function isValidDate(value: unknown): value is Date {
  return types.isDate(value) && Number.isFinite(Date.prototype.getTime.call(value));
}

/**
 * `Retry-After` as delay-seconds (non-negative integer, capped at a day) or an IMF-fixdate.
 * Accepts a number of seconds, a Date (from any realm), or a string already in either form.
 */
export function formatRetryAfter(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return undefined;
    return String(Math.min(Math.ceil(value), maxRetryAfterSeconds));
  }
  if (isValidDate(value)) {
    // Date.prototype methods directly: a user subclass may override toUTCString.
    const text = Date.prototype.toUTCString.call(value);
    return imfFixdate.test(text) ? text : undefined;
  }
  if (typeof value === 'string') {
    const trimmed = value.length > 64 ? '' : value.trim();
    if (digits.test(trimmed)) return String(Math.min(Number(trimmed), maxRetryAfterSeconds));
    if (imfFixdate.test(trimmed)) {
      const parsed = new Date(trimmed);
      return isValidDate(parsed) ? parsed.toUTCString() : undefined;
    }
  }
  return undefined;
}

function formatAllow(value: unknown): string | undefined {
  const text = headerValue(value);
  if (text === undefined) return undefined;
  const methods = text
    .split(',', 32)
    .map((part) => part.trim())
    .filter((part) => token.test(part));
  return methods.length > 0 ? methods.join(', ') : undefined;
}

function joinValues(value: unknown): unknown {
  // Several challenges may arrive as an array; HTTP allows them comma-joined in one field.
  if (Array.isArray(value))
    return value
      .slice(0, 8)
      .filter((item) => typeof item === 'string')
      .join(', ');
  return value;
}

// A Map, not an object literal: a header named `constructor` must not find Object's.
const allowed = new Map<string, (value: unknown) => string | undefined>([
  ['retry-after', formatRetryAfter],
  ['www-authenticate', (value) => headerValue(joinValues(value))],
  ['allow', (value) => formatAllow(joinValues(value))],
]);

const maxHeaderKeys = 64;

/**
 * The error-supplied headers that may reach a response: `retry-after`, `www-authenticate` and
 * `allow`, matched case-insensitively and named in lower case (as every header is inside errata),
 * values sanitised. Anything else (including a Proxy or a
 * throwing getter) yields nothing rather than an exception.
 */
export function allowErrorHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (typeof headers !== 'object' || headers === null || types.isProxy(headers)) return result;
  let keys: string[];
  try {
    keys = Object.keys(headers);
  } catch {
    return result;
  }
  for (const key of keys.slice(0, maxHeaderKeys)) {
    const name = key.toLowerCase();
    const format = allowed.get(name);
    if (format === undefined || name in result) continue;
    let raw: unknown;
    try {
      raw = (headers as Record<string, unknown>)[key];
    } catch {
      continue;
    }
    const value = format(raw);
    if (value !== undefined) result[name] = value;
  }
  return result;
}

/** What an adapter can tell about the route of a request. */
export interface RouteInfo {
  /**
   * The methods the app's router accepts for the request's path, or undefined when it cannot
   * say (no method-specific route there, or a router errata cannot read).
   */
  allow(): readonly string[] | undefined;
}

/**
 * `Allow` for a 405 (RFC 9110 15.5.6: the origin server MUST send it): the error's, else what the
 * adapter reads from the router, else nothing and a warning for the onError event (an empty
 * `Allow` would claim the resource allows no method at all, so none is invented).
 */
export function allowFor(errorAllow: string | undefined, route: RouteInfo | undefined): { value: string } | { warning: string } {
  if (errorAllow !== undefined) return { value: errorAllow };
  const reason = 'a 405 went out without Allow (RFC 9110 15.5.6): the error supplied none and';
  if (route === undefined) return { warning: `${reason} this adapter cannot see the routes; pass \`allow\` to the ErrataError` };
  let methods: readonly string[] | undefined;
  try {
    methods = route.allow();
  } catch {
    methods = undefined;
  }
  const value = methods && methods.length > 0 ? formatAllow(methods.join(', ')) : undefined;
  if (value !== undefined) return { value };
  return { warning: `${reason} the router has no method-specific route for this path; pass \`allow\` to the ErrataError` };
}
