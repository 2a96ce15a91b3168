import type { UiStrings } from '@errata/catalog';
import { filledText } from '@errata/react/template';
import { createCaches } from './caches.js';
import { eventHook } from './events.js';
import { NOT_FOUND } from './classify.js';
import { buildContext } from './context.js';
import { messageFor, uiTable } from './message.js';
import { resolveOptions } from './options.js';
import { type KnownError, type Pipeline, type PreparedResponse, runPipeline } from './pipeline.js';
import { checkCspSources } from './parts/csp.js';
import { createFallbackParts } from './parts/fallback.js';
import { type PartsStages, runParts } from './parts/run.js';
import { createBannerRenderer } from './render/banner.js';
import { createFallback } from './render/fallback.js';
import { createFragmentRenderer } from './render/fragment.js';
import { createHtmlRenderer } from './render/html.js';
import { readRequest } from './request.js';
import type { ErrorInfo } from './safety/normalise.js';
import { createRedactionMemo } from './redaction-memo.js';
import { createRedactor } from './safety/redact.js';
import type { Errata, ErrataOptions, ErrorResponse, PartsOptions } from './types.js';
import { type WireRenderer, wireKey } from './wire.js';

/**
 * Build an errata instance: check the options (a bad one fails here, `ErrataOptionsError` naming
 * it, never at the first error), build what every request shares, and wire the pipeline
 * (pipeline.ts) to the public methods. No per-request logic lives here.
 */
export function createErrata(options?: ErrataOptions): Errata {
  const resolved = resolveOptions(options);
  // Observers join the host's hook here, so the pipeline calls one hook (events.ts).
  const opts = { ...resolved, onError: eventHook(resolved.onError, resolved.observers) };
  if (opts.mode === 'development' && typeof process.setSourceMapsEnabled === 'function') {
    // Stack positions (and so the code frames) then point at the original TypeScript.
    process.setSourceMapsEnabled(true);
  }
  const caches = createCaches();
  const redactor = createRedactor({ keys: [...opts.redact.keys], patterns: [...opts.redact.patterns] });
  const memo = createRedactionMemo(redactor);
  const ui = uiTable(opts.catalog);
  const html = createHtmlRenderer({
    catalog: opts.catalog,
    theme: opts.theme,
    brand: opts.brand,
    serviceName: opts.serviceName,
    links: opts.links,
    supportReferenceParam: opts.supportReferenceParam,
    pages: caches.pages,
  });
  const pipeline: Pipeline = {
    options: opts,
    caches,
    redactor,
    memo,
    html,
    fallback: createFallback(html, fallbackContext(), caches.headers),
    ui,
    // A stack is only ever shown (diagnostics) or logged (onError, observers); otherwise formatting it is waste.
    needStack: opts.mode === 'development' || Boolean(opts.onError) || Boolean(opts.authorize),
  };
  const banners = createBannerRenderer(opts);
  const partsStages: PartsStages = {
    fragments: createFragmentRenderer(html, caches.fragments),
    fallback: createFallbackParts(html, fallbackContext()),
  };

  /** The INTERNAL response the fallback page is made from, at start-up. */
  function fallbackContext() {
    const info: ErrorInfo = { kind: 'errata', name: 'Error', message: '', headers: {}, causes: [] };
    const entry = opts.catalog.get('INTERNAL');
    const locale = opts.catalog.sourceLocale;
    const message = messageFor({ catalog: opts.catalog, entry, locale, tone: opts.defaultTone, info, retryAfter: undefined, serviceName: opts.serviceName });
    return buildContext({
      options: { ...opts, mode: 'production', authorize: undefined, nonce: undefined },
      redactor,
      memo,
      request: readRequest({}),
      raw: {},
      info,
      code: entry.code,
      status: 500,
      exposeMessage: false,
      entry,
      format: 'html',
      traceId: 'fallback',
      message,
      // The table holds every catalog locale, the source locale among them.
      ui: ui.get(locale) as UiStrings,
      retryAfter: undefined,
    });
  }

  const notFound: KnownError = (request) => ({
    kind: 'errata',
    name: 'NotFound',
    message: `No route for ${request.method} ${request.url().path}`.slice(0, 2048),
    code: NOT_FOUND,
    errataCode: NOT_FOUND,
    headers: {},
    causes: [],
  });

  const asText = (r: PreparedResponse): ErrorResponse => ({
    status: r.status,
    headers: r.headers,
    body: typeof r.body === 'string' ? r.body : filledText(r.body),
  });
  const errata: Errata = {
    mode: opts.mode,
    render: (error, request) => asText(runPipeline(pipeline, error, request)),
    renderNotFound: (request) => asText(runPipeline(pipeline, undefined, request, notFound)),
    renderParts: (error, request, partsOptions) => runParts(pipeline, partsStages, error, request, undefined, partsCsp(partsOptions)).parts,
    renderNotFoundParts: (request, partsOptions) => runParts(pipeline, partsStages, undefined, request, notFound, partsCsp(partsOptions)).parts,
    renderBanner: (code, bannerOptions) => banners.render(code, bannerOptions),
  };
  const wire: WireRenderer = {
    render: (error, request, route) => runPipeline(pipeline, error, request, undefined, route),
    renderNotFound: (request) => runPipeline(pipeline, undefined, request, notFound),
    // The adapters checked the CSP sources when they were set up.
    parts: (error, request, csp, route) => runParts(pipeline, partsStages, error, request, undefined, csp, route),
    notFoundParts: (request, csp) => runParts(pipeline, partsStages, undefined, request, notFound, csp),
  };
  // Non-enumerable: the public object keeps its documented shape.
  Object.defineProperty(errata, wireKey, { value: wire });
  return errata;
}

/** `renderParts` options, checked per call: a bad CSP source throws a TypeError naming it (a programming mistake, not a request). */
function partsCsp(options: PartsOptions | undefined) {
  return options === undefined ? undefined : checkCspSources(options.csp, 'renderParts');
}
