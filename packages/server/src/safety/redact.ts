import { types } from 'node:util';
import { isSensitiveParam, REDACTED, redactSecrets } from './redact-text.js';

export { REDACTED } from './redact-text.js';

export interface RedactorOptions {
  /** Extra sensitive keys: strings match after folding (case, `-`, `_`, spaces); RegExps test the raw key. */
  readonly keys?: readonly (string | RegExp)[];
  /** Extra secret patterns for text; every match becomes `[REDACTED]`. */
  readonly patterns?: readonly RegExp[];
}

export interface Redactor {
  /** Text with secrets blanked; capped at 64 KiB first (a marker ends a cut text). */
  string(text: string): string;
  /** A deep, bounded, cycle-safe copy of `value` with secrets blanked; JSON-friendly. */
  value(value: unknown): unknown;
  /**
   * Parsed query parameters: like `value`, and also blanks the parameters that are secret by
   * their name in a URL (`code`, `state` no, `sig`, `key`...), as `string` does in URL text.
   */
  query(params: Readonly<Record<string, string>>): Record<string, unknown>;
}

const maxText = 64 * 1024;
const maxValueText = 8 * 1024;
const maxDepth = 8;
const maxNodes = 2000;
const maxEntries = 100;
const maxKey = 256;
export const truncatedMarker = '…[truncated]';

/** Keys whose folded form contains one of these are secrets wherever they appear. */
const sensitiveKeyParts = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'authorization',
  'cookie',
  'credential',
  'privatekey',
  'sessionid',
  'csrf',
  'xsrf',
  'accesskey',
  'accountkey',
  'signature',
];
/** Short or common words: sensitive only as the whole key. */
const sensitiveKeysExact = new Set(['pwd', 'pass', 'auth', 'session', 'sid', 'otp', 'pin', 'cvv', 'cvc', 'jwt']);

export function foldKey(key: string): string {
  return key.toLowerCase().replace(/[-_ ]/g, '');
}

function withFlags(pattern: RegExp, global: boolean): RegExp {
  // Own copies: a shared /g or /y regex keeps lastIndex between calls and skips matches.
  const flags = pattern.flags.replace(/[gy]/g, '');
  return new RegExp(pattern.source, global ? `${flags}g` : flags);
}

/** Caps `text` before any regex sees it, backing off to whitespace so no token is cut in half. */
function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const space = text.lastIndexOf(' ', max);
  if (space > max - 4096 && space > 0) cut = space;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + truncatedMarker;
}

export function createRedactor(options: RedactorOptions = {}): Redactor {
  const exactKeys = new Set(sensitiveKeysExact);
  const keyPatterns: RegExp[] = [];
  for (const key of options.keys ?? []) {
    if (typeof key === 'string') exactKeys.add(foldKey(key));
    else if (key instanceof RegExp) keyPatterns.push(withFlags(key, false));
    else throw new TypeError('redaction keys must be strings or RegExps');
  }
  const patterns = (options.patterns ?? []).map((pattern) => {
    if (!(pattern instanceof RegExp)) throw new TypeError('redaction patterns must be RegExps');
    return withFlags(pattern, true);
  });

  function isSensitiveKey(key: string): boolean {
    const folded = foldKey(key);
    if (exactKeys.has(folded)) return true;
    for (const part of sensitiveKeyParts) if (folded.includes(part)) return true;
    for (const pattern of keyPatterns) if (pattern.test(key)) return true;
    return false;
  }

  function text(value: string, max: number): string {
    return redactSecrets(capText(value, max), patterns);
  }

  interface Walk {
    nodes: number;
    readonly seen: Set<object>;
  }

  function put(target: Record<string, unknown>, key: string, value: unknown): void {
    // defineProperty: a key named `__proto__` must stay data, not reset the prototype.
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  }

  function ownEntry(source: object, key: string): unknown {
    const descriptor = Object.getOwnPropertyDescriptor(source, key);
    if (descriptor === undefined) return undefined;
    // Getters are never run: they may be user code with side effects or varying results.
    return 'value' in descriptor ? descriptor.value : '[Getter]';
  }

  function entries(pairs: Iterable<[unknown, unknown]>, walk: Walk, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let count = 0;
    for (const [key, item] of pairs) {
      if (count >= maxEntries) {
        put(out, '…', 'more entries');
        break;
      }
      count += 1;
      const name = typeof key === 'string' ? key : typeof key === 'number' ? String(key) : `[${typeof key}]`;
      put(out, text(name, maxKey), isSensitiveKey(name) ? REDACTED : walkValue(item, walk, depth + 1));
    }
    return out;
  }

  function walkObject(value: object, walk: Walk, depth: number): unknown {
    if (types.isDate(value)) {
      const time = Date.prototype.getTime.call(value);
      return Number.isFinite(time) ? new Date(time).toISOString() : 'Invalid Date';
    }
    if (types.isAnyArrayBuffer(value) || ArrayBuffer.isView(value)) return '[Binary]';
    if (types.isRegExp(value)) return '[RegExp]';
    if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value)) return '[Object]';
    if (types.isNativeError(value) || value instanceof Error) {
      const out: Record<string, unknown> = {};
      for (const key of ['name', 'message', 'code', 'stack', 'cause']) {
        let item: unknown;
        try {
          item = Reflect.get(value, key);
        } catch {
          continue;
        }
        if (item !== undefined) put(out, key, walkValue(item, walk, depth + 1));
      }
      return out;
    }
    if (types.isMap(value)) return entries(Map.prototype.entries.call(value) as Iterable<[unknown, unknown]>, walk, depth);
    if (types.isSet(value)) {
      const out: unknown[] = [];
      for (const item of Set.prototype.values.call(value)) {
        if (out.length >= maxEntries) break;
        out.push(walkValue(item, walk, depth + 1));
      }
      return out;
    }
    if (typeof Headers !== 'undefined' && value instanceof Headers) {
      return entries(value.entries() as Iterable<[unknown, unknown]>, walk, depth);
    }
    if (value instanceof URLSearchParams) return entries(value.entries() as Iterable<[unknown, unknown]>, walk, depth);
    if (value instanceof URL) return text(value.href, maxValueText);
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      const length = Math.min(value.length, maxEntries);
      for (let index = 0; index < length; index += 1) out.push(walkValue(ownEntry(value, String(index)), walk, depth + 1));
      if (value.length > maxEntries) out.push(`… ${value.length - maxEntries} more`);
      return out;
    }
    const keys = Object.keys(value);
    const pairs = keys.slice(0, maxEntries + 1).map((key): [string, unknown] => [key, ownEntry(value, key)]);
    return entries(pairs, walk, depth);
  }

  function walkValue(value: unknown, walk: Walk, depth: number): unknown {
    switch (typeof value) {
      case 'string':
        return text(value, maxValueText);
      case 'number':
      case 'boolean':
      case 'undefined':
        return value;
      case 'bigint':
        return value > 10n ** 100n || value < -(10n ** 100n) ? '[BigInt]' : BigInt.prototype.toString.call(value);
      case 'symbol':
        return '[Symbol]';
      case 'function':
        return '[Function]';
      default:
        break;
    }
    if (value === null) return null;
    const object = value as object;
    if (types.isProxy(object)) return '[Proxy]';
    if (walk.seen.has(object)) return '[Circular]';
    if (depth >= maxDepth) return '[Object]';
    walk.nodes += 1;
    if (walk.nodes > maxNodes) return '[Truncated]';
    walk.seen.add(object);
    try {
      return walkObject(object, walk, depth);
    } catch {
      return '[Unreadable]';
    } finally {
      // Only ancestors count as cycles: the same object twice side by side is shown twice.
      walk.seen.delete(object);
    }
  }

  return {
    string(value: string): string {
      return typeof value === 'string' ? text(value, maxText) : '';
    },
    value(value: unknown): unknown {
      return walkValue(value, { nodes: 0, seen: new Set() }, 0);
    },
    query(params) {
      const out: Record<string, unknown> = {};
      let count = 0;
      for (const key of Object.keys(params)) {
        if (count++ >= maxEntries) {
          put(out, '…', 'more entries');
          break;
        }
        const secret = isSensitiveParam(key) || isSensitiveKey(key);
        put(out, text(key, maxKey), secret ? REDACTED : text(String(params[key]), maxValueText));
      }
      return out;
    },
  };
}
