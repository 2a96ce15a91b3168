import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PreparedParts } from '../parts/run.js';
import type { PreparedResponse } from '../pipeline.js';
import type { Errata } from '../types.js';
import { wireOf } from '../wire.js';
import { applyLayout, finishLayout, type Layout, type LayoutOptions, type ResolvedLayout, resolveLayout } from './layout.js';
import { nodeRequest, writeNodeResponse } from './node-response.js';

// Structural types, so the package needs no @types/express: Express's req/res are these.
type Req = IncomingMessage & { originalUrl?: string };
type Res = ServerResponse & { render?(view: string, locals: object, callback: (error: unknown, html?: string) => void): void };
type Next = (error?: unknown) => void;

export interface ErrataExpressOptions extends Omit<LayoutOptions<Req>, 'layout'> {
  /**
   * The app's layout around HTML error pages: the name of a view, rendered with `res.render(view,
   * parts)` by the app's view engine (EJS, Pug, Handlebars, Nunjucks...; the locals are the page
   * parts, with `res.locals` and `app.locals` as usual), or a function `(parts, req) => html`.
   */
  layout?: string | Layout<Req>;
}

/**
 * Express 5 error middleware; register it last: `app.use(errataErrorHandler(errata))`.
 * Express recognises error middleware by its four parameters, so keep the arity.
 */
export function errataErrorHandler(errata: Errata, options?: ErrataExpressOptions): (error: unknown, req: Req, res: Res, next: Next) => void {
  const wire = wireOf(errata);
  const layout = resolveLayout<Req>('errataErrorHandler', options, true);
  return function errataErrorHandler(error, req, res, _next) {
    const request = nodeRequest(req);
    if (!layout) writeNodeResponse(res, wire.render(error, request));
    else send(req, res, layout, wire.parts(error, request, layout.csp), () => wire.render(error, request));
  };
}

/**
 * Not-found handler: register after every route, before the error handler.
 * Note: Express treats `next(null)` and a synchronous `throw null` as "no error", so such a
 * request reaches this handler and gets a 404; nothing downstream can tell it apart.
 */
export function errataNotFound(errata: Errata, options?: ErrataExpressOptions): (req: Req, res: Res, next: Next) => void {
  const wire = wireOf(errata);
  const layout = resolveLayout<Req>('errataNotFound', options, true);
  return function errataNotFound(req, res, _next) {
    const request = nodeRequest(req);
    if (!layout) writeNodeResponse(res, wire.renderNotFound(request));
    else send(req, res, layout, wire.notFoundParts(request, layout.csp), () => wire.renderNotFound(request));
  };
}

/** A view engine that never calls back must not hold the request: errata's own page goes instead. */
const viewTimeoutMs = 10_000;

function send(req: Req, res: Res, layout: ResolvedLayout<Req>, prepared: PreparedParts | undefined, fallback: () => PreparedResponse): void {
  const view = layout.layout;
  if (typeof view === 'function') {
    writeNodeResponse(res, applyLayout(prepared, fallback, view, req));
    return;
  }
  if (prepared === undefined) {
    writeNodeResponse(res, fallback());
    return;
  }
  if (prepared.parts.format !== 'html') {
    writeNodeResponse(res, prepared.page());
    return;
  }
  let done = false;
  const finish = (response: () => PreparedResponse): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    writeNodeResponse(res, response());
  };
  const timer = setTimeout(
    () => finish(() => prepared.layoutFailed(new Error(`the view "${view}" did not render within ${viewTimeoutMs / 1000} s`))),
    viewTimeoutMs,
  );
  timer.unref?.();
  try {
    if (typeof res.render !== 'function') throw new TypeError('res.render is not a function: a view layout needs Express (or pass a function layout)');
    res.render(view, { ...prepared.parts }, (error, html) => finish(() => (error ? prepared.layoutFailed(error) : finishLayout(prepared, html))));
  } catch (failure) {
    finish(() => prepared.layoutFailed(failure));
  }
}
