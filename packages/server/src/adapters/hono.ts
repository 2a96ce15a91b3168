import type { Errata } from '../types.js';
import type { PreparedResponse } from '../pipeline.js';
import { wireBytes, wireOf } from '../wire.js';
import { errorAnswer, notFoundAnswer } from './answer.js';
import { keepHeader } from './kept-headers.js';
import { type LayoutOptions, resolveLayout } from './layout.js';
import { exceptMethod, honoAllowed, pathOf, routeInfo } from './routes.js';

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

function requestOf(c: HonoContextLike): { method: string; url?: string; headers?: Headers } {
  try {
    const raw = c.req.raw;
    return { method: raw.method, url: raw.url, headers: raw.headers };
  } catch {
    return { method: 'GET' };
  }
}

/**
 * `app`: the Hono app, so errata can read its router. Hono's context does not reach the app, and
 * without it a 405 has no `Allow` but the error's (the onError event then says so). `layout`: the
 * host's layout around HTML pages.
 */
export interface ErrataHonoOptions<C> extends LayoutOptions<C> {
  readonly app?: { readonly router: unknown };
}

const allowedFor = (app: ErrataHonoOptions<unknown>['app'], req: { url?: string }) => (app ? honoAllowed(app, pathOf(req.url)) : undefined);
const routeOf = (app: ErrataHonoOptions<unknown>['app'], req: { method: string; url?: string }) =>
  app ? routeInfo(() => exceptMethod(allowedFor(app, req), req.method)) : undefined;

/** The layout options without `app` (resolveLayout refuses options it does not know). */
function layoutOf<C>(adapter: string, options: ErrataHonoOptions<C> | undefined) {
  if (!options) return undefined;
  const { app: _app, ...rest } = options;
  return resolveLayout<C>(adapter, Object.keys(rest).length > 0 ? rest : undefined);
}

/** `app.onError(errataOnError(errata, { app }))`. Hono calls it only for `Error` instances; see `errataCatch`. */
export function errataOnError<C extends HonoContextLike = HonoContextLike>(errata: Errata, options?: ErrataHonoOptions<C>): (error: unknown, c: C) => Response {
  const wire = wireOf(errata);
  const layout = layoutOf<C>('errataOnError', options);
  return (error, c) => {
    const req = requestOf(c);
    const kept = takeKeptHeaders(c);
    return toResponse(errorAnswer(wire, layout, c, req, error, routeOf(options?.app, req)), req.method, kept);
  };
}

/**
 * `app.notFound(errataNotFound(errata, { app }))`. With the app, a path that has routes, only
 * not for this method, gets a 405 with `Allow` (Hono itself says 404).
 */
export function errataNotFound<C extends HonoContextLike = HonoContextLike>(errata: Errata, options?: ErrataHonoOptions<C>): (c: C) => Response {
  const wire = wireOf(errata);
  const layout = layoutOf<C>('errataNotFound', options);
  return (c) => {
    const req = requestOf(c);
    return toResponse(notFoundAnswer(wire, layout, c, req, allowedFor(options?.app, req)), req.method);
  };
}

/**
 * `app.use(errataCatch(errata, { app }))` first: Hono re-throws anything that is not an `Error`
 * (`throw null`, a Symbol, a Proxy of a plain object) past `onError`; this middleware answers
 * those too.
 */
export function errataCatch<C extends HonoContextLike = HonoContextLike>(errata: Errata, options?: ErrataHonoOptions<C>): (c: C, next: Next) => Promise<void> {
  const wire = wireOf(errata);
  const layout = layoutOf<C>('errataCatch', options);
  return async (c, next) => {
    try {
      await next();
    } catch (error) {
      const req = requestOf(c);
      const kept = takeKeptHeaders(c);
      c.res = toResponse(errorAnswer(wire, layout, c, req, error, routeOf(options?.app, req)), req.method, kept);
    }
  };
}
