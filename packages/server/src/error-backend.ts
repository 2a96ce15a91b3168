import type { IncomingMessage, ServerResponse } from 'node:http';
import { filledText } from '@errata/react/template';
import { writeNodeResponse } from './adapters/node-response.js';
import { createErrata } from './create-errata.js';
import { ErrataError } from './errata-error.js';
import { ErrataOptionsError } from './options.js';
import type { PreparedResponse } from './pipeline.js';
import { readRequest, type RequestView } from './request.js';
import { createStaticPages } from './static-page.js';
import type { ErrataOptions, ErrorResponse, RequestLike } from './types.js';
import { wireOf } from './wire.js';

// An error backend for proxies: the proxy has already decided that a request failed and asks for
// the page. Two protocols are understood:
//   ingress-nginx custom errors: `X-Code` (the status), `X-Format` (the client's Accept),
//     `X-Original-URI`, `X-Request-ID`, and X-Namespace/X-Ingress-Name/X-Service-Name/
//     X-Service-Port (routing facts; never shown); the path is `/`.
//   Traefik's errors middleware: the status in the path (`query: "/{status}"`), the client's
//     own headers copied.
// Whatever arrives, the answer is an error response with the original status (never 2xx),
// negotiated like a live one, with the proxy's request id as the reference.

export interface ErrorBackendOptions extends ErrataOptions {
  /** Answered `200 ok` for a request that names no error (the proxy's health check); default `/healthz`. */
  livenessPath?: string;
}

export interface ErrorBackend {
  /** The response for one request (HEAD: no body). Never throws. */
  render(request: RequestLike): ErrorResponse;
  /** A node:http request listener; also Express/Connect middleware (it always answers). */
  handle(req: IncomingMessage, res: ServerResponse): void;
}

const livenessHeaders = {
  'content-type': 'text/plain; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-length': '3',
} as const;

/** `503` from `X-Code: 503`; anything but an integer 400..599 is no status. */
function statusOf(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{3}\s*$/.test(value)) return undefined;
  const status = Number(value);
  return status >= 400 && status <= 599 ? status : undefined;
}

/** Traefik's `/{status}` (also `/errors/503`, `/503.html`): the last path segment's leading status. */
function pathStatus(path: string): number | undefined {
  const last = path.slice(path.lastIndexOf('/') + 1);
  const match = /^(\d{3})(?:\.[a-z]+)?$/.exec(last);
  return match ? statusOf(match[1]) : undefined;
}

/**
 * What the proxy asks for: a liveness answer, or the status of the error page. An `X-Code` that is
 * not an error status still means "a request failed": it gets the generic 500 page, never a 2xx.
 * No error named at all is what ingress-nginx sends its default backend for unmatched hosts: 404.
 */
function statusFor(request: RequestView, livenessPath: string): number | 'live' {
  const code = request.header('x-code');
  if (code !== undefined) return statusOf(code) ?? 500;
  const { path } = request.url();
  if (path === livenessPath) return 'live';
  return pathStatus(path) ?? 404;
}

/** The request errata negotiates with: the client's Accept (ingress puts it in X-Format), language and the proxy's id. */
function clientRequest(request: RequestView): RequestLike {
  const headers: Record<string, string> = {};
  const accept = request.header('x-format') || request.header('accept');
  if (accept) headers.accept = accept;
  const language = request.header('accept-language');
  if (language) headers['accept-language'] = language;
  // The proxy's request id is the one it logs and forwards: it wins over a traceparent that the
  // client (or the proxy's tracing) sent along. errata validates it and makes one if it is unusable.
  const id = request.header('x-request-id');
  if (id) headers['x-request-id'] = id;
  else {
    const traceparent = request.header('traceparent');
    if (traceparent) headers.traceparent = traceparent;
  }
  // The page's "Try again" goes back to where the client was (errata keeps only a plain same-origin path).
  return { method: request.method, url: request.header('x-original-uri') ?? '/', headers };
}

/**
 * An error backend (ingress-nginx custom errors, Traefik's errors middleware) over errata pages:
 * `errata serve-errors` runs one; a host can mount `handle` itself.
 *
 * @example
 * import { createServer } from 'node:http';
 * const backend = errataErrorBackend({ serviceName: 'Acme Shop' });
 * createServer(backend.handle).listen(8080, '127.0.0.1');
 */
export function errataErrorBackend(options: ErrorBackendOptions = {}): ErrorBackend {
  const { livenessPath = '/healthz', ...errataOptions } = options;
  if (typeof livenessPath !== 'string' || !/^\/[A-Za-z0-9._~\-/]*$/.test(livenessPath)) {
    throw new ErrataOptionsError('livenessPath', 'must be a plain path starting with /');
  }
  const errata = createErrata(errataOptions);
  const wire = wireOf(errata);
  // Only for `codeFor`: which entry a status shows when no value (a retry time...) is known.
  const pages = createStaticPages(errataOptions);

  function prepare(raw: RequestLike): PreparedResponse {
    const request = readRequest(raw);
    const status = statusFor(request, livenessPath);
    if (status === 'live') return { status: 200, headers: { ...livenessHeaders }, body: request.method === 'HEAD' ? '' : 'ok\n' };
    return wire.render(errorFor(status), clientRequest(request));
  }

  function errorFor(status: number): unknown {
    try {
      return new ErrataError(pages.codeFor(status), { status });
    } catch {
      // A catalog whose copy cannot be formatted: errata still classifies a bare status.
      return { status };
    }
  }

  return {
    render(request) {
      const prepared = prepare(request);
      return { status: prepared.status, headers: prepared.headers, body: typeof prepared.body === 'string' ? prepared.body : filledText(prepared.body) };
    },
    handle(req, res) {
      // `req.url`, not Express's `originalUrl`: a backend mounted at /errors reads `/503` for Traefik.
      writeNodeResponse(res, prepare({ method: req.method, url: req.url, headers: req.headers }));
    },
  };
}
