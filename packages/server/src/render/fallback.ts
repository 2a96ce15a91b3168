import { bindTemplate, compileErrorPage, errorPageParts, escapeHtml, filledText, fillTemplate, messageSlots } from '@errata/react/template';
import type { BoundedMap2 } from '../caches.js';
import type { ResponseContext } from '../context.js';
import { contentSecurityPolicy, responseHeaders } from '../headers.js';
import type { Format } from '../types.js';
import type { HtmlRenderer } from './html.js';

/**
 * The response sent when anything inside errata fails for a request. The page is the catalog's
 * INTERNAL page, rendered by the components once at start-up (a failure there fails
 * `createErrata`, loudly, never a request); per request only the escaped trace id is spliced in,
 * so it cannot fail the way the request did.
 */
export interface Fallback {
  respond(traceId: string, format: Format, head: boolean): { status: number; headers: Record<string, string>; body: string };
}

const TRACE = '\uE000trace\uE001';

/** `ctx`: an INTERNAL response context made at start-up (source locale, default tone, no values). */
export function createFallback(html: HtmlRenderer, ctx: ResponseContext, headerCache: BoundedMap2<Readonly<Record<string, string>>>): Fallback {
  const props = html.props({ ...ctx, diagnostics: undefined, nonce: undefined, retryAfter: undefined, path: '/' });
  const { shape, values } = errorPageParts(props);
  const compiled = compileErrorPage(shape);
  // Everything but the trace id is fixed: the message, and "Try again" pointing at the home path.
  const template = bindTemplate(compiled.template, { ...messageSlots(values.message, props.links), path: '' });
  const csp = contentSecurityPolicy(compiled.styleSources, html.imgData);
  const bodies: Record<Exclude<Format, 'html'>, readonly string[]> = {
    json: JSON.stringify({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'We could not complete your request.',
      instance: `urn:trace:${TRACE}`,
      code: 'INTERNAL',
      traceId: TRACE,
    }).split(TRACE),
    text: `Something went wrong\n\nWe could not complete your request. Please try again in a few minutes.\n\nReference: ${TRACE}\n`.split(TRACE),
  };
  return {
    respond(traceId, format, head) {
      // Trace ids are validated already; whatever comes in, only id characters are kept.
      const safeId = traceId.replace(/[^\w.:-]/g, '');
      const body = format === 'html' ? filledText(fillTemplate(template, { trace: escapeHtml(safeId) })) : bodies[format].join(safeId);
      const headers = responseHeaders({
        cache: headerCache,
        format,
        locale: ctx.message.locale,
        traceId: safeId,
        status: 500,
        errorHeaders: {},
        wwwAuthenticate: 'Bearer',
        csp,
        stableCsp: true,
      });
      headers['content-length'] = String(Buffer.byteLength(body));
      return { status: 500, headers, body: head ? '' : body };
    },
  };
}
