import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestLike } from '../types.js';
import type { PreparedResponse } from '../pipeline.js';
import { wireChunks } from '../wire.js';
import { keepHeader } from './kept-headers.js';

/** What the adapters read from a Node request (Express and Koa requests are these too). */
export function nodeRequest(req: IncomingMessage & { originalUrl?: string }): RequestLike {
  // Express rewrites `url` inside routers; `originalUrl` is what the client asked for.
  return { method: req.method, url: typeof req.originalUrl === 'string' ? req.originalUrl : req.url, headers: req.headers };
}

/**
 * Write an errata response to a Node response. If the headers are already on the wire, a page
 * would be appended to a partial body, so the connection is destroyed instead: the client sees
 * a broken response, not a corrupt one. Never throws.
 */
export function writeNodeResponse(res: ServerResponse, response: PreparedResponse): void {
  try {
    if (res.headersSent) {
      if (!res.writableEnded) res.destroy();
      return;
    }
    // Headers the app set for the success path's content and caching do not describe the error.
    for (const name of res.getHeaderNames()) if (!keepHeader(name)) res.removeHeader(name);
    // One call: with nothing set before (node:http) Node writes the head straight from this
    // object, instead of storing each header first; the kept ones merge in as with setHeader.
    res.writeHead(response.status, response.headers);
    const body = wireChunks(response.body);
    if (typeof body === 'string') {
      res.end(body);
      return;
    }
    // Corked, so the head and every chunk leave in one writev; `end` uncorks.
    res.cork();
    const last = body.length - 1;
    for (let i = 0; i < last; i++) res.write(body[i]);
    res.end(last >= 0 ? body[last] : undefined);
  } catch {
    try {
      res.destroy();
    } catch {
      // Nothing left to do with this socket.
    }
  }
}
