import type { Errata, ErrorResponse, RequestLike } from './types.js';

/**
 * The adapters' internal path to a response whose body is ready for the socket: the page's
 * literal markup is UTF-8-encoded once per template, so a response hands the socket those shared
 * buffers plus a few short strings instead of encoding a ~17 KB string per request. Not public
 * API: `render` stays `{ body: string }`. Keyed by a registered symbol so a second copy of the
 * package still finds it.
 */
export const wireKey = Symbol.for('errata.wire.v1');

/** A body as one string, or as chunks written in order (UTF-8 buffers and strings); empty for HEAD. */
export type WireBody = string | readonly (string | Uint8Array)[];

export interface WireResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: WireBody;
}

export interface WireRenderer {
  render(error: unknown, request: RequestLike): WireResponse;
  renderNotFound(request: RequestLike): WireResponse;
}

/** The instance's byte path, or its public methods for any other `Errata` (a test double, a wrapper). */
export function wireOf(errata: Errata): WireRenderer {
  const own = (errata as Errata & { [wireKey]?: WireRenderer })[wireKey];
  if (own && typeof own.render === 'function' && typeof own.renderNotFound === 'function') return own;
  return {
    render: (error, request): ErrorResponse => errata.render(error, request),
    renderNotFound: (request): ErrorResponse => errata.renderNotFound(request),
  };
}

/** The body in one piece, for `new Response(...)`: null when empty. */
export function wireBytes(body: WireBody): string | Uint8Array<ArrayBuffer> | null {
  if (typeof body === 'string') return body === '' ? null : body;
  const bytes = Buffer.concat(body.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)));
  return bytes.length === 0 ? null : (new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) as Uint8Array<ArrayBuffer>);
}
