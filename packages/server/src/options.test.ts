import { defineCatalog } from '@errata/catalog';
import { describe, expect, it } from 'vitest';
import { ErrataOptionsError, resolveOptions } from './options.js';
import type { ErrataOptions } from './types.js';

function problem(options: unknown): string | undefined {
  try {
    resolveOptions(options as ErrataOptions, {});
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ErrataOptionsError);
    return (error as ErrataOptionsError).option;
  }
}

describe('option validation', () => {
  it('names the bad option', () => {
    expect(problem({ theme: 'purple' })).toBe('theme');
    expect(problem({ defaultTone: 'sarcastic' })).toBe('defaultTone');
    expect(problem({ locales: ['en', 'fr'] })).toBe('locales');
    expect(problem({ locales: [] })).toBe('locales');
    expect(problem({ mode: 'dev' })).toBe('mode');
    expect(problem({ links: { home: 'javascript:alert(1)' } })).toBe('links.home');
    expect(problem({ links: { support: '//evil.example' } })).toBe('links.support');
    expect(problem({ links: { status: 'https://user@evil.example' } })).toBe('links.status');
    expect(problem({ links: { blog: '/' } })).toBe('links.blog');
    expect(problem({ referenceBaseUrl: 'ftp://x' })).toBe('referenceBaseUrl');
    expect(problem({ classify: 'INTERNAL' })).toBe('classify');
    expect(problem({ onError: {} })).toBe('onError');
    expect(problem({ redact: { patterns: ['secret'] } })).toBe('redact.patterns');
    expect(problem({ diagnostics: { authorize: true } })).toBe('diagnostics.authorize');
    expect(problem({ nonce: 'abc' })).toBe('nonce');
    expect(problem({ brand: { name: 'x' } })).toBe('brand');
    expect(problem({ catalog: {} })).toBe('catalog');
    expect(problem({ serviceName: '' })).toBe('serviceName');
    expect(problem({ wwwAuthenticate: 'Bearer\r\nX: y' })).toBe('wwwAuthenticate');
    expect(problem({ colour: 'red' })).toBe('colour');
    expect(problem(null)).toBe('options');
  });

  it('says what is wrong in the message', () => {
    expect(() => resolveOptions({ links: { home: 'javascript:alert(1)' } }, {})).toThrow(/links\.home.*http\(s\) URL or a same-origin path/);
  });

  it('fills defaults: production unless NODE_ENV is development', () => {
    expect(resolveOptions({}, {}).mode).toBe('production');
    expect(resolveOptions({}, { NODE_ENV: 'test' }).mode).toBe('production');
    expect(resolveOptions({}, { NODE_ENV: 'Development' }).mode).toBe('production');
    expect(resolveOptions({}, { NODE_ENV: 'development' }).mode).toBe('development');
    expect(resolveOptions({ mode: 'production' }, { NODE_ENV: 'development' }).mode).toBe('production');
    const o = resolveOptions({}, {});
    expect(o).toMatchObject({ theme: 'auto', defaultTone: 'neutral', defaultLocale: 'en', wwwAuthenticate: 'Bearer' });
    expect(o.locales).toEqual(o.catalog.locales);
  });

  it('accepts allow-listed links and normalises the reference base URL', () => {
    const o = resolveOptions({ links: { home: '/', status: 'https://status.example.com' }, referenceBaseUrl: 'https://docs.example.com/errors' }, {});
    expect(o.links).toEqual({ home: '/', status: 'https://status.example.com/' });
    expect(o.referenceBaseUrl).toBe('https://docs.example.com/errors/');
  });

  it('refuses a catalog without INTERNAL and NOT_FOUND', () => {
    const minimal = defineCatalog([]);
    expect(problem({ catalog: minimal })).toBe('catalog');
  });
});
