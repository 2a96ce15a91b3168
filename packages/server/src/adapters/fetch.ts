import type { Errata } from '../types.js';
import type { PreparedResponse } from '../pipeline.js';
import { wireBytes, wireOf } from '../wire.js';
import { applyLayout, type LayoutOptions, resolveLayout } from './layout.js';

export interface FetchAdapter {
  /** The error response for `error` as a `Response` (no body for HEAD). */
  respond(error: unknown, request: Request): Response;
  notFound(request: Request): Response;
}

function toResponse(response: PreparedResponse, method: string | undefined): Response {
  const body = method === 'HEAD' ? null : wireBytes(response.body);
  return new Response(body, { status: response.status, headers: response.headers });
}

function requestLike(request: Request): { method?: string; url?: string; headers?: Headers } {
  try {
    return { method: request.method, url: request.url, headers: request.headers };
  } catch {
    return {};
  }
}

/** Fetch-style runtimes (Deno-style handlers, Bun, workers, Next.js route handlers): `const { respond } = errataFetch(errata)`. */
export function errataFetch(errata: Errata, options?: LayoutOptions<Request>): FetchAdapter {
  const wire = wireOf(errata);
  const layout = resolveLayout<Request>('errataFetch', options);
  const fn = layout && typeof layout.layout === 'function' ? layout.layout : undefined;
  return {
    respond(error, request) {
      const req = requestLike(request);
      const response = fn ? applyLayout(wire.parts(error, req, layout?.csp), () => wire.render(error, req), fn, request) : wire.render(error, req);
      return toResponse(response, req.method);
    },
    notFound(request) {
      const req = requestLike(request);
      const response = fn ? applyLayout(wire.notFoundParts(req, layout?.csp), () => wire.renderNotFound(req), fn, request) : wire.renderNotFound(req);
      return toResponse(response, req.method);
    },
  };
}
