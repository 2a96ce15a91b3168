import type { Ops } from '../ops.js';
import type { OpsResponse } from '../http/request.js';

export interface OpsFetchOptions {
  /** The client's address (from your runtime: Deno's `info.remoteAddr`, Bun's `server.requestIP`...). Default: unknown. */
  readonly clientAddress?: (request: Request) => string | undefined;
}

export function toResponse(answer: OpsResponse): Response {
  return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers });
}

/**
 * For fetch-style handlers (`Request` -> `Response`). `endpoints(request)` answers the operations
 * endpoints (undefined for other paths); `observed(handler, route)` wraps your handler so every
 * request is measured (the route pattern from `route(request, response)`, else `unmatched`) and
 * a bearer token is verified before it runs.
 */
export function opsFetch(ops: Ops, options: OpsFetchOptions = {}) {
  return {
    async endpoints(request: Request): Promise<Response | undefined> {
      const clientAddress = options.clientAddress?.(request);
      const answer = await ops.handle({ method: request.method, url: request.url, headers: request.headers, ...(clientAddress ? { clientAddress } : {}) });
      return answer ? toResponse(answer) : undefined;
    },
    observed(
      handler: (request: Request) => Response | Promise<Response>,
      route?: (request: Request, response: Response) => string | undefined,
    ): (request: Request) => Promise<Response> {
      return async (request) => {
        const started = ops.requestStarted();
        const verifying = ops.prepare(request);
        if (verifying) await verifying;
        let response: Response | undefined;
        try {
          response = await handler(request);
          return response;
        } finally {
          const status = response?.status ?? 500;
          ops.requestFinished(
            started,
            request.method,
            response ? route?.(request, response) : undefined,
            status,
            status >= 400 ? (response?.headers.get('x-request-id') ?? undefined) : undefined,
          );
        }
      };
    },
  };
}
