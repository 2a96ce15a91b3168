import type { RouteInfo } from '../safety/headers.js';

/**
 * What each framework's router says about a path: the methods it has routes for. A 405 needs
 * them for `Allow` (RFC 9110 15.5.6), and a request whose path has routes, just not for its
 * method, is a 405 rather than a 404. Every reader here is structural (no framework types),
 * reads only, and answers undefined when it cannot tell: errata then says so in the onError
 * event instead of inventing a list.
 */

/** Methods asked one by one of routers that answer "a route for M at this path?" (Fastify, Hono). */
const probed = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * Upper case, unique, in a stable order; GET brings HEAD (each framework here serves HEAD from
 * GET). A path whose routes take every method (`app.all`, `router.all`, which Express, Fastify
 * and @koa/router register as every method by name) names no list: undefined.
 */
function methodList(found: Iterable<string>): string[] | undefined {
  const set = new Set<string>();
  for (const method of found) if (typeof method === 'string' && method !== '') set.add(method.toUpperCase());
  if (set.has('GET')) set.add('HEAD');
  if (set.size === 0 || probed.every((method) => set.has(method))) return undefined;
  return [...set];
}

/** The path of a request target (no query, no fragment). */
export function pathOf(url: unknown): string {
  if (typeof url !== 'string') return '/';
  const end = url.search(/[?#]/);
  const target = end === -1 ? url : url.slice(0, end);
  // An absolute-form target (`http://host/path`) is routed by its path.
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(target);
  return (scheme ? target.slice(scheme[0].length) : target) || '/';
}

/**
 * The router's methods for a path, less the request's own: a handler that refuses its own method
 * with a 405 must not be told it is allowed (GET refused takes HEAD with it).
 */
export function exceptMethod(allowed: readonly string[] | undefined, method: string | undefined): string[] | undefined {
  if (allowed === undefined) return undefined;
  const own = typeof method === 'string' ? method.toUpperCase() : '';
  const rest = allowed.filter((m) => m !== own && !(own === 'GET' && m === 'HEAD'));
  return rest.length > 0 ? rest : undefined;
}

/** A route reader asked at most once per response, and never allowed to throw into the pipeline. */
export function routeInfo(read: () => readonly string[] | undefined): RouteInfo {
  let answer: readonly string[] | undefined | null = null;
  return {
    allow() {
      if (answer === null) {
        try {
          answer = read();
        } catch {
          answer = undefined;
        }
      }
      return answer;
    },
  };
}

/** What a not-found handler throws into errata when the path has routes for other methods. */
export function methodNotAllowed(): Error {
  return Object.assign(new Error('Method Not Allowed: the path has routes, not for this method'), { status: 405 });
}

/** True when the router knows the path, but not for this method: answer 405, not 404. */
export function isWrongMethod(allowed: readonly string[] | undefined, method: string | undefined): allowed is readonly string[] {
  return allowed !== undefined && typeof method === 'string' && !allowed.includes(method.toUpperCase());
}

// Express 5 (router 2): app.router.stack is a list of layers; a route layer has `route.methods`
// (`{ get: true }`, `_all` for app.all), a mounted router has `handle.stack`, and `layer.match(path)`
// answers whether (and how much of) the path the layer takes.
interface ExpressLayer {
  match?(path: string): unknown;
  path?: unknown;
  route?: { methods?: Record<string, unknown> };
  handle?: { stack?: unknown };
}

function walkExpress(stack: unknown, path: string, found: Set<string>, depth: number): boolean {
  if (!Array.isArray(stack) || depth > 8) return true;
  for (const layer of stack as ExpressLayer[]) {
    if (typeof layer?.match !== 'function') continue;
    const matched = layer.match(path);
    if (!matched) continue;
    const methods = layer.route?.methods;
    if (methods) {
      // app.all (router 1's `_all` flag): every method goes to a handler; no list to name.
      if (methods._all) return false;
      for (const [name, on] of Object.entries(methods)) if (on) found.add(name);
      continue;
    }
    if (Array.isArray(layer.handle?.stack)) {
      const prefix = typeof matched === 'object' && typeof (matched as { path?: unknown }).path === 'string' ? (matched as { path: string }).path : layer.path;
      const rest = typeof prefix === 'string' ? path.slice(prefix.length) : path;
      if (!walkExpress(layer.handle.stack, rest.startsWith('/') ? rest : `/${rest}`, found, depth + 1)) return false;
    }
  }
  return true;
}

/** The methods Express's router stack has for `path` (mounted routers included). */
export function expressAllowed(app: unknown, path: string): string[] | undefined {
  const stack = (app as { router?: { stack?: unknown } } | undefined)?.router?.stack;
  if (!Array.isArray(stack)) return undefined;
  const found = new Set<string>();
  return walkExpress(stack, path, found, 0) ? methodList(found) : undefined;
}

/** The methods Fastify has routes for at `path` (`findRoute` matches a concrete path). */
export function fastifyAllowed(fastify: unknown, path: string): string[] | undefined {
  const find = (fastify as { findRoute?: (options: { method: string; url: string }) => unknown } | undefined)?.findRoute;
  if (typeof find !== 'function') return undefined;
  return methodList(probed.filter((method) => find.call(fastify, { method, url: path })));
}

/**
 * The methods a Hono app has routes for at `path`: `app.router.match(method, path)` lists the
 * handlers with their route (`[[handler, { method }], params]`). Middleware and `app.all` are
 * registered for every method (`ALL`) and say nothing about which methods the path serves.
 */
export function honoAllowed(app: unknown, path: string): string[] | undefined {
  const router = (app as { router?: { match?: (method: string, path: string) => unknown } } | undefined)?.router;
  if (typeof router?.match !== 'function') return undefined;
  const found: string[] = [];
  for (const method of probed) {
    const [matches] = router.match(method, path) as [unknown];
    if (!Array.isArray(matches)) continue;
    for (const entry of matches) {
      const routeMethod = Array.isArray(entry) && Array.isArray(entry[0]) ? (entry[0][1] as { method?: unknown } | undefined)?.method : undefined;
      if (typeof routeMethod === 'string' && routeMethod.toUpperCase() === method) found.push(method);
    }
  }
  return methodList(found);
}

/** The methods @koa/router found for the request's path: `ctx.matched` lists the layers that matched it. */
export function koaRouterAllowed(ctx: unknown): string[] | undefined {
  const matched = (ctx as { matched?: unknown } | undefined)?.matched;
  if (!Array.isArray(matched)) return undefined;
  return methodList(matched.flatMap((layer: { methods?: unknown }) => (Array.isArray(layer?.methods) ? (layer.methods as string[]) : [])));
}
