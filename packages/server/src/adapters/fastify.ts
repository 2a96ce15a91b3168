import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Errata } from '../types.js';
import { keepHeader } from './kept-headers.js';
import type { PreparedResponse } from '../pipeline.js';
import { type WireRenderer, wireOf } from '../wire.js';
import { applyLayout, type LayoutOptions, type ResolvedLayout, resolveLayout } from './layout.js';
import { writeNodeResponse } from './node-response.js';

// Structural types: the package needs no dependency on fastify to describe them.
export interface FastifyRequestLike {
  raw: IncomingMessage;
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}
interface FastifyReplyLike {
  raw: ServerResponse;
  sent: boolean;
  hijack(): unknown;
  getHeaders?(): Record<string, number | string | string[] | undefined>;
}
interface FastifyInstanceLike {
  setErrorHandler(handler: (error: unknown, request: FastifyRequestLike, reply: FastifyReplyLike) => void): unknown;
  setNotFoundHandler(handler: (request: FastifyRequestLike, reply: FastifyReplyLike) => void): unknown;
}

export interface ErrataFastifyOptions extends LayoutOptions<FastifyRequestLike> {
  errata: Errata;
}

function answer(reply: FastifyReplyLike, respond: () => PreparedResponse): void {
  if (reply.raw.headersSent) {
    if (!reply.raw.writableEnded) reply.raw.destroy();
    return;
  }
  // Take the raw response from Fastify: its serialisers and reply checks cannot then turn an
  // odd thrown value (a Proxy, a non-Error) into a 200.
  // Fastify keeps reply.header() values (e.g. @fastify/cors) off the raw response until it
  // sends; carry over the ones that may stay on an error response.
  try {
    for (const [name, value] of Object.entries(reply.getHeaders?.() ?? {})) {
      if (value !== undefined && keepHeader(name)) reply.raw.setHeader(name, value);
    }
  } catch {
    // A header Node refuses is left out.
  }
  reply.hijack();
  writeNodeResponse(reply.raw, respond());
}

async function plugin(fastify: FastifyInstanceLike, options: ErrataFastifyOptions): Promise<void> {
  const errata = options?.errata;
  if (!errata || typeof errata.render !== 'function') throw new TypeError('errataFastify: pass { errata } from createErrata()');
  const wire = wireOf(errata);
  const { errata: _errata, ...layoutOptions } = options;
  const layout = resolveLayout<FastifyRequestLike>('errataFastify', Object.keys(layoutOptions).length > 0 ? layoutOptions : undefined);
  fastify.setErrorHandler((error, request, reply) => {
    answer(reply, () => laidOut(wire, layout, request, error, false));
  });
  fastify.setNotFoundHandler((request, reply) => {
    answer(reply, () => laidOut(wire, layout, request, undefined, true));
  });
}

function laidOut(
  wire: WireRenderer,
  layout: ResolvedLayout<FastifyRequestLike> | undefined,
  request: FastifyRequestLike,
  error: unknown,
  notFound: boolean,
): PreparedResponse {
  const req = { method: request.raw.method, url: request.raw.url, headers: request.raw.headers };
  const whole = () => (notFound ? wire.renderNotFound(req) : wire.render(error, req));
  if (!layout || typeof layout.layout !== 'function') return whole();
  return applyLayout(notFound ? wire.notFoundParts(req, layout.csp) : wire.parts(error, req, layout.csp), whole, layout.layout, request);
}

/**
 * Fastify 5 plugin: `await app.register(errataFastify, { errata })`. Marked like
 * fastify-plugin output (`skip-override`), so the handlers apply to the scope it is registered in.
 */
export const errataFastify = Object.assign(plugin, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'errata',
  [Symbol.for('plugin-meta')]: { name: 'errata', fastify: '5.x' },
});
