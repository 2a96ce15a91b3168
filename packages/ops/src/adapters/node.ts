import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Ops } from '../ops.js';
import { nodeOpsRequest, observeNode, writeAnswer } from './node-shared.js';

export interface NodeObservation {
  /** The route pattern this request matched (your router knows it): call it once routing is done. */
  route(pattern: string): void;
}

/**
 * For plain node:http. `observe(req, res)` at the start of every request (it returns a promise
 * only when a bearer token needs verifying first: await it then), `handle(req, res)` answers the
 * operations endpoints and resolves true when it did.
 */
export function opsNode(ops: Ops): {
  observe(req: IncomingMessage, res: ServerResponse): NodeObservation & { readonly ready: Promise<unknown> | undefined };
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
} {
  return {
    observe(req, res) {
      let pattern: string | undefined;
      observeNode(ops, req, res, () => pattern);
      return {
        ready: ops.prepare(req),
        route(value) {
          pattern = value;
        },
      };
    },
    async handle(req, res) {
      const answer = await ops.handle(nodeOpsRequest(req));
      if (!answer) return false;
      writeAnswer(res, answer);
      return true;
    },
  };
}
