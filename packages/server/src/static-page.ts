import { formatMessage, type Catalog, type CatalogEntry, type Tone, type UiStrings } from '@errata/catalog';
import { filledText } from '@errata/react/template';
import { createCaches } from './caches.js';
import { closestCode } from './classify.js';
import { buildContext } from './context.js';
import { responseHeaders } from './headers.js';
import { messageFor, uiTable, unfilledPlaceholders } from './message.js';
import { resolveOptions } from './options.js';
import { createHtmlRenderer } from './render/html.js';
import { renderProblemJson } from './render/problem-json.js';
import { renderText } from './render/text.js';
import { readRequest } from './request.js';
import type { ErrorInfo } from './safety/normalise.js';
import { createRedactionMemo } from './redaction-memo.js';
import { createRedactor } from './safety/redact.js';
import type { ErrataOptions, Format } from './types.js';

// Pages without a request of their own: a static export served by a proxy, or an error backend
// that only knows a status. They run the pipeline's own stages (message, context, render,
// headers) with what a static page can know: a code or status, a locale, a format and,
// optionally, a reference string. Nothing is negotiated, classified from a thrown value or
// reported.

export const formats = ['html', 'json', 'text'] as const satisfies readonly Format[];

export interface StaticPageRequest {
  /** A catalog code; without one, `status` chooses it (`codeFor`). */
  readonly code?: string;
  /** The response status (400..599); default the entry's. */
  readonly status?: number;
  /** One of the instance's locales; default its default locale. */
  readonly locale?: string;
  readonly format: Format;
  /**
   * Shown as the page's reference (escaped as text), e.g. a marker a proxy replaces with its
   * request id. Without one the page has no reference block, problem+json no `traceId` or
   * `instance`, and text no reference line.
   */
  readonly reference?: string;
  /** ICU values for the entry's placeholders (dates as `Date`). */
  readonly values?: Readonly<Record<string, string | number | Date>>;
}

export interface StaticPage {
  readonly code: string;
  readonly status: number;
  /** The locale of the copy used. */
  readonly locale: string;
  readonly format: Format;
  /** What errata sends with such a page (lower-case names), `content-length` included. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Placeholders the copy needed and got no value for (shown as `[name]`). */
  readonly missing: readonly string[];
}

export interface StaticPages {
  /** The locales offered (the `locales` option, else the catalog's), default first. */
  readonly locales: readonly string[];
  /** Every status an error entry of the catalog has, ascending. */
  readonly statuses: readonly number[];
  page(request: StaticPageRequest): StaticPage;
  /** The code a page for `status` shows when no value is known (see `staticCodeFor`). */
  codeFor(status: number): string;
}

/**
 * A renderer of whole responses for pages that have no request: the same options, components,
 * stylesheet and security headers as `createErrata`. Throws `ErrataOptionsError` for a bad
 * option and `TypeError` for a request it cannot answer (unknown code or locale).
 */
export function createStaticPages(options?: ErrataOptions): StaticPages {
  const resolved = resolveOptions(options);
  // A static page never shows diagnostics and names its styles by hash (it has no response to
  // carry a fresh nonce).
  const opts = { ...resolved, mode: 'production' as const, authorize: undefined, nonce: undefined };
  const { catalog } = opts;
  const caches = createCaches();
  const redactor = createRedactor({ keys: [...opts.redact.keys], patterns: [...opts.redact.patterns] });
  const memo = createRedactionMemo(redactor);
  const ui = uiTable(catalog);
  const html = createHtmlRenderer({
    catalog,
    theme: opts.theme,
    brand: opts.brand,
    serviceName: opts.serviceName,
    links: opts.links,
    pages: caches.pages,
  });
  const locales = [opts.defaultLocale, ...opts.locales.filter((l) => l !== opts.defaultLocale)];
  const statuses = [...new Set(catalog.entries.filter(isError).map((e) => e.status))].sort((a, b) => a - b);
  const seedValues: Record<string, string | number | Date> = opts.serviceName ? { serviceName: opts.serviceName } : {};
  const codes = new Map<number, string>();

  const codeFor = (status: number): string => {
    let code = codes.get(status);
    if (code === undefined) {
      code = staticCodeFor(catalog, status, { locales, tone: opts.defaultTone, values: seedValues });
      codes.set(status, code);
    }
    return code;
  };

  return {
    locales,
    statuses,
    codeFor,
    page(request) {
      const { format, reference } = request;
      if (!(formats as readonly string[]).includes(format)) throw new TypeError(`format must be one of ${formats.join(', ')}, got ${String(format)}`);
      if (request.status !== undefined && !isErrorStatus(request.status))
        throw new TypeError(`status must be an integer 400..599, got ${String(request.status)}`);
      const code = request.code ?? (request.status !== undefined ? codeFor(request.status) : undefined);
      if (code === undefined) throw new TypeError('a static page needs a code or a status');
      if (!catalog.has(code) || !isError(catalog.get(code))) throw new TypeError(`${code} is not an error code of the catalog`);
      const locale = request.locale ?? opts.defaultLocale;
      if (!locales.includes(locale)) throw new TypeError(`locale ${locale} is not offered (offered: ${locales.join(', ')})`);
      const entry = catalog.get(code);
      const status = request.status ?? entry.status;
      const values: Record<string, string | number | Date> = { ...seedValues, ...request.values };
      const info: ErrorInfo = { kind: 'errata', name: 'Error', message: '', headers: {}, causes: [], values };
      const message = messageFor({ catalog, entry, locale, tone: opts.defaultTone, info, retryAfter: undefined, serviceName: opts.serviceName });
      const traceId = reference ?? '';
      // No request, so no path: a "Try again" link would go to the home page under a false name.
      const context = buildContext({
        options: opts,
        redactor,
        memo,
        request: readRequest({}),
        raw: {},
        info,
        code,
        status,
        exposeMessage: false,
        entry,
        format,
        traceId,
        message,
        ui: ui.get(message.locale) ?? (ui.get(catalog.sourceLocale) as UiStrings),
        retryAfter: undefined,
      });
      const ctx = { ...context, path: '' };
      let body: string;
      let csp: string | undefined;
      if (format === 'html') {
        const rendered = html.render(ctx);
        body = filledText(rendered.filled);
        csp = rendered.csp;
      } else {
        body = format === 'json' ? renderProblemJson(ctx, opts.referenceBaseUrl) : renderText(ctx);
      }
      const headers = responseHeaders({
        cache: caches.headers,
        format,
        locale: message.locale,
        traceId,
        status,
        errorHeaders: {},
        wwwAuthenticate: opts.wwwAuthenticate,
        csp,
        stableCsp: true,
      });
      if (reference === undefined) delete headers['x-request-id'];
      headers['content-length'] = String(Buffer.byteLength(body));
      return { code, status, locale: message.locale, format, headers, body, missing: missingValues(catalog, entry, message.locale, opts.defaultTone, values) };
    },
  };
}

function isError(entry: CatalogEntry): boolean {
  return entry.kind === 'error' && isErrorStatus(entry.status);
}

function isErrorStatus(status: number): boolean {
  return Number.isInteger(status) && status >= 400 && status <= 599;
}

/**
 * The placeholders of `entry`'s copy (in `locale` and `tone`) that `values` leaves unfilled.
 * The catalog writes a missing placeholder as `[name]` (and takes a select's or plural's `other`
 * branch, which reads fine), so the formatted text says exactly which ones show.
 */
export function missingValues(catalog: Catalog, entry: CatalogEntry, locale: string, tone: Tone, values: Readonly<Record<string, unknown>> = {}): string[] {
  if (Object.keys(entry.args).every((name) => values[name] !== undefined)) return [];
  return [...unfilledPlaceholders(entry, formatMessage(catalog, entry.code, { locale, tone, values: { ...values } }))];
}

/**
 * The code whose copy a page for `status` shows when nothing but the status is known (a proxy's
 * page, an error backend): the first error entry with that status whose copy needs no value in
 * any of `locales`, else the generic entry of its class (as `createErrata` does for a status
 * without an entry), so a page never says "back at [availableAt]".
 */
export function staticCodeFor(
  catalog: Catalog,
  status: number,
  options: { locales?: readonly string[]; tone?: Tone; values?: Readonly<Record<string, unknown>> } = {},
): string {
  if (!isErrorStatus(status)) throw new TypeError(`status must be an integer 400..599, got ${String(status)}`);
  const locales = options.locales ?? catalog.locales;
  const tone = options.tone ?? 'neutral';
  const complete = (entry: CatalogEntry) => locales.every((locale) => missingValues(catalog, entry, locale, tone, options.values).length === 0);
  const exact = catalog.entries.find((entry) => isError(entry) && entry.status === status && complete(entry));
  return exact?.code ?? closestCode(catalog, status < 500 ? 400 : 500);
}
