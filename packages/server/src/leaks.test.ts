import { describe, expect, it } from 'vitest';
import { throwables as corpus } from '../../../test/corpora/throwables.js';
import { parsePage } from '../../../test/frameworks/support/page.js';
import { createErrata } from './create-errata.js';
import { ErrataError } from './errata-error.js';
import type { ErrataEvent } from './types.js';

const MARK = 'internal-detail-7f3a';
const cwd = process.cwd();

/** Hostile and ordinary throwables, each carrying MARK where a message could leak from. */
function throwables(): [string, unknown][] {
  const revoked = Proxy.revocable(new Error(MARK), {});
  revoked.revoke();
  const circular: Error & { cause?: unknown } = new Error(`${MARK} circular`);
  circular.cause = circular;
  const getters = {
    get message() {
      throw new Error(MARK);
    },
    toString() {
      return MARK;
    },
  };
  return [
    ['Error', new Error(`${MARK} at /srv/app/db.js`)],
    ['TypeError with cause', new TypeError(MARK, { cause: new Error(`${MARK} cause`) })],
    ['system error', Object.assign(new Error(`connect ECONNREFUSED 10.1.2.3:5432 ${MARK}`), { code: 'ECONNREFUSED' })],
    ['5xx with expose', Object.assign(new Error(MARK), { status: 503, expose: true })],
    ['4xx without expose', Object.assign(new Error(MARK), { status: 400 })],
    ['ErrataError with internal message', new ErrataError('CONFLICT', { message: MARK, cause: new Error(MARK) })],
    ['string', MARK],
    ['number', 0],
    ['null', null],
    ['undefined', undefined],
    ['empty string', ''],
    ['bigint', 10n],
    ['symbol', Symbol(MARK)],
    ['plain object', { message: MARK, stack: `Error: ${MARK}\n    at x (${cwd}/a.js:1:1)` }],
    ['throwing getters', getters],
    ['proxy of error', new Proxy(new Error(MARK), {})],
    [
      'throwing proxy',
      new Proxy(
        {},
        {
          get() {
            throw new Error(MARK);
          },
          getPrototypeOf() {
            throw new Error(MARK);
          },
        },
      ),
    ],
    ['revoked proxy', revoked.proxy],
    ['circular cause', circular],
    ['aggregate', new AggregateError([new Error(MARK), 'x'], MARK)],
    ['DOMException', new DOMException(MARK, 'DataCloneError')],
    ['5 MB message', new Error(`${MARK}${'x'.repeat(5 * 1024 * 1024)}`)],
  ];
}

const formats = { html: 'text/html', json: 'application/problem+json', text: 'text/plain' };

describe('production: nothing internal reaches the user', () => {
  const errata = createErrata({ mode: 'production' });
  for (const [name, thrown] of throwables()) {
    for (const [format, accept] of Object.entries(formats)) {
      it(`${name} as ${format}`, () => {
        const started = performance.now();
        const res = errata.render(thrown, { method: 'GET', url: '/orders/1', headers: { accept } });
        expect(performance.now() - started).toBeLessThan(1000);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(600);
        expect(res.body).not.toContain(MARK);
        expect(res.body).not.toMatch(/\bat .*:\d+:\d+/);
        expect(res.body).not.toContain(cwd);
        expect(res.body).not.toContain('/srv/app');
        expect(res.body).not.toContain('10.1.2.3');
        expect(res.body).not.toContain('node:internal');
        expect(res.body).not.toMatch(/diagnostics/i);
        expect(Object.values(res.headers).join('\n')).not.toContain(MARK);
      });
    }
  }
});

describe('production: the shared throwables corpus, sync and async', () => {
  const errata = createErrata({ mode: 'production' });
  for (const throwable of corpus) {
    it(throwable.name, async () => {
      let rejected: unknown;
      await Promise.reject(throwable.make()).catch((e: unknown) => {
        rejected = e;
      });
      for (const thrown of [throwable.make(), rejected]) {
        for (const accept of Object.values(formats)) {
          const res = errata.render(thrown, { headers: { accept } });
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(600);
          expect(res.body).not.toContain('/srv/app');
          expect(res.body).not.toMatch(/\bat .*:\d+:\d+/);
          expect(res.body).not.toContain(cwd);
          expect(res.body).not.toMatch(/exploded|trap:|toString called|valueOf called/);
        }
      }
    });
  }
});

describe('development: diagnostics shown, redacted', () => {
  it('shows name, message, stack with code frames, causes and the request, with secrets removed', () => {
    const errata = createErrata({ mode: 'development' });
    const error = new Error('payment failed for key sk_live_4eC39HqLyjWDarjtT1zdp7dc', {
      cause: Object.assign(new Error('upstream said Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijklmnop'), { code: 'ECONNRESET' }),
    });
    const res = errata.render(error, {
      method: 'POST',
      url: '/checkout?card=4242424242424242&password=hunter2&page=2',
      headers: { accept: 'text/html', cookie: 'session=abc123', authorization: 'Basic dXNlcjpwYXNz', 'user-agent': 'vitest' },
    });
    const page = parsePage(res.body);
    expect(page.dangers).toEqual([]);
    const panel = page.document.querySelector('.errata-diagnostics');
    expect(panel).not.toBeNull();
    const textContent = panel?.textContent ?? '';
    expect(textContent).toContain('payment failed for key');
    expect(textContent).toContain('leaks.test');
    expect(textContent).toContain('ECONNRESET');
    expect(textContent).toContain('/checkout');
    expect(textContent).toContain('vitest');
    // A code frame from this very file, with the failing line marked.
    expect(panel?.querySelector('figure figcaption')?.textContent).toMatch(/leaks\.test\.ts:\d+:\d+/);
    expect(panel?.querySelector('mark')?.textContent).toContain('new Error(');
    for (const secret of ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'eyJhbGciOiJIUzI1NiJ9', '4242424242424242', 'hunter2', 'abc123', 'dXNlcjpwYXNz']) {
      expect(res.body).not.toContain(secret);
    }
    // The panel's own stylesheet is allowed by the CSP.
    const styleSrc = /style-src ([^;]+)/.exec(res.headers['content-security-policy'] ?? '')?.[1]?.split(' ') ?? [];
    for (const hash of page.styleHashes) expect(styleSrc).toContain(hash);
  });

  it('adds diagnostics to problem+json and text, redacted', () => {
    const errata = createErrata({ mode: 'development' });
    const error = new Error('token ghp_abcdefghijklmnopqrstuvwxyz0123456789 rejected');
    const json = JSON.parse(errata.render(error, { headers: { accept: 'application/json' } }).body);
    expect(json.diagnostics.message).toContain('rejected');
    expect(json.diagnostics.stack).toContain('leaks.test');
    const text = errata.render(error, { headers: { accept: 'text/plain' } }).body;
    expect(text).toContain('leaks.test');
    for (const body of [JSON.stringify(json), text]) expect(body).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
  });

  it('never reads source files outside the working directory', () => {
    const errata = createErrata({ mode: 'development' });
    const error = new Error('x');
    error.stack = 'Error: x\n    at f (/etc/passwd:1:1)\n    at g (/etc/hostname:1:1)';
    const panel = parsePage(errata.render(error, { headers: { accept: 'text/html' } }).body).document.querySelector('.errata-diagnostics');
    expect(panel?.querySelector('figure')).toBeNull();
    expect(panel?.textContent).not.toContain('root:');
  });
});

describe('production: authorised diagnostics', () => {
  it('shows diagnostics to an authorised request and audits who saw what', () => {
    const events: ErrataEvent[] = [];
    const errata = createErrata({
      mode: 'production',
      onError: (e) => void events.push(e),
      diagnostics: {
        authorize: (req) => (req.headers && !(req.headers instanceof Headers) && req.headers['x-engineer'] === 'yes' ? { who: 'alice@example.com' } : false),
      },
    });
    const error = new Error(MARK);
    const anonymous = errata.render(error, { url: '/a', headers: { accept: 'text/html' } });
    expect(anonymous.body).not.toContain(MARK);
    expect(events.filter((e) => e.type === 'audit')).toHaveLength(0);

    const engineer = errata.render(error, { url: '/a', headers: { accept: 'text/html', 'x-engineer': 'yes' } });
    expect(engineer.body).toContain(MARK);
    const audit = events.find((e) => e.type === 'audit');
    expect(audit).toMatchObject({
      type: 'audit',
      who: 'alice@example.com',
      action: 'diagnostics-shown',
      code: 'INTERNAL',
      traceId: engineer.headers['x-request-id'],
      request: { path: '/a' },
    });
  });

  it('treats a throwing authorize as no', () => {
    const errata = createErrata({
      mode: 'production',
      diagnostics: {
        authorize: () => {
          throw new Error('auth down');
        },
      },
    });
    const res = errata.render(new Error(MARK), { headers: { accept: 'text/html' } });
    expect(res.status).toBe(500);
    expect(res.body).not.toContain(MARK);
  });
});
