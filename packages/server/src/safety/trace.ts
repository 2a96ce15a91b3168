import { randomFillSync } from 'node:crypto';

/**
 * W3C Trace Context `traceparent` parsing and the per-request trace id. An incoming id is used
 * only when it is exactly valid; anything else is dropped, never echoed back.
 */

export interface Traceparent {
  readonly version: string;
  readonly traceId: string;
  readonly parentId: string;
  readonly flags: string;
}

/** Far above any real header (55 chars for version 00), low enough that parsing stays trivial. */
const maxTraceparent = 512;
const fields = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})/;
const allZeros = /^0+$/;
const edgeSpace = /^[ \t]|[ \t]$/;
const version00 = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;
const requestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** Parses one `traceparent` value; undefined unless it is valid per Trace Context level 1/2. */
export function parseTraceparent(value: unknown): Traceparent | undefined {
  if (typeof value !== 'string' || value.length > maxTraceparent) return undefined;
  // The spec's test suite accepts optional whitespace (space, tab) around the value.
  const text = edgeSpace.test(value) ? value.replace(/^[ \t]+|[ \t]+$/g, '') : value;
  // Nearly every header is exactly version 00: one test, then fixed offsets.
  if (text.length === 55 && version00.test(text)) {
    const traceId = text.slice(3, 35);
    const parentId = text.slice(36, 52);
    if (allZeros.test(traceId) || allZeros.test(parentId)) return undefined;
    return { version: '00', traceId, parentId, flags: text.slice(53) };
  }
  const match = fields.exec(text);
  if (match === null) return undefined;
  const [, version = '', traceId = '', parentId = '', flags = ''] = match;
  if (version === 'ff') return undefined;
  if (allZeros.test(traceId) || allZeros.test(parentId)) return undefined;
  if (version === '00') {
    if (text.length !== 55) return undefined;
  } else if (text.length > 55 && text[55] !== '-') {
    // Future versions may append fields, but only after another dash.
    return undefined;
  }
  return { version, traceId, parentId, flags };
}

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function readHeader(headers: HeaderBag, name: string): string | string[] | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  if (Object.hasOwn(record, name)) return record[name];
  // Node lower-cases names; hand-built objects may not.
  for (const key of Object.keys(record).slice(0, 256)) {
    if (key.toLowerCase() === name) return record[key];
  }
  return undefined;
}

function single(value: string | string[] | undefined): string | undefined {
  if (typeof value === 'string') return value;
  // Two traceparent headers make the context invalid (spec test "traceparent duplicated").
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') return value[0];
  return undefined;
}

/**
 * The trace id for a request: a valid `traceparent`'s trace-id, else a sane `x-request-id`,
 * else a fresh 32-hex id. Never throws, whatever the headers object is.
 */
export function resolveTraceId(headers: unknown): string {
  if (typeof headers === 'object' && headers !== null) {
    try {
      const bag = headers as HeaderBag;
      const parent = parseTraceparent(single(readHeader(bag, 'traceparent')));
      if (parent !== undefined) return parent.traceId;
      const id = single(readHeader(bag, 'x-request-id'));
      if (id !== undefined && requestId.test(id)) return id;
    } catch {
      // A hostile headers object (throwing getter, revoked Proxy) gets a generated id.
    }
  }
  return generateTraceId();
}

// Random bytes are drawn in batches: one syscall per 256 ids instead of one per error.
const pool = Buffer.alloc(16 * 256);
let offset = pool.length;

/** A random 32-hex trace id (never all zeros). */
export function generateTraceId(): string {
  if (offset >= pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = pool.toString('hex', offset, offset + 16);
  offset += 16;
  return allZeros.test(id) ? generateTraceId() : id;
}
