// One `errata probe` run: the requests a monitoring job would make against a service's error
// surfaces, each checked, in order. Every request carries the probe header, so the service's
// metrics can keep probes out of its error rates.
import { randomBytes } from 'node:crypto';
import { probeHeader } from '@errata/server';
import {
  checkContentType,
  checkHtml,
  checkLeaks,
  checkProblemJson,
  checkReference,
  checkSecurityHeaders,
  checkStatus,
  type Problem,
  type Response,
} from './checks.js';
import type { Endpoint, Expectations } from './expect.js';

export type Outcome = 'pass' | 'fail' | 'warn' | 'skip';

export interface CheckResult {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly contentType?: string;
  readonly outcome: Outcome;
  readonly problems: readonly Problem[];
  /** Why a check was skipped or only warned. */
  readonly note?: string;
}

export interface ProbeReport {
  readonly url: string;
  readonly ok: boolean;
  readonly probeHeader: string;
  readonly checks: readonly CheckResult[];
  readonly summary: Record<Outcome, number>;
}

const clients = {
  browser: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'accept-language': 'en', 'user-agent': 'errata-probe (browser)' },
  api: { accept: 'application/json', 'user-agent': 'errata-probe (api)' },
  curl: { accept: '*/*', 'user-agent': 'curl/8.5.0' },
} as const;

/** A gateway between the probe and the service answered for it: the service is down, not wrong. */
const unavailable = new Set([502, 503, 504]);

interface Fetched extends Response {
  readonly error?: string;
}

export async function probe(base: URL, expect: Expectations): Promise<ProbeReport> {
  const request = async (method: string, path: string, headers: Record<string, string>): Promise<Fetched> => {
    try {
      const res = await fetch(new URL(path, base), {
        method,
        headers: { ...headers, [probeHeader]: '1' },
        redirect: 'manual',
        signal: AbortSignal.timeout(expect.timeoutMs),
      });
      return { status: res.status, headers: res.headers, body: method === 'HEAD' ? '' : await res.text() };
    } catch (error) {
      const cause = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.name) : 'error';
      return {
        status: 0,
        headers: new Headers(),
        body: '',
        error: cause === 'TimeoutError' ? `no answer within ${expect.timeoutMs} ms` : `could not connect (${cause})`,
      };
    }
  };
  const result = (name: string, method: string, path: string, res: Fetched, problems: Problem[], outcome?: Outcome, note?: string): CheckResult => {
    if (res.error)
      return { name, method, path, outcome: 'fail', problems: [{ problem: res.error, fix: 'check the URL, and that the service (or its proxy) is up' }] };
    return {
      name,
      method,
      path,
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      outcome: outcome ?? (problems.length > 0 ? 'fail' : 'pass'),
      problems,
      ...(note ? { note } : {}),
    };
  };

  const missing = expect.unknownPath.path ?? `/errata-probe-${randomBytes(6).toString('hex')}`;
  const checks: CheckResult[] = [];
  const u = expect.unknownPath;

  const browser = await request('GET', missing, clients.browser);
  checks.push(
    result('unknown path as a browser', 'GET', missing, browser, [
      ...checkStatus(browser, u.status, 'an unknown path'),
      ...checkContentType(browser, u.contentTypes.browser, 'a browser'),
      ...checkSecurityHeaders(browser, true),
      ...checkReference(browser, 'the page'),
      ...checkHtml(browser.body),
      ...checkLeaks(browser),
    ]),
  );
  const api = await request('GET', missing, clients.api);
  checks.push(
    result('unknown path as an API client', 'GET', missing, api, [
      ...checkStatus(api, u.status, 'an unknown path'),
      ...checkContentType(api, u.contentTypes.api, 'an API client'),
      ...checkSecurityHeaders(api, false),
      ...checkReference(api, 'problem+json'),
      ...(u.contentTypes.api.includes('application/problem+json') ? checkProblemJson(api) : []),
      ...checkLeaks(api),
    ]),
  );
  const curl = await request('GET', missing, clients.curl);
  checks.push(
    result('unknown path as curl', 'GET', missing, curl, [
      ...checkStatus(curl, u.status, 'an unknown path'),
      ...checkContentType(curl, u.contentTypes.curl, 'curl (Accept: */*)'),
      ...checkSecurityHeaders(curl, false),
      ...checkReference(curl, 'the text'),
      ...checkLeaks(curl),
    ]),
  );
  const head = await request('HEAD', missing, clients.browser);
  checks.push(
    result('unknown path, HEAD', 'HEAD', missing, head, [
      ...checkStatus(head, u.status, 'HEAD of an unknown path'),
      ...(head.headers.get('content-type') ? [] : [{ problem: 'HEAD has no Content-Type', fix: 'answer HEAD with the headers GET would have' }]),
      ...checkSecurityHeaders(head, false),
      ...headerOnlyLeaks(head),
    ]),
  );

  for (const endpoint of expect.health) {
    const res = await request('GET', endpoint.path, { accept: 'application/health+json, application/json;q=0.9, */*;q=0.1', 'user-agent': 'errata-probe' });
    checks.push(endpointResult(endpoint, res, result, () => [...checkSecurityHeaders(res, false), ...checkLeaks(res)]));
  }
  for (const endpoint of expect.triage) {
    // No token: the endpoint must refuse, say how to authenticate, and tell nothing else.
    const res = await request('GET', endpoint.path, { accept: 'application/json', 'user-agent': 'errata-probe' });
    checks.push(
      endpointResult(endpoint, res, result, () => [
        ...(res.status === 401 && !/^Bearer\b/i.test(res.headers.get('www-authenticate') ?? '')
          ? [{ problem: '401 without WWW-Authenticate: Bearer', fix: 'say how to authenticate (RFC 6750)' }]
          : []),
        ...(res.status === 401 ? checkProblemJson(res) : []),
        ...checkSecurityHeaders(res, false),
        ...checkLeaks(res),
      ]),
    );
  }

  const summary: Record<Outcome, number> = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const check of checks) summary[check.outcome]++;
  return { url: base.href, ok: summary.fail === 0, probeHeader, checks, summary };
}

/**
 * An optional endpoint that is not there (404) is skipped; one a proxy answered for because the
 * service is down (502-504) is a warning as long as that answer is a proper error response.
 */
function endpointResult(
  endpoint: Endpoint,
  res: Fetched,
  result: (name: string, method: string, path: string, res: Fetched, problems: Problem[], outcome?: Outcome, note?: string) => CheckResult,
  checks: () => Problem[],
): CheckResult {
  if (res.error) return result(endpoint.name, 'GET', endpoint.path, res, []);
  if (endpoint.status.includes(res.status)) return result(endpoint.name, 'GET', endpoint.path, res, checks());
  if (res.status === 404 && !endpoint.required) return result(endpoint.name, 'GET', endpoint.path, res, [], 'skip', 'not there (404); not required');
  if (unavailable.has(res.status)) {
    const problems = [
      ...checkSecurityHeaders(res, (res.headers.get('content-type') ?? '').startsWith('text/html')),
      ...checkReference(res, 'the error'),
      ...checkLeaks(res),
    ];
    return result(
      endpoint.name,
      'GET',
      endpoint.path,
      res,
      problems,
      problems.length > 0 ? 'fail' : 'warn',
      `unreachable: ${res.status} from in front of the service`,
    );
  }
  return result(endpoint.name, 'GET', endpoint.path, res, checkStatus(res, endpoint.status, endpoint.name));
}

function headerOnlyLeaks(res: Response): Problem[] {
  return checkLeaks({ ...res, body: '' });
}
