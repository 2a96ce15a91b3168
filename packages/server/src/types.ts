import type { Catalog, LinkKey, Tone } from '@errata/catalog';
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
  name: string;
  /** Redacted internal message: for operators, never shown to users in production. */
  message: string;
  /** Redacted stack, when the thrown value had one. */
  stack?: string;
  causes: CauseSummary[];
  request: RequestSummary;
  mode: Mode;
  format: Format;
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

/** Something inside errata failed (rendering, redaction, the onError hook); the fallback was sent. */
export interface ErrataFailureEvent {
  type: 'failure';
  stage: 'render' | 'report';
  traceId: string;
  /** Name and redacted message of what failed inside errata (not the original error). */
  failure: { name: string; message: string };
  timestamp: string;
}

export type ErrataEvent = ErrataErrorEvent | ErrataAuditEvent | ErrataFailureEvent;

export type AuthorizeResult = boolean | { who: string };

export interface ErrataOptions {
  /** Catalog of codes and messages; default `builtinCatalog`. Extend with `defineCatalog(entries, { extends })`. */
  catalog?: Catalog;
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
  /** Called once per error with a structured, redacted event (and for audits and internal failures). */
  onError?: (event: ErrataEvent) => void | Promise<void>;
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

export interface Errata {
  /** Pure: never throws, always answers 4xx/5xx. */
  render(error: unknown, request: RequestLike): ErrorResponse;
  renderNotFound(request: RequestLike): ErrorResponse;
  renderBanner(code: string, options?: BannerOptions): BannerResult;
  /** The resolved mode, so adapters and hosts can tell. */
  readonly mode: Mode;
}
