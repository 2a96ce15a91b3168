import type { UiStrings } from '@errata/catalog';
import type { Filled } from '@errata/react/template';
import type { Caches } from './caches.js';
import { classify } from './classify.js';
import { buildContext } from './context.js';
import { responseHeaders } from './headers.js';
import { messageFor, retryAfterOf, unfilledPlaceholders, unfilledWarning } from './message.js';
import { negotiateCached } from './negotiate.js';
import type { ResolvedOptions } from './options.js';
import type { Fallback } from './render/fallback.js';
import type { HtmlRenderer } from './render/html.js';
import { renderProblemJson } from './render/problem-json.js';
import { renderText } from './render/text.js';
import { describeFailure, emitGuarded, isoNow, reportError } from './report.js';
import { readRequest, type RequestView } from './request.js';
import { allowFor, type RouteInfo } from './safety/headers.js';
import { type ErrorInfo, normalise } from './safety/normalise.js';
import type { RedactionMemo } from './redaction-memo.js';
import type { Redactor } from './safety/redact.js';
import { traceIdFrom } from './safety/trace.js';
import type { Format } from './types.js';

// The per-request pipeline. Each stage is a function in its own module; this file only runs them
// in order, and sends the fallback if any of them throws. The order (also in docs/architecture.md):
//
//   0 read       the request, once (request.ts), and its trace id (safety/trace.ts)
//   1 negotiate  format from Accept, locale from Accept-Language (negotiate.ts)
//   2 normalise  any thrown value -> a safe, bounded ErrorInfo (safety/normalise.ts)
//   3 classify   ErrorInfo -> catalog code and status (classify.ts)
//   4 message    retry-after, then the entry's copy in the locale and tone (message.ts)
//   5 context    exposed message, validation errors, diagnostics, nonce, all redacted (context.ts)
//   6 render     the body: html (render/html.ts), problem+json, text (render/*.ts)
//   7 headers    status headers, CSP, caching, language (headers.ts)
//   8 report     the onError event, and an audit when diagnostics were shown (report.ts)

/** What one errata instance runs every request with: built once by createErrata. */
export interface Pipeline {
  readonly options: ResolvedOptions;
  readonly caches: Caches;
  readonly redactor: Redactor;
  readonly memo: RedactionMemo;
  readonly html: HtmlRenderer;
  readonly fallback: Fallback;
  /** UI words per catalog locale (message.ts `uiTable`). */
  readonly ui: ReadonlyMap<string, UiStrings>;
  /** Whether the stack is ever shown or logged; reading it otherwise is waste. */
  readonly needStack: boolean;
}

/**
 * A response ready for the wire. The body stays a filled template until an adapter writes it, so
 * the page's literal markup goes out as the buffers encoded at compile time (see
 * `@errata/react/template`'s `filledChunks`); `render()` joins it into the public string.
 */
export interface PreparedResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | Filled;
}

const noWarnings: readonly string[] = Object.freeze([]);

/** What the error is when it is not a thrown value (the not-found answer). */
export type KnownError = (request: RequestView) => ErrorInfo;

export function runPipeline(p: Pipeline, thrown: unknown, rawRequest: unknown, known?: KnownError, route?: RouteInfo): PreparedResponse {
  const request = readRequest(rawRequest);
  const traceId = traceIdOf(request);
  const head = request.method === 'HEAD';
  let format: Format = 'html';
  try {
    const o = p.options;
    const negotiated = negotiateCached(p.caches.negotiation, request.header('accept'), request.header('accept-language'), o.locales, o.defaultLocale);
    format = negotiated.format;
    const info = known ? known(request) : normalise(thrown, { stack: p.needStack });
    const { code, status, exposeMessage } = classify(info, { catalog: o.catalog, hook: o.classify, thrown });
    const entry = o.catalog.get(code);
    const retryAfter = retryAfterOf(info);
    const message = messageFor(
      { catalog: o.catalog, entry, locale: negotiated.locale, tone: o.defaultTone, info, retryAfter, serviceName: o.serviceName },
      p.caches.messages,
    );
    const ctx = buildContext({
      options: o,
      redactor: p.redactor,
      memo: p.memo,
      request,
      raw: rawRequest && typeof rawRequest === 'object' ? rawRequest : {},
      info,
      code,
      status,
      exposeMessage,
      entry,
      format,
      traceId,
      message,
      ui: p.ui.get(message.locale) ?? (p.ui.get(o.catalog.sourceLocale) as UiStrings),
      retryAfter,
    });

    let body: string | Filled;
    let bytes: number;
    let csp: string | undefined;
    if (format === 'html') {
      const page = p.html.render(ctx);
      body = page.filled;
      bytes = page.filled.bytes;
      csp = page.csp;
    } else {
      body = format === 'json' ? renderProblemJson(ctx, o.referenceBaseUrl) : renderText(ctx);
      bytes = Buffer.byteLength(body);
    }

    // A 405's Allow: the error's, else the adapter's router's, else a warning in the event.
    const allow = status === 405 ? allowFor(info.headers.allow, route) : undefined;
    const headers = responseHeaders({
      cache: p.caches.headers,
      format,
      locale: message.locale,
      traceId,
      status,
      retryAfter: retryAfter?.header,
      errorHeaders: info.headers,
      allow: allow && 'value' in allow ? allow.value : undefined,
      wwwAuthenticate: o.wwwAuthenticate,
      csp,
      stableCsp: ctx.nonce === undefined,
    });
    headers['content-length'] = String(bytes);

    // What the response could not say as it should: a 405 without a known Allow, copy showing
    // `[name]` for a value the error did not give.
    const unfilled = unfilledPlaceholders(entry, message);
    const allowWarning: readonly string[] = allow && 'warning' in allow ? [allow.warning] : noWarnings;
    const warnings = unfilled.length > 0 ? [...allowWarning, unfilledWarning(entry, message, unfilled)] : allowWarning;
    reportError(o.onError, ctx, info, p.redactor, p.memo, o.mode, warnings.length > 0 ? warnings : undefined);
    return { status, headers, body: head ? '' : body };
  } catch (failure) {
    // Rendering, redaction or the host's onError failed: the static page still goes out.
    emitGuarded(p.options.onError, {
      type: 'failure',
      stage: 'render',
      traceId,
      failure: describeFailure(failure, p.redactor),
      timestamp: isoNow(),
    });
    return p.fallback.respond(traceId, format, head);
  }
}

function traceIdOf(request: RequestView): string {
  return traceIdFrom(request.header('traceparent'), request.header('x-request-id'));
}
