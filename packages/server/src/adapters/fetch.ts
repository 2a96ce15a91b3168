import type { Errata } from '../types.js';
import type { PreparedResponse } from '../pipeline.js';
import { wireBytes, wireOf } from '../wire.js';

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
export function errataFetch(errata: Errata): FetchAdapter {
  const wire = wireOf(errata);
  return {
    respond(error, request) {
      const req = requestLike(request);
      return toResponse(wire.render(error, req), req.method);
    },
    notFound(request) {
      const req = requestLike(request);
      return toResponse(wire.renderNotFound(req), req.method);
    },
  };
}
