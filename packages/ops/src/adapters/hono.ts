import type { Ops } from '../ops.js';
import { toResponse } from './fetch.js';

// Structural types for Hono's context (no dependency on hono).
interface HonoContextLike {
  req: { raw: Request; method: string; matchedRoutes?: readonly { method: string; path: string }[] };
  res: Response;
  /** @hono/node-server's bindings (`incoming` is the Node request); typed loosely, as Hono types `env` per app. */
  env?: unknown;
}
type Next = () => Promise<void>;

/** The handler's route pattern: the last matched route that is not middleware (`app.use` routes are `ALL`). */
function routeOf(c: HonoContextLike): string | undefined {
  try {
    const routes = c.req.matchedRoutes ?? [];
    for (let i = routes.length - 1; i >= 0; i--) {
      const r = routes[i];
      if (r && r.method !== 'ALL') return r.path;
    }
  } catch {
    // An older or newer Hono without matchedRoutes: unmatched.
  }
  return undefined;
}

/** The observing middleware: `app.use(opsObserver(ops))` first, before `errataCatch`. */
export function opsObserver(ops: Ops): (c: HonoContextLike, next: Next) => Promise<void> {
  return async function opsObserver(c, next) {
    const started = ops.requestStarted();
    const verifying = ops.prepare(c.req.raw);
    if (verifying) await verifying;
    try {
      await next();
    } finally {
      const status = c.res?.status ?? 500;
      ops.requestFinished(started, c.req.method, routeOf(c), status, status >= 400 ? (c.res?.headers.get('x-request-id') ?? undefined) : undefined);
    }
  };
}

/** The endpoints: `app.use(opsEndpoints(ops))`. The client address is @hono/node-server's socket's. */
export function opsEndpoints(ops: Ops): (c: HonoContextLike, next: Next) => Promise<Response | undefined> {
  return async function opsEndpoints(c, next) {
    const raw = c.req.raw;
    const clientAddress = (c.env as { incoming?: { socket?: { remoteAddress?: unknown } } } | undefined)?.incoming?.socket?.remoteAddress;
    const answer = await ops.handle({
      method: raw.method,
      url: raw.url,
      headers: raw.headers,
      ...(typeof clientAddress === 'string' ? { clientAddress } : {}),
    });
    if (!answer) {
      await next();
      return undefined;
    }
    return toResponse(answer);
  };
}
