import { describe, expect, it } from 'vitest';
import { headerRecord, requestHeader, requestUrl } from './request.js';

describe('requestUrl', () => {
  it('gives the URL parser’s pathname for plain paths and for everything the shortcut refuses', () => {
    const urls = [
      '/orders/42',
      '/a/b.c',
      '/a//b',
      "/x'y&z",
      '/a:b@c!$(*)+,;=~-_',
      '/',
      '/a/./b',
      '/a/../b',
      '/.well-known/x',
      '//evil.example/x',
      '/a%2e%2e/b',
      '/a b',
      '/a\\b',
      '/é',
      '/a?x=1',
      '/a#f',
      '/a|b',
      '/a`b',
      'relative/x',
    ];
    for (const url of urls) {
      expect(requestUrl({ url }).path, url).toBe(new URL(url, 'http://errata.invalid').pathname);
    }
  });

  it('still reads the query when there is one', () => {
    expect(requestUrl({ url: '/p?token=x&a=1' })).toEqual({ path: '/p', query: Object.assign(Object.create(null), { token: 'x', a: '1' }) });
  });
});

describe('requestHeader', () => {
  it('reads one header exactly as the full header record does', () => {
    const requests = [
      { headers: { accept: 'text/html', 'accept-language': 'es' } },
      { headers: { Accept: 'application/json', 'Accept-Language': ['de', 'en'] } },
      { headers: new Headers({ Accept: 'text/plain', 'Accept-Language': 'ar' }) },
      { headers: { accept: `text/html${' '.repeat(9000)}x` } },
      { headers: { accept: 42 as unknown as string } },
      { headers: undefined },
    ];
    for (const request of requests) {
      for (const name of ['accept', 'accept-language']) expect(requestHeader(request, name)).toBe(headerRecord(request)[name]);
    }
  });

  it('gives undefined for a hostile headers object instead of throwing', () => {
    const headers = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(requestHeader({ headers }, 'accept')).toBeUndefined();
  });
});
