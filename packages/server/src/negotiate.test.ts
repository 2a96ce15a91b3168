import { describe, expect, it } from 'vitest';
import { createNegotiator, negotiate } from './negotiate.js';

const locales = ['en', 'es', 'de', 'ar'];
const format = (accept?: string) => negotiate(accept === undefined ? {} : { accept }, locales, 'en').format;
const locale = (language: string) => negotiate({ 'accept-language': language }, locales, 'en').locale;

describe('negotiate', () => {
  it('gives browsers HTML', () => {
    expect(format('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('html');
  });
  it('gives programs problem+json', () => {
    expect(format('application/json')).toBe('json');
    expect(format('application/problem+json')).toBe('json');
    expect(format('application/json, text/plain;q=0.5')).toBe('json');
  });
  it('gives curl (*/*), a missing Accept and an unmatched Accept plain text', () => {
    expect(format('*/*')).toBe('text');
    expect(format(undefined)).toBe('text');
    expect(format('image/png')).toBe('text');
    expect(format('text/plain')).toBe('text');
  });
  it('honours q-values', () => {
    expect(format('text/html;q=0.1, application/json')).toBe('json');
  });
  it('survives hostile headers', () => {
    expect(format(`${'a/b;q=1,'.repeat(20_000)}`)).toBe('text');
  });
  it('picks the locale from Accept-Language among the supported ones', () => {
    expect(locale('de-DE,de;q=0.9,en;q=0.5')).toBe('de');
    expect(locale('es-MX')).toBe('es');
    expect(locale('fr-FR, ar;q=0.4')).toBe('ar');
    expect(locale('fr, ja')).toBe('en');
    expect(negotiate({ 'accept-language': 'de' }, ['en', 'es'], 'en').locale).toBe('en');
  });
});

describe('createNegotiator', () => {
  it('answers like negotiate, from the exact header strings', () => {
    const remembered = createNegotiator(locales, 'en');
    const cases: [string | undefined, string | undefined][] = [
      ['text/html', 'es'],
      ['application/problem+json', 'de-CH, en;q=0.5'],
      [undefined, 'ar'],
      ['*/*', undefined],
      ['text/html', 'es'],
      // The length prefix keeps these two pairs apart.
      ['text/html', 'x'],
      ['text/htmlx', ''],
      ['text/html;q=0.1, text/plain', 'de'],
    ];
    for (const [accept, language] of cases) {
      const headers: Record<string, string> = {};
      if (accept !== undefined) headers.accept = accept;
      if (language !== undefined) headers['accept-language'] = language;
      expect(remembered(accept, language), `${accept} | ${language}`).toEqual(negotiate(headers, locales, 'en'));
    }
  });

  it('stays bounded: many distinct headers still answer correctly, long ones are not remembered', () => {
    const remembered = createNegotiator(locales, 'en');
    for (let i = 0; i < 2000; i++) expect(remembered(`text/html;v=${i}`, i % 2 ? 'es' : 'de').locale).toBe(i % 2 ? 'es' : 'de');
    const long = `application/problem+json, ${'x/y;q=0.1, '.repeat(100)}`;
    expect(remembered(long, 'ar')).toEqual({ format: 'json', locale: 'ar' });
  });
});
