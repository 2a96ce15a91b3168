import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Errata } from '../types.js';
import { wireOf } from '../wire.js';
import { applyLayout, type LayoutOptions, resolveLayout } from './layout.js';
import { nodeRequest, writeNodeResponse } from './node-response.js';

/** The parts of a Koa context this middleware uses (structural: no dependency on koa's types). */
export interface KoaContext {
  req: IncomingMessage;
  res: ServerResponse;
  status: number;
  body: unknown;
  respond?: boolean;
}

/**
 * Koa 3 middleware; `app.use(errataKoa(errata))` first, so it wraps everything else.
 * Catches any thrown value (Koa itself ignores `throw null` and leaves the request hanging) and
 * answers a request no middleware answered with the not-found page.
 */
export function errataKoa<C extends KoaContext = KoaContext>(
  errata: Errata,
  options?: LayoutOptions<C>,
): (ctx: C, next: () => Promise<unknown>) => Promise<void> {
  const wire = wireOf(errata);
  const layout = resolveLayout<C>('errataKoa', options);
  const fn = layout && typeof layout.layout === 'function' ? layout.layout : undefined;
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
      const request = nodeRequest(ctx.req);
      writeNodeResponse(
        ctx.res,
        fn ? applyLayout(wire.parts(error, request, layout?.csp), () => wire.render(error, request), fn, ctx) : wire.render(error, request),
      );
      return;
    }
    if (ctx.respond !== false && ctx.status === 404 && (ctx.body === undefined || ctx.body === null) && !ctx.res.headersSent) {
      ctx.respond = false;
      const request = nodeRequest(ctx.req);
      writeNodeResponse(
        ctx.res,
        fn ? applyLayout(wire.notFoundParts(request, layout?.csp), () => wire.renderNotFound(request), fn, ctx) : wire.renderNotFound(request),
      );
    }
  };
}
