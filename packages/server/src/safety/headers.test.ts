import { describe, expect, it } from 'vitest';
import { allowErrorHeaders, formatRetryAfter, headerValue } from './headers.js';

describe('headerValue', () => {
  it('keeps ordinary values', () => {
    expect(headerValue('Bearer realm="api"')).toBe('Bearer realm="api"');
  });

  it('removes CR, LF, NUL and other controls so no header can be injected', () => {
    expect(headerValue('a\r\nSet-Cookie: x=1')).toBe('a Set-Cookie: x=1');
    expect(headerValue('a\u0000b\u0007c\u007fd')).toBe('abcd');
    expect(headerValue('tab\there')).toBe('tab here');
  });

  it('drops characters Node and fetch refuse in headers', () => {
    expect(headerValue('caf\u00e9 \u2028 \u{1F600}ok')).toBe('caf  ok');
  });

  it('caps the length at 1 KiB', () => {
    expect(headerValue('x'.repeat(5000))).toHaveLength(1024);
  });

  it('is undefined for non-strings and for nothing left', () => {
    for (const value of [undefined, null, 5, {}, ['a'], '', '  ', '\r\n']) expect(headerValue(value)).toBeUndefined();
  });
});

describe('formatRetryAfter', () => {
  it('formats seconds as non-negative integer digits, rounding up and capping at a day', () => {
    expect(formatRetryAfter(0)).toBe('0');
    expect(formatRetryAfter(1.2)).toBe('2');
    expect(formatRetryAfter(120)).toBe('120');
    expect(formatRetryAfter(10 ** 9)).toBe('86400');
  });

  it('formats a Date as an IMF-fixdate', () => {
    expect(formatRetryAfter(new Date(Date.UTC(2030, 0, 2, 3, 4, 5)))).toBe('Wed, 02 Jan 2030 03:04:05 GMT');
  });

  it('accepts strings already in either form and normalises them', () => {
    expect(formatRetryAfter(' 30 ')).toBe('30');
    expect(formatRetryAfter('Wed, 02 Jan 2030 03:04:05 GMT')).toBe('Wed, 02 Jan 2030 03:04:05 GMT');
  });

  it('refuses everything else', () => {
    for (const value of [-1, Number.NaN, Infinity, '1.5', '-3', 'soon', '30\r\nX: y', new Date('nope'), new Date(8.64e15), {}, null, undefined, 10n]) {
      expect(formatRetryAfter(value)).toBeUndefined();
    }
  });
});

describe('allowErrorHeaders', () => {
  it('passes only Retry-After, WWW-Authenticate and Allow, matched case-insensitively', () => {
    expect(
      allowErrorHeaders({
        'retry-after': 60,
        'WWW-AUTHENTICATE': 'Bearer realm="api"',
        allow: 'GET, HEAD',
        'Set-Cookie': 'a=b',
        Location: 'https://evil.example',
        'Content-Type': 'text/html',
      }),
    ).toEqual({ 'Retry-After': '60', 'WWW-Authenticate': 'Bearer realm="api"', Allow: 'GET, HEAD' });
  });

  it('sanitises values and drops invalid ones', () => {
    expect(allowErrorHeaders({ 'Retry-After': 'tomorrow', 'WWW-Authenticate': 'Basic\r\nX-Evil: 1', Allow: 'GET, <script>, POST' })).toEqual({
      'WWW-Authenticate': 'Basic X-Evil: 1',
      Allow: 'GET, POST',
    });
    expect(allowErrorHeaders({ Allow: '<>, ()' })).toEqual({});
  });

  it('joins several challenges', () => {
    expect(allowErrorHeaders({ 'www-authenticate': ['Bearer', 'Basic realm="x"'] })).toEqual({ 'WWW-Authenticate': 'Bearer, Basic realm="x"' });
  });

  it('survives hostile inputs', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = {
      get 'retry-after'(): string {
        throw new Error('boom');
      },
      allow: 'GET',
    };
    expect(allowErrorHeaders(proxy)).toEqual({});
    expect(allowErrorHeaders(throwing)).toEqual({ Allow: 'GET' });
    expect(allowErrorHeaders({ constructor: 'x', __proto__: null, toString: 'y' })).toEqual({});
    for (const value of [null, undefined, 'Retry-After: 5', 5]) expect(allowErrorHeaders(value)).toEqual({});
  });
});
