import { type CspSources, checkCspSources } from '../parts/csp.js';
import type { PreparedParts } from '../parts/run.js';
import type { PreparedResponse } from '../pipeline.js';
import type { HtmlErrorParts, LayoutCspDirective } from '../types.js';

/**
 * A host's layout: receives the page parts and the adapter's own request object (Express `req`,
 * Koa `ctx`, Hono `c`, Fastify `request`, node's `IncomingMessage`, a fetch `Request`) and
 * returns the whole HTML document, synchronously, with `parts.content` in it unescaped.
 */
export type Layout<Context> = (parts: HtmlErrorParts, context: Context) => string;

export interface LayoutOptions<Context> {
  /** Wraps HTML error pages; problem+json and text are sent as they are. */
  layout?: Layout<Context>;
  /** Sources the layout's own resources need, added to the page's CSP (see `PartsOptions.csp`). */
  csp?: Partial<Record<LayoutCspDirective, readonly string[]>>;
}

export interface ResolvedLayout<Context> {
  readonly layout: Layout<Context> | string;
  readonly csp: CspSources | undefined;
}

/**
 * The adapter's layout options, checked when the adapter is set up (a bad one throws a TypeError
 * naming the adapter); undefined without a layout. `views`: Express also takes a view name.
 */
export function resolveLayout<Context>(adapter: string, options: unknown, views = false): ResolvedLayout<Context> | undefined {
  if (options === undefined) return undefined;
  if (!options || typeof options !== 'object') throw new TypeError(`${adapter}: options must be an object { layout, csp? }`);
  const { layout, csp, ...rest } = options as { layout?: unknown; csp?: unknown };
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) throw new TypeError(`${adapter}: unknown option "${unknown.slice(0, 40)}" (known: layout, csp)`);
  const sources = checkCspSources(csp, adapter);
  if (layout === undefined) {
    if (sources) throw new TypeError(`${adapter}: csp widens the policy for a layout; set layout too`);
    return undefined;
  }
  const isView = views && typeof layout === 'string' && layout.trim() !== '';
  if (typeof layout !== 'function' && !isView) {
    throw new TypeError(`${adapter}: layout must be a function (parts, request) => html${views ? ', or the name of a view for res.render' : ''}`);
  }
  return { layout: layout as Layout<Context> | string, csp: sources };
}

/**
 * The response with the layout's document as its body. Anything wrong with what the layout gave
 * (not a string, or without the content: escaped, or left out) sends errata's own page for the
 * same response instead, and is reported as a `failure` event: never a crash, a hang or a 2xx.
 */
export function finishLayout(prepared: PreparedParts, html: unknown): PreparedResponse {
  const { parts } = prepared;
  if (parts.format !== 'html') return prepared.page();
  if (typeof html !== 'string') {
    // An async layout: its rejection must not become an unhandled one (the page has gone out).
    if (html && typeof (html as PromiseLike<unknown>).then === 'function') Promise.resolve(html).catch(() => undefined);
    return prepared.layoutFailed(
      new TypeError(`the layout returned ${html === null ? 'null' : typeof html}, not the document as a string (layouts are synchronous)`),
    );
  }
  if (!html.includes(parts.content)) {
    return prepared.layoutFailed(new Error('the layout left out parts.content (or escaped it): put it in the document unescaped'));
  }
  return { status: parts.status, headers: { ...parts.headers, 'content-length': String(Buffer.byteLength(html)) }, body: prepared.head ? '' : html };
}

/** Runs a function layout; a throw is a failed layout. */
export function applyLayout<Context>(
  prepared: PreparedParts | undefined,
  fallback: () => PreparedResponse,
  layout: Layout<Context>,
  context: Context,
): PreparedResponse {
  if (prepared === undefined) return fallback();
  if (prepared.parts.format !== 'html') return prepared.page();
  let html: unknown;
  try {
    html = layout(prepared.parts, context);
  } catch (failure) {
    return prepared.layoutFailed(failure);
  }
  return finishLayout(prepared, html);
}
