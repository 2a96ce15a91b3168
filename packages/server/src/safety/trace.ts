import { randomFillSync } from 'node:crypto';
import { readRequest } from '../request.js';

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

/**
 * True for an id this module would use as given: an `x-request-id` it accepts, or a hex trace id.
 * Such an id needs no escaping in a header, a URL, HTML or JSON.
 */
export function isPlainTraceId(id: string): boolean {
  return requestId.test(id);
}

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

/**
 * The trace id for a request from its `traceparent` and `x-request-id` header values: a valid
 * `traceparent`'s trace-id, else a sane `x-request-id`, else a fresh 32-hex id. Repeated headers
 * arrive joined with `, ` and so are invalid, as the spec's "traceparent duplicated" case wants.
 */
export function traceIdFrom(traceparent: string | undefined, xRequestId: string | undefined): string {
  const parent = parseTraceparent(traceparent);
  if (parent !== undefined) return parent.traceId;
  if (xRequestId !== undefined && requestId.test(xRequestId)) return xRequestId;
  return generateTraceId();
}

/** `traceIdFrom` for a whole headers object (any shape). Never throws. */
export function resolveTraceId(headers: unknown): string {
  const request = readRequest({ headers });
  return traceIdFrom(request.header('traceparent'), request.header('x-request-id'));
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
