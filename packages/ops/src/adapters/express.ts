import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Ops } from '../ops.js';
import { nodeOpsRequest, observeNode, writeAnswer } from './node-shared.js';

// Structural types, so the package needs no @types/express.
type Req = IncomingMessage & { originalUrl?: string; baseUrl?: string; route?: { path?: unknown } };
type Next = (error?: unknown) => void;

/**
 * The route pattern Express matched (`/orders/:id`, with the router's mount path), if any. A route
 * declared with several paths (`app.get(['/a', '/b'], ...)`) is labelled by all of them, joined.
 */
function routeOf(req: Req): string | undefined {
  const path = req.route?.path;
  const pattern = typeof path === 'string' ? path : Array.isArray(path) && path.every((p) => typeof p === 'string') ? path.join(',') : undefined;
  return pattern === undefined ? undefined : `${typeof req.baseUrl === 'string' ? req.baseUrl : ''}${pattern}`;
}

/**
 * The observing middleware: `app.use(opsObserver(ops))` first. Measures every request under its
 * route pattern (`unmatched` when no route matched), attaches the route to recorded errors, and
 * verifies a bearer token ahead so errata can show an operator diagnostics.
 */
export function opsObserver(ops: Ops): (req: Req, res: ServerResponse, next: Next) => void {
  return function opsObserver(req, res, next) {
    observeNode(ops, req, res, () => routeOf(req));
    const verifying = ops.prepare(req);
    if (verifying)
      verifying.then(
        () => next(),
        () => next(),
      );
    else next();
  };
}

/** The endpoints (`/livez`, `/readyz`, `/metrics`, `/_errata/...`, as configured): `app.use(opsEndpoints(ops))` before your routes. */
export function opsEndpoints(ops: Ops): (req: Req, res: ServerResponse, next: Next) => void {
  return function opsEndpoints(req, res, next) {
    ops.handle(nodeOpsRequest(req)).then((answer) => (answer ? writeAnswer(res, answer) : next()), next);
  };
}
