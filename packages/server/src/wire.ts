import { filledBytes, filledChunks } from '@errata/react/template';
import type { CspSources } from './parts/csp.js';
import type { PreparedParts } from './parts/run.js';
import type { PreparedResponse } from './pipeline.js';
import type { Errata, RequestLike } from './types.js';

/**
 * The adapters' internal path to a response whose body is not joined yet (`PreparedResponse`):
 * a page's literal markup is UTF-8-encoded once per template, so a response hands the socket
 * those shared buffers plus a few short strings instead of encoding a ~12 KB string per request.
 * Not public API: `render` stays `{ body: string }`. Keyed by a registered symbol so a second copy
 * of the package still finds it.
 */
export const wireKey = Symbol.for('errata.wire.v2');

export interface WireRenderer {
  render(error: unknown, request: RequestLike): PreparedResponse;
  renderNotFound(request: RequestLike): PreparedResponse;
  /** Page parts for a host's layout, with the built-in response kept for a failing layout; undefined: no parts, send `render()`'s. */
  parts(error: unknown, request: RequestLike, csp: CspSources | undefined): PreparedParts | undefined;
  notFoundParts(request: RequestLike, csp: CspSources | undefined): PreparedParts | undefined;
}

/** The instance's byte path, or its public methods for any other `Errata` (a test double, a wrapper). */
export function wireOf(errata: Errata): WireRenderer {
  const own = (errata as Errata & { [wireKey]?: WireRenderer })[wireKey];
  if (own && typeof own.render === 'function' && typeof own.parts === 'function') return own;
  return {
    render: (error, request) => errata.render(error, request),
    renderNotFound: (request) => errata.renderNotFound(request),
    // Another object's parts: its `render` answers a failing layout (a second run of its pipeline).
    parts: (error, request, csp) =>
      publicParts(
        errata,
        () => errata.renderParts(error, request, csp ? { csp } : {}),
        () => errata.render(error, request),
      ),
    notFoundParts: (request, csp) =>
      publicParts(
        errata,
        () => errata.renderNotFoundParts(request, csp ? { csp } : {}),
        () => errata.renderNotFound(request),
      ),
  };
}

function publicParts(errata: Errata, parts: () => PreparedParts['parts'], page: () => PreparedResponse): PreparedParts | undefined {
  if (typeof errata.renderParts !== 'function' || typeof errata.renderNotFoundParts !== 'function') return undefined;
  const result = parts();
  return { parts: result, head: false, page, layoutFailed: page };
}

/** The body as chunks for a socket write, in order (UTF-8 buffers and strings). */
export function wireChunks(body: PreparedResponse['body']): string | readonly (string | Uint8Array)[] {
  return typeof body === 'string' ? body : filledChunks(body);
}

/** The body in one piece, for `new Response(...)`: null when empty. */
export function wireBytes(body: PreparedResponse['body']): string | Uint8Array<ArrayBuffer> | null {
  if (typeof body === 'string') return body === '' ? null : body;
  const bytes = filledBytes(body);
  return bytes.length === 0 ? null : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}
