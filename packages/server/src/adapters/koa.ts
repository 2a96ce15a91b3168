import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Errata } from '../types.js';
import { wireOf } from '../wire.js';
import { nodeRequest, writeNodeResponse } from './node-response.js';
import { exceptMethod, isWrongMethod, koaRouterAllowed, methodNotAllowed, routeInfo } from './routes.js';

/** The parts of a Koa context this middleware uses (structural: no dependency on koa's types). */
interface KoaContext {
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
export function errataKoa(errata: Errata): (ctx: KoaContext, next: () => Promise<unknown>) => Promise<void> {
  const wire = wireOf(errata);
  return async function errataKoa(ctx, next) {
    let failed = false;
    let error: unknown;
    try {
      await next();
    } catch (thrown) {
      failed = true;
      error = thrown;
    }
    const route = routeInfo(() => exceptMethod(koaRouterAllowed(ctx), ctx.method));
    if (failed) {
      // Koa's own response handling is skipped; the raw response gets errata's answer.
      ctx.respond = false;
      writeNodeResponse(ctx.res, wire.render(error, nodeRequest(ctx.req), route));
      return;
    }
    if (ctx.respond === false || (ctx.body !== undefined && ctx.body !== null) || ctx.res.headersSent) return;
    // The router's full list: a route for this very method that set no body is a plain 404.
    if ((ctx.status === 404 && isWrongMethod(koaRouterAllowed(ctx), ctx.method)) || ctx.status === 405) {
      ctx.respond = false;
      writeNodeResponse(ctx.res, wire.render(methodNotAllowed(), nodeRequest(ctx.req), route));
    } else if (ctx.status === 404) {
      ctx.respond = false;
      writeNodeResponse(ctx.res, wire.renderNotFound(nodeRequest(ctx.req)));
    }
  };
}
