import type { Errata, RequestLike } from '../types.js';
import type { PreparedResponse } from '../pipeline.js';
import { type WireRenderer, wireBytes, wireOf } from '../wire.js';
import { keepHeader } from './kept-headers.js';
import { applyLayout, type LayoutOptions, type ResolvedLayout, resolveLayout } from './layout.js';

// Structural types for Hono's context: enough to read the request and set the response.
export interface HonoContextLike {
  req: { raw: Request };
  res: Response | undefined;
}

/**
 * Hono merges the headers of the response it already has into one you set (except
 * Content-Type), so a `Cache-Control` set by the failed handler would override `no-store`.
 * Keep only the headers that may stay (CORS, cookies, ...), then drop that response.
 */
function takeKeptHeaders(c: HonoContextLike): [string, string][] {
  const kept: [string, string][] = [];
  try {
    const previous = c.res;
    if (previous) {
      for (const cookie of previous.headers.getSetCookie()) kept.push(['set-cookie', cookie]);
      previous.headers.forEach((value, name) => {
        if (name !== 'set-cookie' && keepHeader(name)) kept.push([name, value]);
      });
    }
    c.res = undefined;
  } catch {
    // An older Hono without the setter: nothing to clear.
  }
  return kept;
}

type Next = () => Promise<void>;

function toResponse(response: PreparedResponse, method: string, kept: [string, string][] = []): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of kept) headers.append(name, value);
  return new Response(method === 'HEAD' ? null : wireBytes(response.body), { status: response.status, headers });
}

function requestOf(c: HonoContextLike): { method: string; url: string; headers: Headers } | { method: string } {
  try {
    const raw = c.req.raw;
    return { method: raw.method, url: raw.url, headers: raw.headers };
  } catch {
    return { method: 'GET' };
  }
}

/** The answer for a thrown value, through the layout when there is one. */
function answer<C extends HonoContextLike>(
  wire: WireRenderer,
  layout: ResolvedLayout<C> | undefined,
  error: unknown,
  req: RequestLike,
  c: C,
): PreparedResponse {
  if (!layout || typeof layout.layout !== 'function') return wire.render(error, req);
  return applyLayout(wire.parts(error, req, layout.csp), () => wire.render(error, req), layout.layout, c);
}

/** `app.onError(errataOnError(errata))`. Hono calls it only for `Error` instances; see `errataCatch`. */
export function errataOnError<C extends HonoContextLike = HonoContextLike>(errata: Errata, options?: LayoutOptions<C>): (error: unknown, c: C) => Response {
  const wire = wireOf(errata);
  const layout = resolveLayout<C>('errataOnError', options);
  return (error, c) => {
    const req = requestOf(c);
    const kept = takeKeptHeaders(c);
    return toResponse(answer(wire, layout, error, req, c), req.method, kept);
  };
}

/** `app.notFound(errataNotFound(errata))`. */
export function errataNotFound<C extends HonoContextLike = HonoContextLike>(errata: Errata, options?: LayoutOptions<C>): (c: C) => Response {
  const wire = wireOf(errata);
  const layout = resolveLayout<C>('errataNotFound', options);
  const fn = layout && typeof layout.layout === 'function' ? layout.layout : undefined;
  return (c) => {
    const req = requestOf(c);
    return toResponse(fn ? applyLayout(wire.notFoundParts(req, layout?.csp), () => wire.renderNotFound(req), fn, c) : wire.renderNotFound(req), req.method);
  };
}

/**
 * `app.use(errataCatch(errata))` first: Hono re-throws anything that is not an `Error` (`throw
 * null`, a Symbol, a Proxy of a plain object) past `onError`; this middleware answers those too.
 */
export function errataCatch<C extends HonoContextLike = HonoContextLike>(errata: Errata, options?: LayoutOptions<C>): (c: C, next: Next) => Promise<void> {
  const wire = wireOf(errata);
  const layout = resolveLayout<C>('errataCatch', options);
  return async (c, next) => {
    try {
      await next();
    } catch (error) {
      const req = requestOf(c);
      const kept = takeKeptHeaders(c);
      c.res = toResponse(answer(wire, layout, error, req, c), req.method, kept);
    }
  };
}
