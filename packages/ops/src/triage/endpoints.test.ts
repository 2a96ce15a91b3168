// Triage by reference, through a real errata instance: the error a user got, found by its
// reference with an operator token; every refusal generic and audited; answers valid against
// the published JSON Schemas; no secret from the failing request in any answer.
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '@errata/catalog';
import { createErrata, ErrataError } from '@errata/server';
import { secrets } from '@errata/test/corpora';
import { compileSchema } from '@errata/test/json-schema';
import { parsePage } from '@errata/test/page';
import { type Role, signToken } from '../access/tokens.js';
import { createOps, type OpsOptions } from '../ops.js';
import { triageSchemas } from './schema.js';

const secret = 'triage-test-secret-0123456789abcdef0123456789';
const validate = { list: compileSchema(triageSchemas.list), event: compileSchema(triageSchemas.event), audit: compileSchema(triageSchemas.audit) };

function setup(options: Partial<OpsOptions> = {}) {
  const ops = createOps({ access: { secret }, ...options });
  const errata = createErrata({ observers: [ops.observer], onError: () => undefined });
  const fail = (error: unknown, url = '/orders/42', headers: Record<string, string> = {}) =>
    errata.render(error, { method: 'GET', url, headers: { accept: 'text/html', ...headers } });
  const call = (url: string, token?: string, headers: Record<string, string> = {}) =>
    ops
      .handle({
        method: 'GET',
        url,
        headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        clientAddress: '10.9.8.7',
      })
      .then((r) => {
        if (!r) throw new Error(`no answer for ${url}`);
        return r;
      });
  const token = (...roles: Role[]) => signToken({ secret, subject: `${roles.join('+')}@example.com`, roles });
  return { ops, errata, fail, call, token };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('looking an error up by its reference', () => {
  it('gives an operator the code, component, suggested action, runbook and the redacted request', async () => {
    const { fail, call, token } = setup();
    const page = fail(new Error('ledger connection lost'), '/checkout?coupon=SPRING');
    const reference = page.headers['x-request-id'] as string;
    await settle();
    const reply = await call(`/_errata/errors/${reference}`, await token('operator'));
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body);
    expect(validate.event(body), JSON.stringify(validate.event.errors)).toBe(true);
    expect(body.error).toMatchObject({
      reference,
      code: 'INTERNAL',
      status: 500,
      severity: 'medium',
      component: 'application',
      runbook: 'https://runbooks.example.com/errata/internal',
      message: 'ledger connection lost',
      request: { method: 'GET', path: '/checkout', query: { coupon: 'SPRING' } },
    });
    expect(body.error.action).toEqual(expect.any(String));
    expect(reply.headers).toMatchObject({ 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' });
  });

  it('answers a viewer 403, and no, malformed, expired, tampered or wrong-audience tokens 401 with invalid_token', async () => {
    const { fail, call, token } = setup();
    const reference = fail(new Error('x')).headers['x-request-id'] as string;
    await settle();
    const url = `/_errata/errors/${reference}`;
    expect((await call(url, await token('viewer'))).status).toBe(403);
    const now = Math.floor(Date.now() / 1000);
    const key = new TextEncoder().encode(secret);
    const expired = await new SignJWT({ roles: ['operator'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('eve')
      .setAudience('errata-triage')
      .setIssuer('errata')
      .setIssuedAt(now - 700)
      .setExpirationTime(now - 100)
      .sign(key);
    const wrongAudience = await new SignJWT({ roles: ['operator'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('eve')
      .setAudience('billing')
      .setIssuer('errata')
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(key);
    const tooLong = await new SignJWT({ roles: ['operator'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('eve')
      .setAudience('errata-triage')
      .setIssuer('errata')
      .setIssuedAt(now)
      .setExpirationTime(now + 86_400)
      .sign(key);
    const valid = await token('operator');
    const [head, payload, signature] = valid.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = `${head}.${Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url')}.${signature}`;
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    const refusals: [string, Record<string, string>][] = [
      ['missing', {}],
      ['malformed', { authorization: 'Bearer not a token' }],
      ['basic', { authorization: 'Basic b3BzOm9wcw==' }],
      ['expired', { authorization: `Bearer ${expired}` }],
      ['audience', { authorization: `Bearer ${wrongAudience}` }],
      ['lifetime', { authorization: `Bearer ${tooLong}` }],
      ['tampered', { authorization: `Bearer ${tampered}` }],
      ['alg none', { authorization: `Bearer ${unsigned}` }],
    ];
    for (const [name, headers] of refusals) {
      const reply = await call(url, undefined, headers);
      expect(reply.status, name).toBe(401);
      expect(reply.headers['www-authenticate'], name).toBe('Bearer realm="errata", error="invalid_token"');
      expect(reply.headers['content-type']).toBe('application/problem+json');
      expect(JSON.parse(reply.body)).toEqual({ type: 'about:blank', title: 'Unauthorized', status: 401, instance: expect.stringMatching(/^urn:trace:/) });
    }
  });

  it('answers an unknown reference exactly like a known one to a caller without the role', async () => {
    const { fail, call, token } = setup();
    const known = fail(new Error('x')).headers['x-request-id'] as string;
    await settle();
    const unknown = '0123456789abcdef0123456789abcdef';
    for (const t of [undefined, await token('viewer'), await token('auditor')]) {
      const a = await call(`/_errata/errors/${known}`, t, { 'x-request-id': 'probe' });
      const b = await call(`/_errata/errors/${unknown}`, t, { 'x-request-id': 'probe' });
      expect([b.status, b.headers, b.body]).toEqual([a.status, a.headers, a.body]);
    }
    expect((await call(`/_errata/errors/${unknown}`, await token('operator'))).status).toBe(404);
    expect((await call('/_errata/errors/%3Cscript%3E', await token('operator'))).status).toBe(400);
  });

  it('shows the operator an accessible HTML view built from the design system', async () => {
    const { fail, call, token } = setup();
    const reference = fail(new TypeError('boom')).headers['x-request-id'] as string;
    await settle();
    const reply = await call(`/_errata/errors/${reference}`, await token('operator'), { accept: 'text/html' });
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    const page = parsePage(reply.body);
    expect(page.dangers).toEqual([]);
    expect(page.document.querySelector('h1')?.textContent).toBe(`INTERNAL: ${builtinCatalog.get('INTERNAL').messages.en?.neutral.title}`);
    expect(page.document.querySelector('.errata-diagnostics h2')?.textContent).toBe('TypeError');
  });
});

describe('the list of recent errors', () => {
  it('groups by code with counts, user impact and operator notes; filters and pages with bounded parameters', async () => {
    const { fail, call, token } = setup();
    for (let i = 0; i < 3; i++) fail(new Error('boom'));
    fail(new ErrataError('NOT_FOUND'), '/nope');
    fail(new ErrataError('RATE_LIMITED', { retryAfter: 5 }), '/search');
    await settle();
    const viewer = await token('viewer');
    const all = JSON.parse((await call('/_errata/errors', viewer)).body);
    expect(validate.list(all), JSON.stringify(validate.list.errors)).toBe(true);
    expect(all.groups.map((g: { code: string; count: number }) => [g.code, g.count]).sort()).toEqual([
      ['INTERNAL', 3],
      ['NOT_FOUND', 1],
      ['RATE_LIMITED', 1],
    ]);
    const internal = all.groups.find((g: { code: string }) => g.code === 'INTERNAL');
    expect(internal).toMatchObject({ distinctRequests: 3, routes: ['/orders/42'], component: 'application', severity: 'medium' });
    expect(internal.lastReference).toBeUndefined(); // references are for operators

    const byCode = JSON.parse((await call('/_errata/errors?code=NOT_FOUND', viewer)).body);
    expect(byCode.groups.map((g: { code: string }) => g.code)).toEqual(['NOT_FOUND']);
    const byRoute = JSON.parse((await call(`/_errata/errors?route=${encodeURIComponent('/search')}`, viewer)).body);
    expect(byRoute.groups.map((g: { code: string }) => g.code)).toEqual(['RATE_LIMITED']);
    expect(JSON.parse((await call('/_errata/errors?since=2999-01-01', viewer)).body).groups).toEqual([]);

    const first = JSON.parse((await call('/_errata/errors?limit=2', viewer)).body);
    const second = JSON.parse((await call(`/_errata/errors?limit=2&cursor=${first.next}`, viewer)).body);
    expect([...first.groups, ...second.groups]).toHaveLength(3);
    expect(second.next).toBeUndefined();

    for (const bad of ['limit=0', 'limit=101', 'limit=x', 'code=drop', 'since=yesterday', 'cursor=-1', `route=${'a'.repeat(300)}`, `x=${'y'.repeat(3000)}`]) {
      expect((await call(`/_errata/errors?${bad}`, viewer)).status, bad).toBe(400);
    }
    expect((await call('/_errata/errors?unknown=1&limit=5', viewer)).status).toBe(200);
    const operator = JSON.parse((await call('/_errata/errors', await token('operator'))).body);
    expect(operator.groups[0].lastReference).toEqual(expect.any(String));
  });

  it('never shows a secret from the failing request, in its message, headers or query', async () => {
    const { fail, call, token } = setup();
    const references: string[] = [];
    for (const s of secrets.textSecrets) {
      references.push(
        fail(new Error(`failed with ${s.text}`), `/x?note=${encodeURIComponent(s.text)}`, { 'x-debug': s.text }).headers['x-request-id'] as string,
      );
    }
    for (const s of secrets.keyedSecrets.filter((k) => k.inQuery)) {
      references.push(
        fail(new Error('x'), `/x?${encodeURIComponent(s.key)}=${encodeURIComponent(s.value)}`, { [s.key.toLowerCase().replace(/[^a-z-]/g, '-')]: s.value })
          .headers['x-request-id'] as string,
      );
    }
    await settle();
    const operator = await token('operator');
    const answers = [await call('/_errata/errors', operator), await call('/_errata/errors', operator, { accept: 'text/html' })];
    for (const reference of references) {
      answers.push(await call(`/_errata/errors/${reference}`, operator), await call(`/_errata/errors/${reference}`, operator, { accept: 'text/html' }));
    }
    const all = answers.map((a) => a.body).join('\n');
    for (const s of secrets.textSecrets) expect(all, s.name).not.toContain(s.secret);
    for (const s of secrets.keyedSecrets.filter((k) => k.inQuery)) expect(all, s.key).not.toContain(s.value);
  });
});

describe('the audit log', () => {
  it('records every attempt, allowed or denied, with who, role, action, reference, client, time and trace id, for auditors only', async () => {
    const { fail, call, token } = setup();
    const reference = fail(new Error('x')).headers['x-request-id'] as string;
    await settle();
    await call(`/_errata/errors/${reference}`, await token('operator'), { traceparent: '00-11111111111111111111111111111111-2222222222222222-01' });
    await call(`/_errata/errors/${reference}`, await token('viewer'));
    await call(`/_errata/errors/${reference}`);
    await call('/_errata/errors?code=INTERNAL', await token('viewer'));
    expect((await call('/_errata/audit', await token('operator'))).status).toBe(403);
    const reply = await call('/_errata/audit', await token('auditor'));
    const body = JSON.parse(reply.body);
    expect(validate.audit(body), JSON.stringify(validate.audit.errors)).toBe(true);
    const events = body.events.reverse();
    expect(events.map((e: Record<string, unknown>) => [e.action, e.outcome, e.reason ?? null, e.who ?? null])).toEqual([
      ['errors.lookup', 'allowed', null, 'operator@example.com'],
      ['errors.lookup', 'denied', 'forbidden', 'viewer@example.com'],
      ['errors.lookup', 'denied', 'missing', null],
      ['errors.list', 'allowed', null, 'viewer@example.com'],
      ['audit.read', 'denied', 'forbidden', 'operator@example.com'],
    ]);
    expect(events[0]).toMatchObject({
      reference,
      roles: ['operator'],
      client: '10.9.8.7',
      traceId: '11111111111111111111111111111111',
      time: expect.any(String),
    });
    expect(events[3].query).toEqual({ code: 'INTERNAL' });
  });

  it('calls onAudit too, and fails closed when the record cannot be written and the option says so', async () => {
    const seen: string[] = [];
    const { ops, call, token } = setup({ onAudit: (e) => void seen.push(e.action), auditFailClosed: true, onFailure: () => undefined });
    const broken = ops.store as { appendAudit: unknown };
    broken.appendAudit = () => Promise.reject(new Error('disk full'));
    const reply = await call('/_errata/errors', await token('viewer'));
    expect(reply.status).toBe(503);
    expect(reply.body).not.toContain('groups');
    expect(seen).toEqual(['errors.list']);
  });
});

describe('abuse', () => {
  it('rate-limits per client address before reading the token, then per token', async () => {
    const { call, token } = setup({ rateLimit: { perAddress: { points: 3, seconds: 60 }, perToken: { points: 100, seconds: 60 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call('/_errata/errors', 'guess')).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await call('/_errata/errors', await token('viewer'));
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);

    const perToken = setup({ rateLimit: { perAddress: { points: 100, seconds: 60 }, perToken: { points: 2, seconds: 60 } } });
    const t = await perToken.token('viewer');
    const tokenStatuses: number[] = [];
    for (let i = 0; i < 3; i++) tokenStatuses.push((await perToken.call('/_errata/errors', t)).status);
    expect(tokenStatuses).toEqual([200, 200, 429]);
  });

  it('answers nothing without a configured secret, and other methods with 405', async () => {
    const ops = createOps();
    const reply = await ops.handle({
      method: 'GET',
      url: '/_errata/errors',
      headers: { authorization: `Bearer ${await signToken({ secret, subject: 'x', roles: ['viewer'] })}` },
    });
    expect(reply?.status).toBe(401);
    expect((await ops.handle({ method: 'DELETE', url: '/_errata/errors', headers: {} }))?.status).toBe(405);
    expect(await ops.handle({ method: 'GET', url: '/elsewhere', headers: {} })).toBeUndefined();
  });
});
