import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Ops } from '../ops.js';
import { nodeOpsRequest, observeNode, writeAnswer } from './node-shared.js';

/** The parts of a Koa context these use (structural: no dependency on koa's types). `_matchedRoute` is @koa/router's. */
interface KoaContext {
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
  _matchedRoute?: unknown;
}
type Next = () => Promise<unknown>;

/**
 * The observing middleware: `app.use(opsObserver(ops))` first, before `errataKoa`. The route is
 * @koa/router's matched pattern (`ctx._matchedRoute`), else `unmatched`.
 */
export function opsObserver(ops: Ops): (ctx: KoaContext, next: Next) => Promise<void> {
  return async function opsObserver(ctx, next) {
    observeNode(ops, ctx.req, ctx.res, () => (typeof ctx._matchedRoute === 'string' ? ctx._matchedRoute : undefined));
    const verifying = ops.prepare(ctx.req);
    if (verifying) await verifying;
    await next();
  };
}

/** The endpoints: `app.use(opsEndpoints(ops))` before your routes. */
export function opsEndpoints(ops: Ops): (ctx: KoaContext, next: Next) => Promise<void> {
  return async function opsEndpoints(ctx, next) {
    const answer = await ops.handle(nodeOpsRequest(ctx.req));
    if (!answer) {
      await next();
      return;
    }
    ctx.respond = false;
    writeAnswer(ctx.res, answer);
  };
}
