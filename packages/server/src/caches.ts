import type { FormattedMessage } from '@errata/catalog';
import type { Negotiated } from './negotiate.js';
import type { CachedFragment } from './render/fragment.js';
import type { CachedPage } from './render/html.js';

// Every cache on the render path of one errata instance, in one place. Each has a key drawn from a
// small set (the catalog, the configuration, the handful of distinct Accept headers clients send)
// and a hard bound: when full it starts over, so hostile input can cost a re-render, never memory.
//
//   cache        key                                              bound   module
//   negotiation  (Accept, Accept-Language), each pair <= 512 chars   256    negotiate.ts
//   pages        page shape: (code, locale, flags for the number of     2000   render/html.ts
//                next steps, alternative, retry notice, diagnostics,         (+ the template bound to
//                nonce, direction)                                            the last message object)
//   fragments    the same page shapes, as page parts for host layouts   2000   render/fragment.ts
//   headers      (format, locale, CSP)                                  256    headers.ts
//   messages     (code, locale), for errors that bring no values and no    512    message.ts
//                retry time: their copy depends on nothing else
//
//   redaction    texts <= 8 KiB (message, path, stack line and frames),  2 x 512  redaction-memo.ts
//                (header name, value) pairs: their redacted form          each     (two generations)
//                in front of them, the last frames seen and the last      1 + 64
//                value of each header name (compared before hashing)
//
// Keyed weakly by a formatted message object (so bounded by the catalog's cached messages, and
// gone with a per-request one): which placeholders it shows (message.ts) and its problem+json
// document split around the trace id (render/problem-json.ts).
//
// Outside this instance, and bounded there: @errata/catalog caches compiled ICU formatters and
// formatted placeholder-free messages per catalog (so one message is one object), and the
// development-only code frames keep up to 64 source files (diagnostics/code-frames.ts).

/**
 * A bounded map keyed by two strings without building a key string per lookup: both parts
 * already exist (header values, locale names), and their hashes are cached by the engine.
 */
export class BoundedMap2<V> {
  readonly #map = new Map<string, Map<string, V>>();
  #count = 0;
  constructor(readonly max: number) {}

  get(a: string, b: string): V | undefined {
    return this.#map.get(a)?.get(b);
  }

  set(a: string, b: string, value: V): V {
    if (++this.#count > this.max) {
      this.#map.clear();
      this.#count = 1;
    }
    let inner = this.#map.get(a);
    if (inner === undefined) this.#map.set(a, (inner = new Map()));
    inner.set(b, value);
    return value;
  }

  get size(): number {
    return this.#count;
  }
}

/** `BoundedMap2` with a third, numeric key part. */
export class BoundedMap3<V> {
  readonly #map = new Map<string, Map<string, Map<number, V>>>();
  #count = 0;
  constructor(readonly max: number) {}

  get(a: string, b: string, c: number): V | undefined {
    return this.#map.get(a)?.get(b)?.get(c);
  }

  set(a: string, b: string, c: number, value: V): V {
    if (++this.#count > this.max) {
      this.#map.clear();
      this.#count = 1;
    }
    let byB = this.#map.get(a);
    if (byB === undefined) this.#map.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (byC === undefined) byB.set(b, (byC = new Map()));
    byC.set(c, value);
    return value;
  }

  get size(): number {
    return this.#count;
  }
}

export interface Caches {
  readonly negotiation: BoundedMap2<Negotiated>;
  readonly pages: BoundedMap3<CachedPage>;
  /** Only filled when `renderParts` or an adapter's layout is used. */
  readonly fragments: BoundedMap3<CachedFragment>;
  /** Keyed by format + locale, then the CSP (empty without one). */
  readonly headers: BoundedMap2<Readonly<Record<string, string>>>;
  /** The instance's tone and service name are fixed, so (code, locale) decides the copy. */
  readonly messages: BoundedMap2<FormattedMessage>;
}

export function createCaches(): Caches {
  return {
    negotiation: new BoundedMap2(256),
    pages: new BoundedMap3(2000),
    fragments: new BoundedMap3(2000),
    headers: new BoundedMap2(256),
    messages: new BoundedMap2(512),
  };
}
