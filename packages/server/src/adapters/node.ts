import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Errata } from '../types.js';
import { wireOf } from '../wire.js';
import { nodeRequest, writeNodeResponse } from './node-response.js';

export interface NodeAdapter {
  /** Answer `req` with the error response for `error` (or destroy the socket if headers are out). */
  send(res: ServerResponse, error: unknown, req: IncomingMessage): void;
  /** Answer with the not-found page. */
  notFound(res: ServerResponse, req: IncomingMessage): void;
}

/** node:http: `const { send, notFound } = errataNode(errata)`. */
export function errataNode(errata: Errata): NodeAdapter {
  const wire = wireOf(errata);
  return {
    send(res, error, req) {
      writeNodeResponse(res, wire.render(error, nodeRequest(req)));
    },
    notFound(res, req) {
      writeNodeResponse(res, wire.renderNotFound(nodeRequest(req)));
    },
  };
}
