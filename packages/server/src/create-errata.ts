import { formatMessage, uiStrings, type CatalogEntry, type FormattedMessage, type UiStrings } from '@errata/catalog';
import { classify, NOT_FOUND } from './classify.js';
import { collectDiagnostics, summariseCauses } from './diagnostics/collect.js';
import { messageValues, retryAfterOf } from './message-values.js';
import { createNegotiator } from './negotiate.js';
import { type ResolvedOptions, resolveOptions } from './options.js';
import { createBannerRenderer } from './render/banner.js';
import type { ResponseContext } from './render/context.js';
import { createFallback } from './render/fallback.js';
import { responseHeaders } from './render/headers.js';
import { createHtmlRenderer } from './render/html.js';
import { renderProblemJson } from './render/problem-json.js';
import { renderText } from './render/text.js';
import { type Filled, filledChunks, filledText } from './render/template.js';
import { emit, emitGuarded } from './report.js';
import { headerRecord, requestHeader, requestMethod, requestUrl } from './request.js';
import { type ErrorInfo, normalise } from './safety/normalise.js';
import { createRedactor } from './safety/redact.js';
import { resolveTraceId } from './safety/trace.js';
import { randomBytes } from 'node:crypto';
import type { Errata, ErrataOptions, ErrorResponse, Format, RequestLike, RequestSummary } from './types.js';
import { type WireRenderer, type WireResponse, wireKey } from './wire.js';

/**
 * Build an errata instance. Options are checked here, so a bad one fails at start-up
 * (`ErrataOptionsError` naming it), never at the first error.
 */
export function createErrata(options?: ErrataOptions): Errata {
  const opts = resolveOptions(options);
  if (opts.mode === 'development' && typeof process.setSourceMapsEnabled === 'function') {
    // Stack positions (and so the code frames) then point at the original TypeScript.
    process.setSourceMapsEnabled(true);
  }
  const redactor = createRedactor({ keys: [...opts.redact.keys], patterns: [...opts.redact.patterns] });
  const html = createHtmlRenderer({
    catalog: opts.catalog,
    theme: opts.theme,
    brand: opts.brand,
    serviceName: opts.serviceName,
    links: opts.links,
    nonce: Boolean(opts.nonce),
  });
  const fallback = createFallback();
  const banners = createBannerRenderer(opts);
  const negotiate = createNegotiator(opts.locales, opts.defaultLocale);
  // Messages of entries without placeholders, per code and locale (the tone is fixed per
  // instance): bounded by the catalog, and skips formatMessage's own lookups per request.
  const constants = new Map<string, Map<string, FormattedMessage>>();
  const constantMessage = (entry: CatalogEntry, code: string, locale: string): FormattedMessage | undefined => {
    let byLocale = constants.get(code);
    let message = byLocale?.get(locale);
    if (message === undefined) {
      if (Object.keys(entry.args ?? {}).length > 0) return undefined;
      message = formatSafely(opts, code, locale, {});
      if (byLocale === undefined) constants.set(code, (byLocale = new Map()));
      if (byLocale.size < 256) byLocale.set(locale, message);
    }
    return message;
  };
  // A stack is only ever shown (diagnostics) or logged (onError); otherwise formatting it is waste.
  const needStack = opts.mode === 'development' || Boolean(opts.onError) || Boolean(opts.authorize);
  // UI strings per catalog locale: looked up once, not re-resolved per request. Bounded by the catalog.
  const uiByLocale = new Map<string, UiStrings>();
  const uiFor = (locale: string): UiStrings => {
    let ui = uiByLocale.get(locale);
    if (ui === undefined) {
      ui = uiStrings(locale, opts.catalog);
      if (uiByLocale.size < 1024) uiByLocale.set(locale, ui);
    }
    return ui;
  };

  /** A built response; the body is joined only in the form the caller needs. */
  interface Built {
    status: number;
    headers: Record<string, string>;
    body: string | Filled;
  }
  const asText = (r: Built): ErrorResponse => ({ status: r.status, headers: r.headers, body: typeof r.body === 'string' ? r.body : filledText(r.body) });
  const asWire = (r: Built): WireResponse => ({ status: r.status, headers: r.headers, body: typeof r.body === 'string' ? r.body : filledChunks(r.body) });

  function respond(thrown: unknown, info: (() => ErrorInfo) | undefined, request: RequestLike): Built {
    const req: RequestLike = request && typeof request === 'object' ? request : {};
    const traceId = traceIdOf(req);
    let format: Format = 'html';
    let head = false;
    try {
      head = requestMethod(req) === 'HEAD';
      const negotiated = negotiate(requestHeader(req, 'accept'), requestHeader(req, 'accept-language'));
      format = negotiated.format;
      return build(opts, {
        thrown,
        info: info ? info() : normalise(thrown, { stack: needStack }),
        request: req,
        traceId,
        format,
        locale: negotiated.locale,
        head,
      });
    } catch (failure) {
      // Rendering, redaction or the host's onError failed: the static page still goes out.
      emitGuarded(opts.onError, {
        type: 'failure',
        stage: 'render',
        traceId,
        failure: describeFailure(failure, redactor),
        timestamp: new Date().toISOString(),
      });
      return fallback.respond(traceId, format, head);
    }
  }

  function build(o: ResolvedOptions, input: BuildInput): Built {
    const { info, request, traceId, format, locale, head } = input;
    const classification = classify(info, { catalog: o.catalog, hook: o.classify, thrown: input.thrown });
    const { code, status } = classification;
    const entry = o.catalog.get(code);
    const { path, query } = requestUrl(request);
    const method = requestMethod(request);

    const retryAfter = retryAfterOf(info);
    const message = constantMessage(entry, code, locale) ?? formatSafely(o, code, locale, messageValues(entry, info, retryAfter, o.serviceName));
    const ui = uiFor(message.locale);

    const exposedMessage = classification.exposeMessage && info.message && info.message !== info.errataCode ? redactor.string(info.message) : undefined;
    const errors =
      status < 500 && info.errors?.length
        ? info.errors.map((e) => ({ ...(e.path ? { path: redactor.string(e.path) } : {}), message: redactor.string(e.message) }))
        : undefined;

    // Redaction is the costly part of an error response: do it only for what will be shown or logged.
    let summaryCache: RequestSummary | undefined;
    const summary = (): RequestSummary =>
      (summaryCache ??= {
        method,
        path: redactor.string(path),
        query: redactor.value(query) as Record<string, unknown>,
        headers: redactor.value(headerRecord(request)) as Record<string, unknown>,
      });
    const viewer = diagnosticsViewer(o, request);
    const diagnostics = viewer ? collectDiagnostics(info, summary(), redactor) : undefined;

    const nonce = o.nonce ? nonceFor(o, request) : undefined;
    const ctx: ResponseContext = {
      request,
      method,
      path,
      status,
      code,
      entry,
      format,
      locale: message.locale,
      traceId,
      message,
      ui,
      exposedMessage,
      retryAfter,
      errors,
      diagnostics,
      nonce,
    };

    let body: string | Filled;
    let bytes: number | undefined;
    let csp: string | undefined;
    if (format === 'html') {
      const page = html.render(ctx);
      body = page.filled;
      bytes = page.filled.bytes;
      csp = page.csp;
    } else if (format === 'json') {
      body = renderProblemJson(ctx, o.referenceBaseUrl);
    } else {
      body = renderText(ctx);
    }
    const headers = responseHeaders({
      format,
      locale: message.locale,
      traceId,
      status,
      retryAfter: retryAfter?.header,
      errorHeaders: lowerKeys(info.headers),
      wwwAuthenticate: o.wwwAuthenticate,
      csp,
      stableCsp: !nonce,
    });
    headers['content-length'] = String(bytes ?? Buffer.byteLength(body as string));

    if (!o.onError) return { status, headers, body: head ? '' : body };
    const timestamp = new Date().toISOString();
    emit(o.onError, {
      type: 'error',
      traceId,
      code,
      status,
      name: info.name,
      message: redactor.string(info.message),
      ...(info.stack ? { stack: redactor.string(info.stack) } : {}),
      causes: summariseCauses(info, redactor, false),
      request: summary(),
      mode: o.mode,
      format,
      timestamp,
    });
    if (viewer && viewer !== 'development') {
      emit(o.onError, { type: 'audit', action: 'diagnostics-shown', who: viewer, traceId, code, request: { method, path: summary().path }, timestamp });
    }
    return { status, headers, body: head ? '' : body };
  }

  const notFoundInfo = (request: RequestLike) => (): ErrorInfo => ({
    kind: 'errata',
    name: 'NotFound',
    message: `No route for ${requestMethod(request)} ${requestUrl(request).path}`.slice(0, 2048),
    code: NOT_FOUND,
    errataCode: NOT_FOUND,
    headers: {},
    causes: [],
  });

  const errata: Errata = {
    mode: opts.mode,
    render: (error, request) => asText(respond(error, undefined, request)),
    renderNotFound: (request) => asText(respond(undefined, notFoundInfo(request ?? {}), request)),
    renderBanner: (code, bannerOptions) => banners.render(code, bannerOptions),
  };
  const wire: WireRenderer = {
    render: (error, request) => asWire(respond(error, undefined, request)),
    renderNotFound: (request) => asWire(respond(undefined, notFoundInfo(request ?? {}), request)),
  };
  // Non-enumerable: the public object keeps its documented shape.
  Object.defineProperty(errata, wireKey, { value: wire });
  return errata;
}

interface BuildInput {
  thrown: unknown;
  info: ErrorInfo;
  request: RequestLike;
  traceId: string;
  format: Format;
  locale: string;
  head: boolean;
}

function traceIdOf(request: RequestLike): string {
  try {
    return resolveTraceId(request.headers);
  } catch {
    return randomBytes(16).toString('hex');
  }
}

function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  for (const k in headers) if (Object.hasOwn(headers, k)) out[k.toLowerCase()] = headers[k] as string;
  return out;
}

/** Values that do not fit the message (wrong type, missing) must not cost the user the page. */
function formatSafely(o: ResolvedOptions, code: string, locale: string, values: Record<string, string | number | Date>): FormattedMessage {
  try {
    return formatMessage(o.catalog, code, { locale, tone: o.defaultTone, values });
  } catch {
    return formatMessage(o.catalog, code, { locale, tone: o.defaultTone, values: {} });
  }
}

/** 'development', the authorised viewer's name, or undefined: no diagnostics. */
function diagnosticsViewer(o: ResolvedOptions, request: RequestLike): string | undefined {
  if (o.mode === 'development') return 'development';
  if (!o.authorize) return undefined;
  try {
    const answer = o.authorize(request);
    if (answer === true) return 'authorised';
    if (answer && typeof answer === 'object' && typeof (answer as { who?: unknown }).who === 'string') {
      return (answer as { who: string }).who.slice(0, 200) || 'authorised';
    }
  } catch {
    // A failing check is a "no".
  }
  return undefined;
}

function nonceFor(o: ResolvedOptions, request: RequestLike): string {
  if (typeof o.nonce === 'function') {
    const value = o.nonce(request);
    if (typeof value === 'string' && /^[A-Za-z0-9+/_-]{8,200}={0,2}$/.test(value)) return value;
    throw new Error('nonce function returned an invalid nonce (base64 characters only, 8 to 200 long)');
  }
  return randomBytes(16).toString('base64');
}

function describeFailure(failure: unknown, redactor: { string(s: string): string }): { name: string; message: string } {
  try {
    const info = normalise(failure);
    return { name: info.name, message: redactor.string(info.message.slice(0, 1000)) };
  } catch {
    return { name: 'Error', message: 'unknown failure' };
  }
}
