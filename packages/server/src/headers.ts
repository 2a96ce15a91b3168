import type { BoundedMap2 } from './caches.js';
import type { Format } from './types.js';

export interface HeaderContext {
  /** The instance's header sets per (format + locale, CSP); see caches.ts. */
  cache: BoundedMap2<Readonly<Record<string, string>>>;
  format: Format;
  locale: string;
  traceId: string;
  status: number;
  /** Already validated digits or IMF-fixdate. */
  retryAfter?: string | undefined;
  /** Allow-listed, sanitised headers the error supplied, lower-case names. */
  errorHeaders: Readonly<Record<string, string>>;
  /** `Allow` for a 405, already decided (safety/headers.ts `allowFor`). */
  allow?: string | undefined;
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

/**
 * Stage 7: the headers of an error response, names lower-case. The part that depends only on
 * format, language and CSP is built once per combination and copied; a nonce CSP is per
 * response and never cached.
 */
export function responseHeaders(ctx: HeaderContext): Record<string, string> {
  const csp = ctx.format !== 'html' ? undefined : (ctx.csp ?? contentSecurityPolicy(ctx.styleSources ?? [], ctx.imgData ?? false));
  let headers: Record<string, string>;
  if (ctx.stableCsp || ctx.format !== 'html') {
    const a = ctx.format + ctx.locale;
    const b = csp ?? '';
    headers = { ...(ctx.cache.get(a, b) ?? ctx.cache.set(a, b, Object.freeze(baseHeaders(ctx.format, ctx.locale, csp)))) };
  } else {
    headers = baseHeaders(ctx.format, ctx.locale, csp);
  }
  headers['x-request-id'] = ctx.traceId;
  if (ctx.retryAfter) headers['retry-after'] = ctx.retryAfter;
  if (ctx.status === 401) headers['www-authenticate'] = ctx.errorHeaders['www-authenticate'] ?? ctx.wwwAuthenticate;
  // RFC 9110 wants Allow on 405: the error's or the router's (never invented; see allowFor).
  if (ctx.status === 405 && ctx.allow) headers.allow = ctx.allow;
  return headers;
}
