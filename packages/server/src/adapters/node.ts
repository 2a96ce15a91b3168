import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Errata } from '../types.js';
import { wireOf } from '../wire.js';
import { applyLayout, type LayoutOptions, resolveLayout } from './layout.js';
import { nodeRequest, writeNodeResponse } from './node-response.js';

export interface NodeAdapter {
  /** Answer `req` with the error response for `error` (or destroy the socket if headers are out). */
  send(res: ServerResponse, error: unknown, req: IncomingMessage): void;
  /** Answer with the not-found page. */
  notFound(res: ServerResponse, req: IncomingMessage): void;
}

/** node:http: `const { send, notFound } = errataNode(errata)`. */
export function errataNode(errata: Errata, options?: LayoutOptions<IncomingMessage>): NodeAdapter {
  const wire = wireOf(errata);
  const layout = resolveLayout<IncomingMessage>('errataNode', options);
  const fn = layout && typeof layout.layout === 'function' ? layout.layout : undefined;
  return {
    send(res, error, req) {
      const request = nodeRequest(req);
      writeNodeResponse(
        res,
        fn ? applyLayout(wire.parts(error, request, layout?.csp), () => wire.render(error, request), fn, req) : wire.render(error, request),
      );
    },
    notFound(res, req) {
      const request = nodeRequest(req);
      writeNodeResponse(
        res,
        fn ? applyLayout(wire.notFoundParts(request, layout?.csp), () => wire.renderNotFound(request), fn, req) : wire.renderNotFound(request),
      );
    },
  };
}
