import type { Format } from '../types.js';

export interface HeaderContext {
  format: Format;
  locale: string;
  traceId: string;
  status: number;
  /** Already validated digits or IMF-fixdate. */
  retryAfter?: string | undefined;
  /** Allow-listed, sanitised headers the error supplied. */
  errorHeaders: Record<string, string>;
  wwwAuthenticate: string;
  /** `style-src` sources: `'sha256-…'` or `'nonce-…'`. */
  styleSources?: readonly string[];
  imgData?: boolean;
  /** The whole CSP, already built (wins over `styleSources`/`imgData`). */
  csp?: string | undefined;
  /** The CSP is the same for many responses (hash mode): reuse the header set built for it. */
  stableCsp?: boolean;
}

const contentTypes: Record<Format, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/problem+json',
  text: 'text/plain; charset=utf-8',
};

/** The CSP for an error page: nothing but the inlined stylesheet (and a data: logo when branded). */
export function contentSecurityPolicy(styleSources: readonly string[], imgData: boolean): string {
  const directives = ["default-src 'none'", `style-src ${styleSources.length ? styleSources.join(' ') : "'none'"}`];
  if (imgData) directives.push('img-src data:');
  // The pages carry no forms, scripts or frames.
  directives.push("base-uri 'none'", "frame-ancestors 'none'", "form-action 'none'");
  return directives.join('; ');
}

/**
 * The headers that depend only on format, language and CSP, built once per combination: a
 * response copies them and adds its own id, length and error headers. Bounded (cleared when
 * full), as the CSP in nonce mode is per response and never cached.
 */
// format -> locale -> CSP (or '' without one) -> headers. Nested so each lookup hashes strings
// that already exist (their hashes are cached) instead of building a key per response.
const bases = new Map<Format, Map<string, Map<string, Readonly<Record<string, string>>>>>();
let baseCount = 0;
const MAX_BASES = 256;

function cachedBase(format: Format, locale: string, csp: string | undefined): Record<string, string> {
  let byLocale = bases.get(format);
  if (byLocale === undefined) bases.set(format, (byLocale = new Map()));
  let byCsp = byLocale.get(locale);
  if (byCsp === undefined) byLocale.set(locale, (byCsp = new Map()));
  let base = byCsp.get(csp ?? '');
  if (base === undefined) {
    if (++baseCount > MAX_BASES) {
      bases.clear();
      baseCount = 0;
      return baseHeaders(format, locale, csp);
    }
    base = Object.freeze(baseHeaders(format, locale, csp));
    byCsp.set(csp ?? '', base);
  }
  return { ...base };
}

function baseHeaders(format: Format, locale: string, csp: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': contentTypes[format],
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    vary: 'Accept, Accept-Language',
    'content-language': locale,
    'x-request-id': '',
    'referrer-policy': 'no-referrer',
  };
  if (format === 'html') {
    headers['content-security-policy'] = csp ?? contentSecurityPolicy([], false);
    headers['x-frame-options'] = 'DENY';
  }
  return headers;
}

/** Headers every error response carries, in lowercase. */
export function responseHeaders(ctx: HeaderContext): Record<string, string> {
  const csp = ctx.format !== 'html' ? undefined : (ctx.csp ?? contentSecurityPolicy(ctx.styleSources ?? [], ctx.imgData ?? false));
  let headers: Record<string, string>;
  if (ctx.stableCsp || ctx.format !== 'html') {
    headers = cachedBase(ctx.format, ctx.locale, csp);
  } else {
    headers = baseHeaders(ctx.format, ctx.locale, csp);
  }
  headers['x-request-id'] = ctx.traceId;
  if (ctx.retryAfter) headers['retry-after'] = ctx.retryAfter;
  if (ctx.status === 401) headers['www-authenticate'] = ctx.errorHeaders['www-authenticate'] ?? ctx.wwwAuthenticate;
  // RFC 9110 wants Allow on 405, but only the route knows its methods: we pass the error's, never invent one.
  if (ctx.status === 405 && ctx.errorHeaders['allow']) headers['allow'] = ctx.errorHeaders['allow'];
  return headers;
}
