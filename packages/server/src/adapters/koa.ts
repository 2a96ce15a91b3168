import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Errata } from '../types.js';
import { wireOf } from '../wire.js';
import { errorAnswer, notFoundAnswer } from './answer.js';
import { type LayoutOptions, resolveLayout } from './layout.js';
import { nodeRequest, writeNodeResponse } from './node-response.js';
import { exceptMethod, koaRouterAllowed, methodNotAllowed, routeInfo } from './routes.js';

/** The parts of a Koa context this middleware uses (structural: no dependency on koa's types). */
export interface KoaContext {
  req: IncomingMessage;
  res: ServerResponse;
  status: number;
  body: unknown;
  respond?: boolean;
  method: string;
  /** Set by @koa/router: the layers whose path matched, for any method. */
  matched?: unknown;
}

/**
 * Koa 3 middleware; `app.use(errataKoa(errata))` first, so it wraps everything else.
 * Catches any thrown value (Koa itself ignores `throw null` and leaves the request hanging) and
 * answers a request no middleware answered with the not-found page. With @koa/router, a path
 * that has routes, only not for this method, gets a 405 whose `Allow` lists the router's
 * methods (also the empty 405 that `router.allowedMethods()` leaves).
 */
export function errataKoa<C extends KoaContext = KoaContext>(
  errata: Errata,
  options?: LayoutOptions<C>,
): (ctx: C, next: () => Promise<unknown>) => Promise<void> {
  const wire = wireOf(errata);
  const layout = resolveLayout<C>('errataKoa', options);
  return async function errataKoa(ctx, next) {
    let failed = false;
    let error: unknown;
    try {
      await next();
    } catch (thrown) {
      failed = true;
      error = thrown;
    }
    if (failed) {
      // Koa's own response handling is skipped; the raw response gets errata's answer.
      ctx.respond = false;
      const route = routeInfo(() => exceptMethod(koaRouterAllowed(ctx), ctx.method));
      writeNodeResponse(ctx.res, errorAnswer(wire, layout, ctx, nodeRequest(ctx.req), error, route));
      return;
    }
    if (ctx.respond === false || (ctx.body !== undefined && ctx.body !== null) || ctx.res.headersSent) return;
    if (ctx.status === 405) {
      // router.allowedMethods() set an empty 405: errata answers it, with the router's `Allow`.
      ctx.respond = false;
      const route = routeInfo(() => exceptMethod(koaRouterAllowed(ctx), ctx.method));
      writeNodeResponse(ctx.res, errorAnswer(wire, layout, ctx, nodeRequest(ctx.req), methodNotAllowed(), route));
    } else if (ctx.status === 404) {
      // The router's full list: a route for this very method that set no body is a plain 404.
      ctx.respond = false;
      writeNodeResponse(ctx.res, notFoundAnswer(wire, layout, ctx, nodeRequest(ctx.req), koaRouterAllowed(ctx)));
    }
  };
}
