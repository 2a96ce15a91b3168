// The checks `errata probe` makes on one response. Each returns the problems it found, each with
// what to fix; an empty list is a pass.
import { bodyLeaks, headerLeaks, type Leak } from './leaks.js';

export type Problem = Leak;

export interface Response {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

const mediaType = (headers: Headers) => (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** An error must stay an error: a 2xx or 3xx tells caches, crawlers and monitors that all is well. */
export function checkStatus(res: Response, expected: readonly number[], what: string): Problem[] {
  if (expected.includes(res.status)) return [];
  if (res.status < 400) {
    return [
      {
        problem: `${what} answered ${res.status}: an error answered as a success`,
        fix: 'send the error status with the page (errata never answers 2xx/3xx; an error backend must pass the original status on)',
      },
    ];
  }
  return [
    { problem: `${what} answered ${res.status}, expected ${expected.join(' or ')}`, fix: 'answer it with its own status, or list the status in --expect' },
  ];
}

export function checkContentType(res: Response, allowed: readonly string[], what: string): Problem[] {
  const type = mediaType(res.headers);
  const problems: Problem[] = [];
  if (!allowed.includes(type)) {
    problems.push({
      problem: `${what} got ${type || 'no Content-Type'}, expected ${allowed.join(' or ')}`,
      fix: 'negotiate the format from Accept (errata: text/html for browsers, application/problem+json for APIs, text/plain for */*)',
    });
  }
  if ((type === 'text/html' || type === 'text/plain') && !/;\s*charset=utf-8/i.test(res.headers.get('content-type') ?? '')) {
    problems.push({ problem: `${what}: ${type} without charset=utf-8`, fix: 'send Content-Type with charset=utf-8' });
  }
  return problems;
}

/** The headers every errata error response carries; HTML adds CSP and framing. */
export function checkSecurityHeaders(res: Response, html: boolean): Problem[] {
  const problems: Problem[] = [];
  const get = (name: string) => res.headers.get(name) ?? '';
  if (get('x-content-type-options').toLowerCase() !== 'nosniff') {
    problems.push({
      problem: 'no X-Content-Type-Options: nosniff',
      fix: 'send X-Content-Type-Options: nosniff (errata does; a proxy page without it is the proxy’s own)',
    });
  }
  if (!/\bno-store\b/i.test(get('cache-control'))) {
    problems.push({ problem: `Cache-Control is "${get('cache-control')}", not no-store`, fix: 'send Cache-Control: no-store, so no cache keeps an error' });
  }
  if (!html) return problems;
  const csp = get('content-security-policy');
  if (csp === '')
    problems.push({ problem: 'no Content-Security-Policy on an HTML error page', fix: "send errata's CSP (default-src 'none' and the page's style hash)" });
  else if (/script-src[^;]*'unsafe-inline'|default-src[^;]*'unsafe-inline'/.test(csp))
    problems.push({ problem: "the CSP allows inline script ('unsafe-inline')", fix: 'error pages need no script: drop it' });
  if (!/^(deny|sameorigin)$/i.test(get('x-frame-options')) && !/frame-ancestors/.test(csp)) {
    problems.push({
      problem: 'the page may be framed (no X-Frame-Options or frame-ancestors)',
      fix: "send X-Frame-Options: DENY or CSP frame-ancestors 'none'",
    });
  }
  if (get('referrer-policy') === '') problems.push({ problem: 'no Referrer-Policy', fix: 'send Referrer-Policy: no-referrer' });
  return problems;
}

/** The reference the person quotes is the one in the logs: the X-Request-Id header, shown in the body. */
export function checkReference(res: Response, what: string): Problem[] {
  const id = res.headers.get('x-request-id');
  if (!id)
    return [{ problem: `${what}: no X-Request-Id header`, fix: 'send the reference in X-Request-Id (errata does; a proxy should pass its request id on)' }];
  if (!res.body.includes(id)) {
    return [
      {
        problem: `${what}: the body does not show the reference ${id.slice(0, 80)} from X-Request-Id`,
        fix: 'show the same id on the page as in the header and the logs',
      },
    ];
  }
  return [];
}

/** RFC 9457: an object with a type, a title and the response's own status. */
export function checkProblemJson(res: Response): Problem[] {
  let value: unknown;
  try {
    value = JSON.parse(res.body);
  } catch {
    return [{ problem: 'the problem+json body is not JSON', fix: 'send RFC 9457 problem details' }];
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return [{ problem: 'the problem+json body is not an object', fix: 'send RFC 9457 problem details' }];
  const problem = value as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const member of ['type', 'title'] as const) {
    if (typeof problem[member] !== 'string')
      problems.push({ problem: `problem+json has no string "${member}"`, fix: `RFC 9457 §3.1: "${member}" is a string` });
  }
  if (problem.status !== res.status) {
    problems.push({
      problem: `problem+json "status" is ${JSON.stringify(problem.status)}, the response ${res.status}`,
      fix: 'RFC 9457 §3.1.2: "status" repeats the response status',
    });
  }
  for (const member of ['detail', 'instance'] as const) {
    if (problem[member] !== undefined && typeof problem[member] !== 'string')
      problems.push({ problem: `problem+json "${member}" is not a string`, fix: `RFC 9457: "${member}" is a string` });
  }
  const id = res.headers.get('x-request-id');
  if (id && problem.traceId !== undefined && problem.traceId !== id) {
    problems.push({
      problem: `problem+json traceId ${String(problem.traceId).slice(0, 80)} differs from X-Request-Id ${id.slice(0, 80)}`,
      fix: 'one reference per response',
    });
  }
  return problems;
}

/** An error page loads nothing and runs nothing: it must work when everything else is down. */
export function checkHtml(body: string): Problem[] {
  const problems: Problem[] = [];
  if (!/<html[^>]*\slang="[^"]+"/i.test(body))
    problems.push({ problem: 'the page has no <html lang>', fix: 'say the page’s language (errata sets lang and dir)' });
  if (/<script\b/i.test(body)) problems.push({ problem: 'the page has a <script>', fix: 'error pages need no JavaScript' });
  if (/<link\b[^>]*\bhref=|\bsrc="(?:https?:)?\/\/|@import\b|url\((?:["']?)(?:https?:)?\/\//i.test(body)) {
    problems.push({ problem: 'the page loads something from elsewhere', fix: 'inline the CSS and images: a failing service may not serve them' });
  }
  return problems;
}

export function checkLeaks(res: Response): Problem[] {
  return [...bodyLeaks(res.body), ...headerLeaks(res.headers)];
}
