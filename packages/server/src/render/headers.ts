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

/** Headers every error response carries, in lowercase. */
export function responseHeaders(ctx: HeaderContext): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': contentTypes[ctx.format],
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    vary: 'Accept, Accept-Language',
    'content-language': ctx.locale,
    'x-request-id': ctx.traceId,
    'referrer-policy': 'no-referrer',
  };
  if (ctx.format === 'html') {
    headers['content-security-policy'] = contentSecurityPolicy(ctx.styleSources ?? [], ctx.imgData ?? false);
    headers['x-frame-options'] = 'DENY';
  }
  if (ctx.retryAfter) headers['retry-after'] = ctx.retryAfter;
  if (ctx.status === 401) headers['www-authenticate'] = ctx.errorHeaders['www-authenticate'] ?? ctx.wwwAuthenticate;
  // RFC 9110 wants Allow on 405, but only the route knows its methods: we pass the error's, never invent one.
  if (ctx.status === 405 && ctx.errorHeaders['allow']) headers['allow'] = ctx.errorHeaders['allow'];
  return headers;
}
