import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Errata } from '../types.js';
import { wireOf } from '../wire.js';
import { nodeRequest, writeNodeResponse } from './node-response.js';
import { exceptMethod, expressAllowed, isWrongMethod, methodNotAllowed, pathOf, routeInfo } from './routes.js';

// Structural types, so the package needs no @types/express: Express's req/res are these.
type Req = IncomingMessage & { originalUrl?: string; app?: unknown };

/** What the app's router stack has for the requested path (a 405's `Allow`). */
const allowedFor = (req: Req) => expressAllowed(req.app, pathOf(req.originalUrl ?? req.url));
type Res = ServerResponse;
type Next = (error?: unknown) => void;

/**
 * Express 5 error middleware; register it last: `app.use(errataErrorHandler(errata))`.
 * Express recognises error middleware by its four parameters, so keep the arity.
 */
export function errataErrorHandler(errata: Errata): (error: unknown, req: Req, res: Res, next: Next) => void {
  const wire = wireOf(errata);
  return function errataErrorHandler(error, req, res, _next) {
    writeNodeResponse(
      res,
      wire.render(
        error,
        nodeRequest(req),
        routeInfo(() => exceptMethod(allowedFor(req), req.method)),
      ),
    );
  };
}

/**
 * Not-found handler: register after every route, before the error handler. A path that has
 * routes, only not for this method, gets a 405 with `Allow` from the router stack.
 * Note: Express treats `next(null)` and a synchronous `throw null` as "no error", so such a
 * request reaches this handler and gets a 404; nothing downstream can tell it apart.
 */
export function errataNotFound(errata: Errata): (req: Req, res: Res, next: Next) => void {
  const wire = wireOf(errata);
  return function errataNotFound(req, res, _next) {
    const allowed = allowedFor(req);
    if (isWrongMethod(allowed, req.method)) {
      writeNodeResponse(
        res,
        wire.render(
          methodNotAllowed(),
          nodeRequest(req),
          routeInfo(() => allowed),
        ),
      );
      return;
    }
    writeNodeResponse(res, wire.renderNotFound(nodeRequest(req)));
  };
}
