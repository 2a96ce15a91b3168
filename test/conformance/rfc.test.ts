// One test per rule of RFC 9110 (HTTP semantics), RFC 9457 (problem details) and RFC 6585
// (additional status codes) that applies to an error response, each named after its section.
// Through `errata.render`, which every adapter writes out unchanged (the framework suites check
// the same headers over loopback); the 405 rule per adapter is in method-not-allowed.test.ts.
import { createErrata, ErrataError, type ErrataEvent, type ErrorResponse } from '@errata/server';
import { describe, expect, it } from 'vitest';

const events: ErrataEvent[] = [];
const errata = createErrata({ mode: 'production', onError: (event) => void events.push(event) });
const json = { accept: 'application/problem+json' };
const html = { accept: 'text/html' };
const render = (error: unknown, headers: Record<string, string> = json, method = 'GET'): ErrorResponse =>
  errata.render(error, { method, url: '/orders/42', headers });
const problem = (res: ErrorResponse) => JSON.parse(res.body) as Record<string, unknown>;
/** RFC 9110 5.6.2 token, the grammar of a method, a challenge's auth-scheme and more. */
const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** RFC 9110 5.6.7 IMF-fixdate. */
const imfFixdate = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('RFC 9110', () => {
  it('RFC 9110 15.5.2: a 401 carries WWW-Authenticate with at least one challenge', () => {
    for (const error of [
      new ErrataError('UNAUTHENTICATED'),
      { status: 401 },
      new ErrataError('UNAUTHENTICATED', { headers: { 'WWW-Authenticate': 'Basic realm="admin"' } }),
    ]) {
      const res = render(error);
      expect(res.status).toBe(401);
      const challenge = res.headers['www-authenticate'] ?? '';
      expect(challenge.split(/[ ,]/)[0]).toMatch(token);
    }
    expect(render(new ErrataError('UNAUTHENTICATED', { headers: { 'WWW-Authenticate': 'Basic realm="admin"' } })).headers['www-authenticate']).toBe(
      'Basic realm="admin"',
    );
  });

  it('RFC 9110 15.5.6: a 405 carries Allow, a list of method tokens, when it can be known', () => {
    const res = render(new ErrataError('METHOD_NOT_ALLOWED', { allow: ['GET', 'HEAD'] }), json, 'POST');
    expect(res.status).toBe(405);
    const methods = (res.headers.allow ?? '').split(', ');
    expect(methods).toEqual(['GET', 'HEAD']);
    for (const method of methods) expect(method).toMatch(token);
  });

  it('RFC 9110 10.2.3: Retry-After is delay-seconds or an HTTP-date', () => {
    const seconds = render(new ErrataError('RATE_LIMITED', { retryAfter: 29.2 }));
    expect(seconds.headers['retry-after']).toMatch(/^\d+$/);
    expect(seconds.headers['retry-after']).toBe('30');
    const date = render(new ErrataError('MAINTENANCE', { retryAfter: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)) }));
    expect(date.headers['retry-after']).toMatch(imfFixdate);
    expect(render(new ErrataError('RATE_LIMITED', { retryAfter: -5 })).headers['retry-after']).toBeUndefined();
  });

  it('RFC 9110 15.6.4: a 503 may say when to retry, and then does so with Retry-After', () => {
    const res = render(new ErrataError('SERVICE_UNAVAILABLE', { retryAfter: 120 }));
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('120');
  });

  it('RFC 9110 8.5: Content-Language names the language the content is in', () => {
    for (const [language, expected] of [
      ['de-CH,de;q=0.9', 'de'],
      ['ar', 'ar'],
      ['xx', 'en'],
    ] as const) {
      const res = render(new Error('x'), { ...html, 'accept-language': language });
      expect(res.headers['content-language']).toBe(expected);
      expect(res.body).toContain(`<html lang="${expected}"`);
    }
  });

  it('RFC 9110 8.3: content comes with a Content-Type, text with its charset', () => {
    expect(render(new Error('x'), html).headers['content-type']).toBe('text/html; charset=utf-8');
    expect(render(new Error('x'), { accept: 'text/plain' }).headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(render(new Error('x'), json).headers['content-type']).toBe('application/problem+json');
  });

  it('RFC 9110 8.6: Content-Length is the length of the content in octets', () => {
    for (const headers of [html, json, { accept: 'text/plain', 'accept-language': 'ar' }]) {
      const res = render(new Error('x'), headers);
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    }
  });

  it('RFC 9110 9.3.2: HEAD gets the same status and header fields as GET, and no content', () => {
    const get = render(new ErrataError('NOT_FOUND'), html, 'GET');
    const head = render(new ErrataError('NOT_FOUND'), html, 'HEAD');
    expect(head.status).toBe(get.status);
    expect(head.body).toBe('');
    const { 'x-request-id': _a, ...getHeaders } = get.headers;
    const { 'x-request-id': _b, ...headHeaders } = head.headers;
    expect(headHeaders).toEqual(getHeaders);
  });

  it('RFC 9110 12.5.5: a response chosen by Accept and Accept-Language says so in Vary', () => {
    const vary = (render(new Error('x'), html).headers.vary ?? '').split(/,\s*/).map((v) => v.toLowerCase());
    expect(vary).toEqual(expect.arrayContaining(['accept', 'accept-language']));
  });

  it('RFC 9110 5.5: field values carry no CR, LF or NUL, whatever the error supplied', () => {
    const res = render(new ErrataError('UNAUTHENTICATED', { headers: { 'WWW-Authenticate': 'Basic realm="a"\r\nSet-Cookie: evil=1\u0000' }, retryAfter: 5 }), {
      ...json,
      'x-request-id': 'abc\r\nInjected: yes',
    });
    for (const [name, value] of Object.entries(res.headers)) expect(value, name).not.toMatch(/[\r\n\u0000]/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('RFC 9110 15.5 and 15.6: an error answers with a 4xx or 5xx status, never a success', () => {
    for (const error of [{ status: 200 }, { status: 302 }, { statusCode: 204 }, null, undefined, 'boom']) {
      const res = render(error);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThanOrEqual(599);
    }
  });
});

describe('RFC 9457', () => {
  it('RFC 9457 3: problem details are sent as application/problem+json', () => {
    expect(render(new Error('x')).headers['content-type']).toBe('application/problem+json');
  });

  it('RFC 9457 3.1.2: "status" is the status code of the response', () => {
    for (const error of [new ErrataError('CONFLICT'), { status: 418 }, new Error('x'), { status: 431 }]) {
      const res = render(error);
      expect(problem(res).status).toBe(res.status);
    }
  });

  it('RFC 9457 3.1.1 and 4.2.1: "type" is a URI reference; with about:blank, "title" is the reason phrase', () => {
    const body = problem(render(new ErrataError('NOT_FOUND')));
    expect(body.type).toBe('about:blank');
    expect(body.title).toBe('Not Found');
    const withBase = createErrata({ referenceBaseUrl: 'https://docs.example.com/errors/' });
    const typed = JSON.parse(withBase.render(new ErrataError('NOT_FOUND'), { headers: json }).body);
    expect(() => new URL(typed.type)).not.toThrow();
    expect(typed.type).toBe('https://docs.example.com/errors/not-found');
  });

  it('RFC 9457 3.1.3 and 3.1.4: "title" and "detail" are strings for people, with no debugging information', () => {
    const body = problem(render(new Error('ECONNREFUSED 10.0.0.7:5432 at Pool.connect (/srv/app/db.js:12:3)')));
    expect(typeof body.title).toBe('string');
    expect(typeof body.detail).toBe('string');
    expect(JSON.stringify(body)).not.toMatch(/10\.0\.0\.7|db\.js|ECONNREFUSED/);
  });

  it('RFC 9457 3.1.5: "instance" is a URI reference for this occurrence', () => {
    const body = problem(render(new Error('x'), { ...json, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }));
    expect(body.instance).toBe('urn:trace:4bf92f3577b34da6a3ce929d0e0e4736');
    expect(() => new URL(String(body.instance))).not.toThrow();
  });

  it('RFC 9457 3.2: extension member names start with a letter and use letters, digits and "_", at least three', () => {
    const body = problem(render(new ErrataError('VALIDATION_FAILED', { errors: [{ path: 'email', message: 'Enter an email address' }], retryAfter: 3 })));
    for (const name of Object.keys(body)) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{2,}$/);
  });
});

describe('RFC 6585', () => {
  it('RFC 6585 4: a 429 says how long to wait (Retry-After) when the error knows', () => {
    const res = render(new ErrataError('RATE_LIMITED', { retryAfter: 30 }));
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('30');
    expect(problem(res).retryAfter).toBe(30);
  });

  it('RFC 6585 3, 4, 5, 6: 428, 429, 431 and 511 responses are not stored by a cache', () => {
    for (const status of [428, 429, 431, 511]) {
      const res = render({ status });
      expect(res.status).toBe(status);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });
});
