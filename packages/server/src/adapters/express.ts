import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Errata } from '../types.js';
import { wireOf } from '../wire.js';
import { nodeRequest, writeNodeResponse } from './node-response.js';

// Structural types, so the package needs no @types/express: Express's req/res are these.
type Req = IncomingMessage & { originalUrl?: string };
type Res = ServerResponse;
type Next = (error?: unknown) => void;

/**
 * Express 5 error middleware; register it last: `app.use(errataErrorHandler(errata))`.
 * Express recognises error middleware by its four parameters, so keep the arity.
 */
export function errataErrorHandler(errata: Errata): (error: unknown, req: Req, res: Res, next: Next) => void {
  const wire = wireOf(errata);
  return function errataErrorHandler(error, req, res, _next) {
    writeNodeResponse(res, wire.render(error, nodeRequest(req)));
  };
}

/**
 * Not-found handler: register after every route, before the error handler.
 * Note: Express treats `next(null)` and a synchronous `throw null` as "no error", so such a
 * request reaches this handler and gets a 404; nothing downstream can tell it apart.
 */
export function errataNotFound(errata: Errata): (req: Req, res: Res, next: Next) => void {
  const wire = wireOf(errata);
  return function errataNotFound(req, res, _next) {
    writeNodeResponse(res, wire.renderNotFound(nodeRequest(req)));
  };
}
