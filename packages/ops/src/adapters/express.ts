import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Ops } from '../ops.js';
import { nodeOpsRequest, observeNode, writeAnswer } from './node-shared.js';

// Structural types, so the package needs no @types/express.
type Req = IncomingMessage & { originalUrl?: string; baseUrl?: string; route?: { path?: unknown } };
type Next = (error?: unknown) => void;

/** The route pattern Express matched (`/orders/:id`, with the router's mount path), if any. */
function routeOf(req: Req): string | undefined {
  const path = req.route?.path;
  return typeof path === 'string' ? `${typeof req.baseUrl === 'string' ? req.baseUrl : ''}${path}` : undefined;
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
