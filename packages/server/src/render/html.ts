import { createElement } from 'react';
import { formatUi, type Catalog, type FormattedMessage } from '@errata/catalog';
import { DiagnosticsPanel, type CatalogErrorDocumentProps } from '@errata/react';
import { pageStylesheetFor } from '@errata/react/stylesheet';
import {
  bindTemplate,
  compileErrorPage,
  errorPageFlags,
  errorPageShape,
  fillTemplate,
  messageSlots,
  requestSlots,
  type CompiledErrorPage,
  type ErrorPageFixed,
  type ErrorPageSlot,
  type ErrorPageValues,
  type Filled,
  type Template,
} from '@errata/react/template';
import type { Brand, ThemeName } from '@errata/tokens';
import type { BoundedMap3 } from '../caches.js';
import type { ResponseContext } from '../context.js';
import { contentSecurityPolicy } from '../headers.js';
import type { LinkName } from '../types.js';

export interface HtmlRendererOptions {
  catalog: Catalog;
  theme: ThemeName;
  brand?: Brand | undefined;
  serviceName?: string | undefined;
  links: Partial<Record<LinkName, string>>;
  /** Query parameter for the reference on support links (`CatalogErrorPage`'s `supportReferenceParam`). */
  supportReferenceParam?: string | undefined;
  /** The instance's page cache (caches.ts). */
  pages: BoundedMap3<CachedPage>;
}

/** A compiled page shape, its hash-mode CSP, and the template bound to the last message seen. */
export interface CachedPage {
  readonly compiled: CompiledErrorPage;
  readonly csp: string;
  /**
   * A placeholder-free catalog message is one frozen object per (code, locale, tone), so binding
   * its slots into the template once serves every request of that shape; one entry per page keeps
   * memory flat.
   */
  bound?: { readonly message: FormattedMessage; readonly template: Template<ErrorPageSlot> } | undefined;
}

export interface HtmlRenderer {
  /** The page shows a `data:` logo, so its CSP allows `img-src data:`. */
  readonly imgData: boolean;
  /** The props this response's page is rendered from: exactly what `CatalogErrorDocument` takes. */
  props(ctx: ResponseContext): CatalogErrorDocumentProps;
  /** The page (join with `filledText`/`filledChunks`) and its `Content-Security-Policy`. */
  render(ctx: ResponseContext): { filled: Filled<ErrorPageSlot>; csp: string };
}

/**
 * The HTML page of a response, through `@errata/react/template`: the document is rendered by
 * the components once per shape and per request only the values are spliced in. This module
 * writes no markup of its own; it only decides the props.
 */
export function createHtmlRenderer(options: HtmlRendererOptions): HtmlRenderer {
  const { catalog, brand, links, supportReferenceParam } = options;
  const tracedSlots = { supportReferenceParam, traceId: true };
  const untracedSlots = { supportReferenceParam, traceId: false };
  const shapeFixed = { links, supportReferenceParam };
  // Only the configured theme's tokens and the page's components (no Banner).
  const stylesheet = pageStylesheetFor(options.theme);
  const siteName = brand?.name ?? options.serviceName;
  const imgData = Boolean(brand?.logo);
  const homeHref = brand?.homeHref ?? links.home;
  const identity = siteName ? { name: siteName, ...(homeHref ? { homeHref } : {}), ...(brand?.logo ? { logo: brand.logo } : {}) } : undefined;
  // The footer line per locale: a table over the catalog's locales, built once.
  const footers = new Map<string, string>(
    siteName ? catalog.locales.map((locale) => [locale, uiText(catalog, locale, 'footer', { brandName: siteName }) || siteName]) : [],
  );

  /** The props that are the same for every request with this entry and locale. */
  function fixed(ctx: ResponseContext): ErrorPageFixed {
    const footer = footers.get(ctx.message.locale);
    return {
      theme: options.theme,
      stylesheet,
      ...(brand ? { brandStyle: brand } : {}),
      ...(siteName ? { siteName } : {}),
      entry: ctx.entry,
      links,
      ui: ctx.ui,
      ...(identity ? { brand: identity } : {}),
      ...(footer !== undefined ? { footer } : {}),
      ...(supportReferenceParam ? { supportReferenceParam } : {}),
    };
  }

  /** The per-request props: what fills the template's slots. */
  function values(ctx: ResponseContext): ErrorPageValues {
    // "Try again" goes to the request's own path; only entries that ask to retry or wait use it.
    // A page without a request (static-page.ts, path '') has no path to try again.
    const retries = ctx.entry.action === 'retry' || ctx.entry.action === 'wait';
    return {
      message: ctx.exposedMessage === undefined ? ctx.message : { ...ctx.message, description: [ctx.exposedMessage] },
      traceId: ctx.traceId,
      currentHref: retries && ctx.path !== '' ? samePath(ctx.path) : undefined,
      backHref: ctx.backHref,
      errors: ctx.errors,
      retry: retryNotice(ctx, catalog),
      diagnostics: ctx.diagnostics ? createElement(DiagnosticsPanel, ctx.diagnostics) : undefined,
      nonce: ctx.nonce,
    };
  }

  return {
    imgData,
    props: (ctx) => ({ ...fixed(ctx), ...defined(values(ctx)) }),
    render(ctx) {
      const v = values(ctx);
      // Binding the message's slots needs it; most requests find the page already bound.
      const traced = ctx.traceId !== '' ? tracedSlots : untracedSlots;
      // The values decide the page's structure together with the entry and locale: look the
      // compiled page up by that, and build the full shape only to compile a new one.
      const flags = errorPageFlags(shapeFixed, v) ?? -1;
      if (flags === -1) {
        // Validation errors are part of this page's shape: compiled for this request, not cached.
        const compiled = compileErrorPage(errorPageShape(fixed(ctx), v));
        const template = bindTemplate(compiled.template, messageSlots(v.message, links, traced));
        const csp = ctx.nonce ? contentSecurityPolicy([`'nonce-${ctx.nonce}'`], imgData) : contentSecurityPolicy(compiled.styleSources, imgData);
        return { filled: fillTemplate(template, requestSlots(v)), csp };
      }
      let page = options.pages.get(ctx.code, v.message.locale, flags);
      if (page === undefined) {
        const compiled = compileErrorPage(errorPageShape(fixed(ctx), v));
        page = options.pages.set(ctx.code, v.message.locale, flags, { compiled, csp: contentSecurityPolicy(compiled.styleSources, imgData) });
      }
      let template: Template<ErrorPageSlot>;
      if (v.message === ctx.message) {
        if (page.bound?.message !== ctx.message) {
          page.bound = { message: ctx.message, template: bindTemplate(page.compiled.template, messageSlots(ctx.message, links, traced)) };
        }
        template = page.bound.template;
      } else {
        // An exposed message is per error: its slots are filled per request.
        template = bindTemplate(page.compiled.template, messageSlots(v.message, links, traced));
      }
      const filled = fillTemplate(template, requestSlots(v));
      const csp = ctx.nonce ? contentSecurityPolicy([`'nonce-${ctx.nonce}'`], imgData) : page.csp;
      return { filled, csp };
    },
  };
}

/** The values without the ones that are absent, as a component's optional props are. */
function defined(values: ErrorPageValues): Partial<ErrorPageValues> & Pick<ErrorPageValues, 'message' | 'traceId'> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) out[name] = value;
  return out as Partial<ErrorPageValues> & Pick<ErrorPageValues, 'message' | 'traceId'>;
}

/** A plain same-origin path kept as written (never `//host`), else the home path. */
function samePath(path: string): string {
  if (path.length > 2048) return '/';
  if (plainPath.test(path) && !path.includes('/.')) return path;
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
const plainPath = /^\/(?!\/)[A-Za-z0-9\-._~!$()*+,;=:@/]*$/;

/** The retry notice's words and machine-readable time, as RetryNotice takes them. */
function retryNotice(ctx: ResponseContext, catalog: Catalog): { text: string; datetime: string } | undefined {
  const retry = ctx.retryAfter;
  if (!retry) return undefined;
  if (retry.seconds !== undefined) {
    const text = uiText(catalog, ctx.message.locale, 'retryAfterSeconds', { seconds: retry.seconds });
    return text ? { text, datetime: `PT${retry.seconds}S` } : undefined;
  }
  if (retry.at) {
    const text = uiText(catalog, ctx.message.locale, 'retryAt', { time: retry.at });
    return text ? { text, datetime: retry.at.toISOString() } : undefined;
  }
  return undefined;
}

/** A formatted UI string, or '' if the catalog cannot format it (the notice is then left out). */
function uiText(catalog: Catalog, locale: string, key: 'footer' | 'retryAfterSeconds' | 'retryAt', values: Record<string, unknown>): string {
  try {
    return formatUi(locale, key, values, { catalog });
  } catch {
    return '';
  }
}
