import type { Redactor } from './safety/redact.js';
import { parseTraceparent } from './safety/trace.js';

// Redaction is a pure function of its input, and in an error storm the same inputs come back on
// every request: the message and stack frames of the throw site, the path, headers such as
// Accept or User-Agent. Remembering their redacted form turns the most expensive part of a
// logged 500 into lookups. Bounded in entries and in the length of what is remembered
// (caches.ts lists it); two generations, so values seen once (paths with ids, trace headers)
// cannot push out the ones that keep coming back.

const maxEntries = 512;
/** Longer texts are redacted every time rather than kept. */
const maxTextChars = 8192;
const frameStart = '\n    at ';
/** Headers whose value is new on every request: remembering them would only churn the memo. */
const perRequest = new Set(['traceparent', 'tracestate', 'x-request-id', 'x-correlation-id', 'baggage', 'content-length']);

export interface RedactionMemo {
  /** `redactor.string(text)`, remembered for texts up to 8 KiB. */
  string(text: string): string;
  /** `redactor.string(stack)`: the message line and the frames remembered apart. */
  stack(stack: string): string;
  /** `redactor.value(headers)` for a flat header record, each (name, value) pair remembered. */
  headers(headers: Readonly<Record<string, string>>): Record<string, unknown>;
}

/** A map of two generations: when the young one fills, it becomes the old one; a hit in the old one is kept. */
class TwoGenerations<V> {
  #young = new Map<string, V>();
  #old = new Map<string, V>();

  get(key: string): V | undefined {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): V {
    if (this.#young.size >= maxEntries) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
    return value;
  }
}

export function createRedactionMemo(redactor: Redactor): RedactionMemo {
  const texts = new TwoGenerations<string>();
  const pairs = new TwoGenerations<Record<string, unknown>>();
  const string = (text: string): string => (text.length > maxTextChars ? redactor.string(text) : (texts.get(text) ?? texts.set(text, redactor.string(text))));
  // A storm throws from one place: its frames are, most of the time, the last ones seen. Comparing
  // with those (a memory compare) skips hashing a kilobyte of fresh frames for the map.
  let lastFrames = '';
  let lastRedacted = '';
  // The same for a header: most requests repeat the last value each name had (Accept, Host,
  // User-Agent), so that is compared before building and hashing a `name\nvalue` key. One entry
  // per name, for at most 64 names.
  const lastPair = new Map<string, { value: string; redacted: Record<string, unknown> }>();
  const pair = (name: string, value: string): Record<string, unknown> => {
    const last = lastPair.get(name);
    if (last !== undefined && last.value === value) return last.redacted;
    const key = `${name}\n${value}`;
    const redacted = pairs.get(key) ?? pairs.set(key, redactor.value({ [name]: value }) as Record<string, unknown>);
    if (last === undefined && lastPair.size >= 64) lastPair.clear();
    lastPair.set(name, { value, redacted });
    return redacted;
  };
  const frames = (text: string): string => {
    if (text !== lastFrames) {
      lastRedacted = string(text);
      lastFrames = text;
    }
    return lastRedacted;
  };
  return {
    string,
    stack(stack) {
      // V8 writes `Name: message` then one `    at` line per frame. The message varies per error
      // and the frames are the throw site's: remembered apart, each repeats. Redacting the two
      // apart gives the same text as redacting the whole because every rule matches within a
      // line, except PEM blocks, which start with `-----`: a message holding that is redacted
      // with its frames, whole.
      const at = stack.indexOf(frameStart);
      if (at === -1) return string(stack);
      const head = stack.slice(0, at);
      if (head.includes('-----')) return redactor.string(stack);
      return string(head) + frames(stack.slice(at));
    },
    headers(headers) {
      const out: Record<string, unknown> = {};
      for (const name of Object.keys(headers)) {
        const value = headers[name] as string;
        // A valid traceparent is hex and dashes: the trace id the event and the page already carry.
        // Passed as it is, it costs no redaction and can never be mistaken for a secret.
        if (name === 'traceparent' && parseTraceparent(value) !== undefined) {
          own(out, name, value);
          continue;
        }
        const one = (perRequest.has(name) || value.length > maxTextChars ? redactor.value({ [name]: value }) : pair(name, value)) as Record<string, unknown>;
        for (const redactedName of Object.keys(one)) own(out, redactedName, one[redactedName]);
      }
      return out;
    },
  };
}

/**
 * Set an own property as data. Plain assignment is several times cheaper than defineProperty
 * per header; only a header named `__proto__` would reach the prototype setter instead.
 */
function own(target: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  else target[name] = value;
}
