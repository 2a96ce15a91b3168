import type { Catalog, LinkKey, Severity, Tone } from '@errata/catalog';
import type { Brand, ThemeName } from '@errata/tokens';

/** What an adapter knows about the request: enough to negotiate, trace and summarise it. */
export interface RequestLike {
  method?: string;
  url?: string;
  headers?: Record<string, string | string[] | undefined> | Headers;
}

/** A complete HTTP response. `body` is '' for HEAD; `headers` have lowercase names. */
export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Mode = 'production' | 'development';
export type Format = 'html' | 'json' | 'text';
/**
 * The catalog's link keys an instance can point somewhere. `back` and `retry` are per request
 * (the page's own path, the referring form), so they are not configuration.
 */
export const configurableLinks = ['home', 'support', 'status', 'signIn'] as const satisfies readonly LinkKey[];
export type LinkName = (typeof configurableLinks)[number];

/** What a `classify` hook may answer: a catalog code, or nothing to fall through to INTERNAL. */
export type ClassifyResult = string | { code: string } | undefined | null;

export interface RequestSummary {
  method: string;
  path: string;
  /** Query parameters, redacted by key and by value pattern. */
  query: Record<string, unknown>;
  /** Request headers, redacted (cookies and credentials never appear). */
  headers: Record<string, unknown>;
}

export interface CauseSummary {
  name: string;
  message: string;
  code?: string;
}

/** One structured event per error, for the host's logger. */
export interface ErrataErrorEvent {
  type: 'error';
  traceId: string;
  code: string;
  status: number;
  /** The catalog entry's severity, so a log pipeline can page on it without a catalog. */
  severity: Severity;
  name: string;
  /** Redacted internal message: for operators, never shown to users in production. */
  message: string;
  /** Redacted stack, when the thrown value had one. */
  stack?: string;
  causes: CauseSummary[];
  request: RequestSummary;
  mode: Mode;
  format: Format;
  /** Where the response could not follow the protocol, and why (e.g. a 405 with no known `Allow`). */
  warnings?: readonly string[];
  timestamp: string;
}

/** Emitted whenever diagnostics are shown in production: who looked at what. */
export interface ErrataAuditEvent {
  type: 'audit';
  action: 'diagnostics-shown';
  who: string;
  traceId: string;
  code: string;
  request: { method: string; path: string };
  timestamp: string;
}

/**
 * Something failed: inside errata (rendering, redaction, the onError hook; the fallback was
 * sent), or the host's layout (`layout`: errata's own page was sent instead).
 */
export interface ErrataFailureEvent {
  type: 'failure';
  stage: 'render' | 'report' | 'layout';
  traceId: string;
  /** Name and redacted message of what failed inside errata (not the original error). */
  failure: { name: string; message: string };
  timestamp: string;
}

export type ErrataEvent = ErrataErrorEvent | ErrataAuditEvent | ErrataFailureEvent;

export type AuthorizeResult = boolean | { who: string };

/**
 * Receives every event besides the host's `onError` (metrics, a triage store: `@errata/ops`).
 * Called synchronously before `onError`; one that throws or rejects is ignored, so an observer
 * can never change a response.
 */
export type ErrataObserver = (event: ErrataEvent) => void;

export interface ErrataOptions {
  /**
   * Catalog of codes and messages; default `builtinCatalog`. Extend with `defineCatalog(entries,
   * { extends, overrides })`, or give the path of a .json/.yaml catalog file (read once, here;
   * relative to the working directory; YAML needs the `yaml` package).
   */
  catalog?: Catalog | string | URL;
  /** A brand made by `defineBrand` from `@errata/tokens`. */
  brand?: Brand;
  /** Theme; default 'auto' (light or dark by the reader's system setting). */
  theme?: ThemeName;
  /** Message tone; default 'neutral'. */
  defaultTone?: Tone;
  /** Locales offered to Accept-Language; a subset of the catalog's locales (default: all of them). */
  locales?: readonly string[];
  /** Default: 'production' unless `NODE_ENV === 'development'`. */
  mode?: Mode;
  /** Link targets for pages: http(s) URLs or same-origin paths only. */
  links?: Partial<Record<LinkName, string>>;
  /**
   * Query parameter that carries the page's reference on support links, so a support form can be
   * filled in for the person: `'ref'` (default) sends them to `<links.support>?ref=<reference>`.
   * `false`: support links as configured.
   */
  supportReferenceParam?: string | false;
  /** Base URL of the error reference; problem `type` becomes `<base><code-in-kebab-case>`. */
  referenceBaseUrl?: string;
  /** Name for `{serviceName}` in messages. */
  serviceName?: string;
  /** Last resort before INTERNAL: map your own errors to a catalog code. Receives the original thrown value. */
  classify?: (error: unknown) => ClassifyResult;
  /**
   * Called once per error with a structured, redacted event (and for audits and internal failures).
   * Without it, 5xx error events and internal failures go to stderr as one JSON line each, so a
   * 500 is never silent; set it (even to a no-op) to take logging over.
   */
  onError?: (event: ErrataEvent) => void | Promise<void>;
  /** More receivers of every event, which never replace `onError` or its stderr default. */
  observers?: readonly ErrataObserver[];
  /** Extra redaction on every output. */
  redact?: { keys?: readonly string[]; patterns?: readonly RegExp[] };
  /** Show diagnostics in production to requests this approves (e.g. an engineer's session). */
  diagnostics?: { authorize?: (request: RequestLike) => AuthorizeResult };
  /**
   * CSP for the inlined `<style>`: by hash (default), or by a nonce: `true` makes a fresh one
   * per response, a function returns yours (base64 characters only).
   */
  nonce?: boolean | ((request: RequestLike) => string);
  /** `WWW-Authenticate` for a 401 that supplies none; default 'Bearer'. */
  wwwAuthenticate?: string;
}

export interface BannerOptions {
  /** The request the banner is for: its `Accept-Language` picks the locale, as for pages. */
  request?: RequestLike;
  /** An `Accept-Language` value, when you have the header rather than the request. */
  acceptLanguage?: string;
  /** A locale to use as is (after the catalog's fallback); wins over the request. */
  locale?: string;
  /** Default: the instance's `defaultTone`, as for pages. */
  tone?: Tone;
  values?: Record<string, string | number | Date>;
  /** Link targets for this banner, on top of the instance's `links` (any link key, e.g. `signIn`). */
  links?: Partial<Record<LinkKey, string>>;
  dismissHref?: string;
  /** The banner's `id` (letters, digits, `_`, `-`); its title gets `<id>-title`. Default: unique per call. */
  id?: string;
}

export interface BannerResult {
  /** HTML fragment (one `<section>`) to put in a page. */
  html: string;
  /**
   * The CSS the banner needs: its scoped rules and the instance's theme (and brand). Put it in a
   * `<style>` once per page, however many banners it has: the same text for every call.
   */
  css: string;
  /** `sha256-…` of `css`, for `style-src` in your CSP (quote it: `'sha256-…'`). */
  hash: string;
  /** The banner's id (the one given, or the generated one). */
  id: string;
  /** The locale and tone the banner was written in. */
  locale: string;
  tone: Tone;
}

/** CSP directives a host's layout may widen (its own stylesheets, images, fonts, scripts, forms). */
export const layoutCspDirectives = [
  'default-src',
  'style-src',
  'img-src',
  'font-src',
  'script-src',
  'connect-src',
  'media-src',
  'form-action',
  'base-uri',
  'frame-ancestors',
] as const;
export type LayoutCspDirective = (typeof layoutCspDirectives)[number];

export interface PartsOptions {
  /**
   * Sources the host's layout needs, added to the page's `Content-Security-Policy` (a directive
   * errata sets to `'none'` takes them instead), e.g. `{ 'style-src': ["'self'"], 'img-src': ["'self'"] }`.
   * Without it the CSP is exactly the one `render()` sends.
   */
  csp?: Partial<Record<LayoutCspDirective, readonly string[]>>;
}

/** What every kind of parts has: the response as `render()` would answer, less the body. */
interface PartsBase {
  status: number;
  /** `render()`'s headers (CSP, caching, language, `X-Request-Id`...); for HTML without `Content-Length`, which is the host's document's. */
  headers: Record<string, string>;
  /** The support reference on the page, in `X-Request-Id` and in the `onError` event. */
  traceId: string;
}

/** The parts of an HTML error page, for a host's own layout. */
export interface HtmlErrorParts extends PartsBase {
  format: 'html';
  /** The catalog code the error was classified as. */
  code: string;
  /** For `<title>`: what errata's own page's title says (the message's title and the brand or service name). */
  title: string;
  /** For `<html lang dir>`: the language and direction of the message (after fallback). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** For `<head>`: the `<style>` elements the content needs, allowed by the CSP (by hash, or carrying the nonce). */
  head: string;
  /** The same stylesheets as data, for a host that writes its own `<style>` elements: `css` unchanged (the hash covers it), `hash` a `style-src` source. */
  styles: readonly { css: string; hash: string }[];
  /** The response's CSP nonce, in nonce mode. */
  nonce?: string;
  /**
   * The error itself: one `<div>` with the page's content (one `h1`), the theme and brand classes
   * and the message's `lang`/`dir`, but no document, `<main>`, header or footer: put it, unescaped,
   * inside your layout's `<main>`.
   */
  content: string;
}

/** problem+json and text: exactly what `render()` gives. */
export interface BodyErrorParts extends PartsBase {
  format: 'json' | 'text';
  body: string;
}

export type ErrorParts = HtmlErrorParts | BodyErrorParts;

export interface Errata {
  /** Pure: never throws, always answers 4xx/5xx. */
  render(error: unknown, request: RequestLike): ErrorResponse;
  renderNotFound(request: RequestLike): ErrorResponse;
  /**
   * The same answer as `render()` (the same negotiation, status, headers, trace id and one
   * `onError` event), in parts a host's layout can wrap: for HTML the title, language, head and
   * content; for problem+json and text the body `render()` gives. Never throws.
   */
  renderParts(error: unknown, request: RequestLike, options?: PartsOptions): ErrorParts;
  renderNotFoundParts(request: RequestLike, options?: PartsOptions): ErrorParts;
  renderBanner(code: string, options?: BannerOptions): BannerResult;
  /** The resolved mode, so adapters and hosts can tell. */
  readonly mode: Mode;
}
