/**
 * Headers a failed handler set that do not describe the error response: they describe the
 * content, caching or redirect of the success path, or errata sets its own. Everything else
 * (CORS, cookies, HSTS, ...) stays, as finalhandler does: a cross-origin client must still be
 * able to read the error.
 */
const replaced = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-range',
  'content-disposition',
  'content-location',
  'content-security-policy',
  'content-security-policy-report-only',
  'transfer-encoding',
  'etag',
  'last-modified',
  'cache-control',
  'expires',
  'pragma',
  'age',
  'vary',
  'location',
  'refresh',
  'link',
  'retry-after',
  'www-authenticate',
  'allow',
  'x-request-id',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'accept-ranges',
]);

/** True when a header set before the failure may stay on the error response. */
export function keepHeader(name: string): boolean {
  return !replaced.has(name.toLowerCase());
}
