// The health endpoints: liveness vs readiness, the three formats by Accept, 200/503, public
// answers that withhold every reason, details for a viewer's token (audited), bounded queries.
import { describe, expect, it } from 'vitest';
import { secrets, throwables } from '@errata/test/corpora';
import { compileSchema } from '@errata/test/json-schema';
import { parsePage } from '@errata/test/page';
import { validateDocument } from '@errata/test/react';
import { signToken } from '../access/tokens.js';
import { createOps, type OpsOptions } from '../ops.js';

const secret = 'health-test-secret-0123456789abcdef0123456789';

// The response shape of draft-inadarei-api-health-check-06 (section 3), as a schema.
const checkItem = {
  type: 'object',
  properties: {
    componentId: { type: 'string' },
    componentType: { type: 'string' },
    observedValue: {},
    observedUnit: { type: 'string' },
    status: { enum: ['pass', 'fail', 'warn'] },
    affectedEndpoints: { type: 'array', items: { type: 'string' } },
    time: { type: 'string', format: 'date-time' },
    output: { type: 'string' },
    links: { type: 'object' },
  },
};
const validateHealthJson = compileSchema(
  {
    type: 'object',
    required: ['status'],
    properties: {
      status: { enum: ['pass', 'fail', 'warn'] },
      version: { type: 'string' },
      releaseId: { type: 'string' },
      notes: { type: 'array', items: { type: 'string' } },
      output: { type: 'string' },
      checks: { type: 'object', additionalProperties: { type: 'array', items: checkItem } },
      links: { type: 'object' },
      serviceId: { type: 'string' },
      description: { type: 'string' },
    },
  },
  7,
);

const accept = { json: 'application/health+json', text: 'text/plain', html: 'text/html', any: '*/*' } as const;
const internals = ['db-7.internal', '10.1.2.3', 'connect ECONNREFUSED', 'at Object.', '/srv/app/', ...secrets.textSecrets.map((s) => s.secret)];

function failingOps(extra: Partial<OpsOptions> = {}) {
  const leak = secrets.textSecrets.map((s) => s.text).join(' ');
  return createOps({
    access: { secret },
    health: { cacheMs: 0 },
    dependencies: [
      {
        name: 'search',
        check: () => {
          throw Object.assign(new Error(`connect ECONNREFUSED 10.1.2.3:9200 (db-7.internal) ${leak}`), {
            code: 'ECONNREFUSED',
            stack: 'Error\n    at Object.<anonymous> (/srv/app/search.js:1:1)',
          });
        },
      },
      { name: 'cache', critical: false, check: () => ({ status: 'warn', observedValue: 950, observedUnit: 'ms' }) },
      { name: 'db', check: () => ({ observedValue: 3, observedUnit: 'ms' }) },
    ],
    ...extra,
  });
}

const get = (ops: ReturnType<typeof createOps>, url: string, headers: Record<string, string> = {}, method = 'GET') =>
  ops.handle({ method, url, headers, clientAddress: '127.0.0.1' }).then((r) => {
    if (!r) throw new Error(`no answer for ${url}`);
    return r;
  });

describe('liveness and readiness', () => {
  it('liveness passes while a critical dependency is down; readiness fails with 503', async () => {
    const ops = failingOps();
    const live = await get(ops, '/livez', { accept: accept.json });
    expect(live.status).toBe(200);
    expect(JSON.parse(live.body)).toMatchObject({ status: 'pass' });
    const ready = await get(ops, '/readyz', { accept: accept.json });
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toMatchObject({
      status: 'fail',
      checks: { search: [{ status: 'fail' }], cache: [{ status: 'warn' }], db: [{ status: 'pass' }] },
    });
  });

  it('warns (200) when only a non-critical dependency is down, and ?exclude= leaves a component out', async () => {
    const ops = createOps({ dependencies: [{ name: 'search' }, { name: 'recs', critical: false }] });
    ops.dependencies.set('recs', 'down');
    const warn = await get(ops, '/readyz', { accept: accept.json });
    expect([warn.status, JSON.parse(warn.body).status]).toEqual([200, 'warn']);
    ops.dependencies.set('search', 'down');
    expect((await get(ops, '/readyz', { accept: accept.json })).status).toBe(503);
    const excluded = await get(ops, '/readyz?exclude=search,recs&verbose', { accept: accept.text });
    expect(excluded.status).toBe(200);
    expect(excluded.body).toBe('[+]search excluded: reason withheld\n[+]recs excluded: reason withheld\nreadyz check passed\n');
  });

  it('answers health+json in the draft shape, the Kubernetes text form, and an accessible page, by Accept', async () => {
    const ops = failingOps();
    const json = await get(ops, '/readyz', { accept: accept.json });
    expect(json.headers['content-type']).toBe('application/health+json');
    expect(validateHealthJson(JSON.parse(json.body)), JSON.stringify(validateHealthJson.errors)).toBe(true);

    const text = await get(ops, '/readyz', { accept: accept.any });
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.body).toBe('[-]search failed: reason withheld\n[+]cache degraded\n[+]db ok\nreadyz check failed\n');
    const passing = createOps();
    expect((await get(passing, '/livez', { accept: accept.text })).body).toBe('ok\n');
    expect((await get(passing, '/livez?verbose', { accept: accept.text })).body).toBe('[+]ping ok\nlivez check passed\n');

    const page = await get(ops, '/readyz', { accept: accept.html });
    expect(page.status).toBe(503);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(await validateDocument(page.body)).toEqual({ valid: true, messages: [] });
    const parsed = parsePage(page.body);
    expect(parsed.dangers).toEqual([]);
    expect([...parsed.document.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Readiness']);
    expect(parsed.document.querySelector('tbody th')?.textContent).toBe('search');
    for (const hash of parsed.styleHashes) expect(page.headers['content-security-policy']).toContain(hash);
  });

  it('runs each check once for 100 concurrent probes', async () => {
    let runs = 0;
    const ops = createOps({
      dependencies: [
        {
          name: 'db',
          check: async () => {
            runs++;
            await new Promise((resolve) => setTimeout(resolve, 50));
          },
        },
      ],
    });
    const replies = await Promise.all(Array.from({ length: 100 }, (_, i) => get(ops, '/readyz', { accept: i % 2 ? accept.json : accept.text })));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(runs).toBe(1);
  });

  it('sends no-store, nosniff, Vary and no body for HEAD', async () => {
    const ops = failingOps();
    const head = await get(ops, '/readyz', { accept: accept.json }, 'HEAD');
    expect(head.status).toBe(503);
    expect(head.body).toBe('');
    expect(head.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', vary: 'Accept, Authorization' });
    const post = await get(ops, '/readyz', {}, 'POST');
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it('ignores unknown and oversized query parameters', async () => {
    const ops = createOps();
    const odd = await get(ops, `/readyz?x=1&exclude=${'a'.repeat(5000)}&verbose&${'y=2&'.repeat(100)}`, { accept: accept.text });
    expect(odd.status).toBe(200);
  });
});

describe('what a health response discloses', () => {
  it('withholds every reason, error, host name and timing publicly, in every format', async () => {
    const ops = failingOps();
    for (const type of Object.values(accept)) {
      for (const url of ['/readyz', '/readyz?verbose', '/livez?verbose']) {
        const reply = await get(ops, url, { accept: type });
        for (const secretText of [...internals, 'check-failed', 'ECONNREFUSED', '950']) expect(reply.body, `${url} as ${type}`).not.toContain(secretText);
      }
    }
  });

  it('withholds what any hostile thrown value carries (the throwables corpus), and never fails the probe itself', async () => {
    const ops = createOps({
      health: { cacheMs: 0 },
      dependencies: throwables.map((t, i) => ({
        name: `t${i}`,
        check: () => {
          throw t.make();
        },
      })),
    });
    for (const type of Object.values(accept)) {
      const reply = await get(ops, '/readyz?verbose', { accept: type });
      expect(reply.status).toBe(503);
      for (const text of ['internal', '/srv/app', 'secret.ts', 'exploded', 'trap']) expect(reply.body, type).not.toContain(text);
    }
  });

  it('shows the condition, since, last error code and measurements to a viewer, never the message, and audits the view', async () => {
    const ops = failingOps();
    const token = await signToken({ secret, subject: 'alice@example.com', roles: ['viewer'] });
    const reply = await get(ops, '/readyz', { accept: accept.json, authorization: `Bearer ${token}` });
    const body = JSON.parse(reply.body);
    expect(validateHealthJson(body)).toBe(true);
    expect(body.checks.search[0]).toMatchObject({
      status: 'fail',
      output: 'check-failed',
      condition: 'check-failed',
      critical: true,
      lastError: { name: 'Error', code: 'ECONNREFUSED' },
    });
    expect(body.checks.cache[0]).toMatchObject({ observedValue: 950, observedUnit: 'ms', output: 'check-warn' });
    for (const text of internals) expect(reply.body).not.toContain(text);
    const text = await get(ops, '/readyz', { accept: accept.text, authorization: `Bearer ${token}` });
    expect(text.body).toMatch(/^\[-\]search failed: check-failed since \d{4}-/);
    const audit = await ops.store.audit({ limit: 10 });
    expect(audit.items.map((e) => [e.action, e.outcome, e.who])).toEqual([
      ['health.details', 'allowed', 'alice@example.com'],
      ['health.details', 'allowed', 'alice@example.com'],
    ]);
  });

  it('gives a bad or role-less token the public view, and audits the refusal', async () => {
    const ops = failingOps();
    const auditor = await signToken({ secret, subject: 'carol', roles: ['auditor'] });
    for (const authorization of ['Bearer nonsense', `Bearer ${auditor}`, 'Basic dXNlcjpwYXNz']) {
      const reply = await get(ops, '/readyz', { accept: accept.json, authorization });
      expect(reply.status).toBe(503);
      expect(reply.body).not.toContain('check-failed');
    }
    const audit = await ops.store.audit({ limit: 10 });
    expect(audit.items.map((e) => [e.outcome, e.reason])).toEqual([
      ['denied', 'malformed'],
      ['denied', 'forbidden'],
      ['denied', 'malformed'],
    ]);
  });

  it('counts tokens on probes against the address, answering a limited caller publicly (probes keep working)', async () => {
    const ops = failingOps({ rateLimit: { perAddress: { points: 2, seconds: 60 } } });
    const token = await signToken({ secret, subject: 'alice', roles: ['viewer'] });
    const bodies: string[] = [];
    for (let i = 0; i < 3; i++) bodies.push((await get(ops, '/readyz', { accept: accept.json, authorization: `Bearer ${token}` })).body);
    expect(bodies.map((b) => b.includes('check-failed'))).toEqual([true, true, false]);
    expect((await ops.store.audit({ limit: 1 })).items[0]).toMatchObject({ action: 'health.details', outcome: 'rate-limited' });
  });

  it('exposes details to everyone while the incident switch is on, and audits the switch and each view', async () => {
    const ops = failingOps();
    await ops.exposeDetails(true, { who: 'incident-commander', reason: 'INC-42' });
    expect((await get(ops, '/readyz', { accept: accept.json })).body).toContain('check-failed');
    await ops.exposeDetails(false, { who: 'incident-commander' });
    expect((await get(ops, '/readyz', { accept: accept.json })).body).not.toContain('check-failed');
    const audit = await ops.store.audit({ limit: 10 });
    expect(audit.items.map((e) => [e.action, e.reason ?? '', e.who ?? ''])).toEqual([
      ['details.exposure', 'off', 'incident-commander'],
      ['health.details', 'exposed', ''],
      ['details.exposure', 'on', 'incident-commander'],
    ]);
  });
});
