import type { UiStrings } from '@errata/catalog';
import { filledText } from '@errata/react/template';
import { createCaches } from './caches.js';
import { NOT_FOUND } from './classify.js';
import { buildContext } from './context.js';
import { messageFor, uiTable } from './message.js';
import { resolveOptions } from './options.js';
import { type KnownError, type Pipeline, type PreparedResponse, runPipeline } from './pipeline.js';
import { createBannerRenderer } from './render/banner.js';
import { createFallback } from './render/fallback.js';
import { createHtmlRenderer } from './render/html.js';
import { readRequest } from './request.js';
import type { ErrorInfo } from './safety/normalise.js';
import { createRedactor } from './safety/redact.js';
import type { Errata, ErrataOptions, ErrorResponse } from './types.js';
import { type WireRenderer, wireKey } from './wire.js';

/**
 * Build an errata instance: check the options (a bad one fails here, `ErrataOptionsError` naming
 * it, never at the first error), build what every request shares, and wire the pipeline
 * (pipeline.ts) to the public methods. No per-request logic lives here.
 */
export function createErrata(options?: ErrataOptions): Errata {
  const opts = resolveOptions(options);
  if (opts.mode === 'development' && typeof process.setSourceMapsEnabled === 'function') {
    // Stack positions (and so the code frames) then point at the original TypeScript.
    process.setSourceMapsEnabled(true);
  }
  const caches = createCaches();
  const redactor = createRedactor({ keys: [...opts.redact.keys], patterns: [...opts.redact.patterns] });
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
    html,
    fallback: createFallback(html, fallbackContext(), caches.headers),
    ui,
    // A stack is only ever shown (diagnostics) or logged (onError); otherwise formatting it is waste.
    needStack: opts.mode === 'development' || Boolean(opts.onError) || Boolean(opts.authorize),
  };
  const banners = createBannerRenderer(opts);

  /** The INTERNAL response the fallback page is made from, at start-up. */
  function fallbackContext() {
    const info: ErrorInfo = { kind: 'errata', name: 'Error', message: '', headers: {}, causes: [] };
    const entry = opts.catalog.get('INTERNAL');
    const locale = opts.catalog.sourceLocale;
    const message = messageFor({ catalog: opts.catalog, entry, locale, tone: opts.defaultTone, info, retryAfter: undefined, serviceName: opts.serviceName });
    return buildContext({
      options: { ...opts, mode: 'production', authorize: undefined, nonce: undefined },
      redactor,
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
    renderBanner: (code, bannerOptions) => banners.render(code, bannerOptions),
  };
  const wire: WireRenderer = {
    render: (error, request) => runPipeline(pipeline, error, request),
    renderNotFound: (request) => runPipeline(pipeline, undefined, request, notFound),
  };
  // Non-enumerable: the public object keeps its documented shape.
  Object.defineProperty(errata, wireKey, { value: wire });
  return errata;
}
