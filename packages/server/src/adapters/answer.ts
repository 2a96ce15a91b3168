import type { PreparedResponse } from '../pipeline.js';
import type { RouteInfo } from '../safety/headers.js';
import type { RequestLike } from '../types.js';
import type { WireRenderer } from '../wire.js';
import { applyLayout, type ResolvedLayout } from './layout.js';
import { isWrongMethod, methodNotAllowed, routeInfo } from './routes.js';

// What every adapter answers, in one place: the host's layout (when it gave a function) around
// HTML pages, and the router's methods for a 405's `Allow`. Adapters only read their framework.

/** The response for a thrown value. `route` is what the router knows of the request. */
export function errorAnswer<C>(
  wire: WireRenderer,
  layout: ResolvedLayout<C> | undefined,
  context: C,
  request: RequestLike,
  error: unknown,
  route?: RouteInfo,
): PreparedResponse {
  const whole = () => wire.render(error, request, route);
  const fn = layout?.layout;
  if (typeof fn !== 'function') return whole();
  return applyLayout(wire.parts(error, request, layout?.csp, route), whole, fn, context);
}

/**
 * The response for a request nothing answered: a 405 whose `Allow` lists the router's methods when
 * the path has routes only for other methods, else the not-found page.
 */
export function notFoundAnswer<C>(
  wire: WireRenderer,
  layout: ResolvedLayout<C> | undefined,
  context: C,
  request: RequestLike,
  allowed: readonly string[] | undefined,
): PreparedResponse {
  if (isWrongMethod(allowed, request.method))
    return errorAnswer(
      wire,
      layout,
      context,
      request,
      methodNotAllowed(),
      routeInfo(() => allowed),
    );
  const whole = () => wire.renderNotFound(request);
  const fn = layout?.layout;
  if (typeof fn !== 'function') return whole();
  return applyLayout(wire.notFoundParts(request, layout?.csp), whole, fn, context);
}
