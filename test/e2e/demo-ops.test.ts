// The demo's operations surface over 127.0.0.1: dependency state drives readiness, the dependency
// gauge, the fallback counter and the DEGRADED banner (and back); triage by reference with tokens
// and roles, every attempt audited; the support page's safe answer to a pasted reference.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalog, formatMessage } from '@errata/catalog';
import { type Demo, startDemo } from '@errata/demo';
import { signToken } from '@errata/ops';

const secret = 'demo-e2e-secret-0123456789abcdef0123456789abcd';
let demo: Demo;

beforeAll(async () => {
  demo = await startDemo({
    port: 0,
    triageSecret: secret,
    search: { timeoutMs: 300, breakAfter: 2, halfOpenAfterMs: 800, initialDelayMs: 10, maxDelayMs: 20 },
  });
});
afterAll(() => demo?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${demo.url}${path}`, { headers, redirect: 'manual' });
const text = async (path: string, headers: Record<string, string> = {}) => {
  const response = await get(path, headers);
  return { status: response.status, headers: response.headers, body: await response.text() };
};
const setUpstream = (mode: string) =>
  fetch(`${demo.url}/upstream/mode`, {
    method: 'POST',
    body: new URLSearchParams({ set: mode }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
const metric = async (pattern: RegExp) => Number(pattern.exec((await text('/metrics')).body)?.[1] ?? Number.NaN);
const up = () => metric(/^errata_dependency_up\{dependency="search"\} (\d+)$/m);
const fallbacks = async () => {
  const body = (await text('/metrics')).body;
  return [...body.matchAll(/^errata_fallbacks_total\{dependency="search",condition="[^"]+"\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
};
const degradedTitle = formatMessage(builtinCatalog, 'DEGRADED', { locale: 'en', values: { since: new Date() } }).title;
const hasBanner = async () => (await text('/search?q=circuit', { accept: 'text/html' })).body.includes(degradedTitle);

describe('the search upstream down, then healthy again', () => {
  it('shows in readiness (reason withheld), the dependency gauge, the fallback counter and the DEGRADED banner, and clears all four', async () => {
    expect((await text('/search?q=circuit')).status).toBe(200); // saves results for the fallback
    expect(await up()).toBe(1);
    expect(await hasBanner()).toBe(false);

    await setUpstream('down');
    expect(await hasBanner()).toBe(true); // saved results under the banner
    await expect.poll(async () => (await text('/readyz')).status, { timeout: 5000 }).toBe(503);
    const ready = await text('/readyz', { accept: '*/*' });
    expect(ready.body).toBe('[-]search failed: reason withheld\nreadyz check failed\n');
    const json = JSON.parse((await text('/readyz', { accept: 'application/health+json' })).body);
    expect(json).toEqual({
      status: 'fail',
      serviceId: 'Errata demo',
      description: 'readiness',
      checks: { search: [{ componentType: 'component', status: 'fail', time: expect.any(String) }] },
    });
    expect(await up()).toBe(0);
    expect(await fallbacks()).toBeGreaterThan(0);

    await setUpstream('healthy');
    // The breaker lets a trial call through after 800 ms; the next search closes it.
    await new Promise((resolve) => setTimeout(resolve, 900));
    await expect.poll(hasBanner, { timeout: 5000, interval: 300 }).toBe(false);
    await expect.poll(async () => (await text('/readyz')).status, { timeout: 5000 }).toBe(200);
    expect(await up()).toBe(1);
    const settled = await fallbacks();
    await text('/search?q=circuit');
    expect(await fallbacks()).toBe(settled);
  });
});

describe('triage by reference', () => {
  const operatorToken = () => signToken({ secret, subject: 'olivia@example.com', roles: ['operator'] });

  it('finds the failing request by its reference for an operator, refuses everyone else, and audits each attempt', async () => {
    const failed = await text('/internal-error', { accept: 'text/html' });
    expect(failed.status).toBe(500);
    const reference = failed.headers.get('x-request-id') as string;
    expect(failed.body).toContain(reference);

    const url = `/_errata/errors/${reference}`;
    const found = await text(url, { authorization: `Bearer ${await operatorToken()}`, accept: 'application/json' });
    expect(found.status).toBe(200);
    const entry = builtinCatalog.get('INTERNAL');
    expect(JSON.parse(found.body).error).toMatchObject({
      reference,
      code: 'INTERNAL',
      component: entry.operator.component,
      action: entry.operator.remediation,
      runbook: entry.operator.runbook,
      route: '/internal-error,/api/internal-error',
      request: { method: 'GET', path: '/internal-error' },
    });

    const viewer = await signToken({ secret, subject: 'victor@example.com', roles: ['viewer'] });
    expect((await text(url, { authorization: `Bearer ${viewer}` })).status).toBe(403);
    const now = Math.floor(Date.now() / 1000);
    const key = new TextEncoder().encode(secret);
    const claims = { roles: ['operator'] };
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('eve')
      .setAudience('errata-triage')
      .setIssuer('errata')
      .setIssuedAt(now - 900)
      .setExpirationTime(now - 300)
      .sign(key);
    const wrongAudience = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('eve')
      .setAudience('payments')
      .setIssuer('errata')
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(key);
    const [h, p] = (await operatorToken()).split('.');
    const tampered = `${h}.${p}.${Buffer.from('not the signature').toString('base64url')}`;
    for (const [name, authorization] of [
      ['no token', undefined],
      ['expired', `Bearer ${expired}`],
      ['tampered', `Bearer ${tampered}`],
      ['wrong audience', `Bearer ${wrongAudience}`],
    ] as const) {
      const refused = await text(url, authorization ? { authorization } : {});
      expect(refused.status, name).toBe(401);
      expect(refused.headers.get('www-authenticate'), name).toBe('Bearer realm="errata", error="invalid_token"');
    }

    const auditor = await signToken({ secret, subject: 'ada@example.com', roles: ['auditor'] });
    const audit = JSON.parse((await text('/_errata/audit?limit=100', { authorization: `Bearer ${auditor}` })).body) as {
      events: { action: string; outcome: string; reason?: string; reference?: string; who?: string }[];
    };
    const forReference = audit.events.filter((e) => e.reference === reference).reverse();
    expect(forReference.map((e) => [e.outcome, e.reason ?? null, e.who ?? null])).toEqual([
      ['allowed', null, 'olivia@example.com'],
      ['denied', 'forbidden', 'victor@example.com'],
      ['denied', 'missing', null],
      ['denied', 'expired', null],
      ['denied', 'signature', null],
      ['denied', 'audience', null],
    ]);
  });

  it('tells a person who pastes a reference only that it is known, when, and the public title', async () => {
    const failed = await text('/internal-error', { accept: 'text/html' });
    const reference = failed.headers.get('x-request-id') as string;
    const pasted = reference
      .toUpperCase()
      .replace(/(.{8})/g, '$1 ')
      .trim();
    const page = await text(`/support?reference=${encodeURIComponent(pasted)}`);
    const title = formatMessage(builtinCatalog, 'INTERNAL', { locale: 'en' }).title;
    expect(page.body).toContain(`We found reference <code>${reference}</code>: “${title}”`);
    for (const internal of ['INTERNAL', 'limits', 'seats', 'TypeError', '/internal-error', builtinCatalog.get('INTERNAL').operator.component]) {
      expect(page.body.replace(/<style[\s\S]*?<\/style>/g, '')).not.toContain(internal);
    }
    const unknown = await text('/support?reference=0123456789abcdef0123456789abcdef');
    expect(unknown.body).toContain('We have no record of reference');
  });
});
