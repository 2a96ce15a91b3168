import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpsRequest, OpsResponse } from '../http/request.js';

// What the Node-based adapters (node:http, Express, Koa, Fastify) share.

export function nodeOpsRequest(req: IncomingMessage & { originalUrl?: string }): OpsRequest {
  // Express rewrites `url` inside routers; `originalUrl` is what the client asked for.
  return {
    method: req.method,
    url: typeof req.originalUrl === 'string' ? req.originalUrl : req.url,
    headers: req.headers,
    ...(req.socket?.remoteAddress ? { clientAddress: req.socket.remoteAddress } : {}),
  };
}

export function writeAnswer(res: ServerResponse, answer: OpsResponse): void {
  if (res.headersSent) return;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

const requestIdLine = /\r\nx-request-id: ([^\r\n]{1,128})/i;

/**
 * The `x-request-id` an error response went out with (errata puts the reference there), read
 * only for 4xx/5xx responses. errata writes its head with `writeHead(status, headers)`, which
 * Node sends without storing when nothing was set before, so `getHeader` can miss it; the head
 * Node wrote (`_header`, which `headersSent` itself reads) still has it.
 */
export function referenceOf(res: ServerResponse): string | undefined {
  const stored = res.getHeader('x-request-id');
  if (typeof stored === 'string') return stored;
  const head = (res as { _header?: unknown })._header;
  return typeof head === 'string' ? requestIdLine.exec(head)?.[1] : undefined;
}

/**
 * The observing middleware's core for Node: start the clock, and when the response is done
 * (`close` fires for finished and aborted responses alike) record it under `route()`'s answer
 * (read then, once routing is over).
 */
export function observeNode(
  ops: { requestStarted(): number; requestFinished(started: number, method: string, route: string | undefined, status: number, reference?: string): void },
  req: IncomingMessage,
  res: ServerResponse,
  route: () => string | undefined,
): void {
  const started = ops.requestStarted();
  res.once('close', () => {
    const status = res.statusCode;
    ops.requestFinished(started, req.method ?? 'GET', route(), status, status >= 400 ? referenceOf(res) : undefined);
  });
}
