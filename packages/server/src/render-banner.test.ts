import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, formatMessage, tones, type RichText } from '@errata/catalog';
import { exampleBrand, themeClass } from '@errata/tokens';
import { miniCatalog } from '@errata/test/mini-catalog';
import { parsePage } from '@errata/test/page';
import { createErrata } from './create-errata.js';

const links = { home: '/', support: '/support', status: 'https://status.example.com/', signIn: '/session/extend' };
/** The per-request targets, given per call. */
const callLinks = { back: '/form', retry: '/search?q=x' };
const allLinks: Record<string, string> = { ...links, ...callLinks };
const values = { since: new Date('2026-01-01T10:00:00Z'), minutes: 5, availableAt: new Date('2026-01-01T12:00:00Z'), retryAfterSeconds: 30 };
const fragment = (html: string) => parsePage(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${html}</body></html>`);
const linkTexts = (text: RichText | undefined) => (text ?? []).flatMap((part) => (typeof part === 'string' ? [] : [part]));

describe('renderBanner', () => {
  const errata = createErrata({ mode: 'production', links });

  it('returns one section, the CSS it needs and its hash', () => {
    const { html, css, hash } = errata.renderBanner('DEGRADED', { values, dismissHref: '/banners/dismiss?id=1' });
    expect(hash).toBe(`sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`);
    const { document, dangers } = fragment(html);
    expect(dangers).toEqual([]);
    expect(document.body.children).toHaveLength(1);
    expect(document.querySelector('body > section[aria-labelledby]')).not.toBeNull();
    expect(document.querySelector('[role="status"], [role="alert"]')).not.toBeNull();
    expect(document.querySelector('a[href="/banners/dismiss?id=1"]')).not.toBeNull();
  });

  // One test per code: every link the catalog writes in any field (the action, the status page,
  // the help line) is in the banner, with its configured target, in every locale and tone.
  for (const entry of builtinCatalog.entries) {
    it(`${entry.code}: every field and every catalog link is in the banner, in every locale and tone`, () => {
      for (const locale of builtinCatalog.locales) {
        for (const tone of tones) {
          const message = formatMessage(builtinCatalog, entry.code, { locale, tone, values });
          const { document } = fragment(errata.renderBanner(entry.code, { locale, tone, values, links: callLinks }).html);
          const where = `${entry.code} ${locale} ${tone}`;
          const text = document.body.textContent ?? '';
          expect(text, where).toContain(message.title);
          const fields = [message.description, ...message.nextSteps, message.alternative];
          for (const field of fields) {
            const words = (field ?? []).map((part) => (typeof part === 'string' ? part : part.children)).join('');
            expect(text, where).toContain(words);
          }
          const expected = fields.flatMap(linkTexts).map((part) => [part.children, allLinks[part.tag] ?? null]);
          const actual = [...document.querySelectorAll('a:not([aria-describedby])')].map((a) => [a.textContent, a.getAttribute('href')]);
          expect(actual, where).toEqual(expected);
          expect(expected.length, `${where}: the catalog gives the banner something to act on`).toBeGreaterThan(0);
        }
      }
    });
  }

  it('gives every banner its own ids, so banners share a page (and a caller may choose one)', () => {
    const banners = ['DEGRADED', 'READ_ONLY', 'SESSION_EXPIRING', 'DEGRADED'].map((code) => errata.renderBanner(code, { values }));
    const { document } = fragment(banners.map((b) => b.html).join(''));
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of document.querySelectorAll('section')) {
      expect(document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.closest('section')).toBe(section);
    }
    expect(banners.map((b) => b.id)).toEqual([...document.querySelectorAll('section')].map((s) => s.id));
    expect(errata.renderBanner('DEGRADED', { values, id: 'search-slow' }).html).toContain('id="search-slow"');
    expect(() => errata.renderBanner('DEGRADED', { id: 'two words' })).toThrow(/id must start with a letter/);
  });

  it('picks the locale from the request or its Accept-Language, as pages do, and the instance tone', () => {
    const formal = createErrata({ mode: 'production', links, defaultTone: 'formal' });
    const fromRequest = formal.renderBanner('READ_ONLY', { request: { headers: { 'accept-language': 'de-CH, en;q=0.5' } } });
    expect([fromRequest.locale, fromRequest.tone]).toEqual(['de', 'formal']);
    expect(fromRequest.html).toContain('lang="de"');
    expect(formal.renderBanner('READ_ONLY', { acceptLanguage: 'ar' }).html).toContain('dir="rtl"');
    expect(formal.renderBanner('READ_ONLY', { acceptLanguage: 'ar', locale: 'es' }).locale).toBe('es');
    expect(formal.renderBanner('READ_ONLY', { acceptLanguage: 'fr' }).locale).toBe('en');
    expect(formal.renderBanner('READ_ONLY', { acceptLanguage: ';;;', tone: 'friendly' }).tone).toBe('friendly');
  });

  it('themes itself: the theme (and brand) class is on the banner, and the CSS is only what banners need', () => {
    for (const theme of ['light', 'dark', 'high-contrast', 'auto'] as const) {
      const themed = createErrata({ mode: 'production', links, theme });
      const { html, css } = themed.renderBanner('DEGRADED', { values });
      expect(fragment(html).document.querySelector('section')?.classList.contains(themeClass[theme])).toBe(true);
      expect(css).toContain(`.${themeClass[theme]}`);
      for (const other of Object.values(themeClass).filter((name) => name !== themeClass[theme])) expect(css).not.toContain(`.${other}{`);
      // No page rules: the banner's sheet does not style `main`, the h1 or the document.
      expect(css).not.toMatch(/(^|[}\s,])(html|body|main|h1)\s*[{,]/);
    }
    const branded = createErrata({ mode: 'production', links, brand: exampleBrand });
    const { html, css, hash } = branded.renderBanner('DEGRADED', { values });
    expect(fragment(html).document.querySelector('section')?.classList.contains(exampleBrand.className)).toBe(true);
    expect(css).toContain(exampleBrand.css);
    expect(hash).toBe(`sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`);
  });

  it('a notice that asks the person to act needs its link: a session warning must offer a way to stay signed in', () => {
    const bare = createErrata({ mode: 'production' });
    expect(() => bare.renderBanner('SESSION_EXPIRING', { values })).toThrow(/links\.signIn/);
    const { document } = fragment(bare.renderBanner('SESSION_EXPIRING', { values, links: { signIn: '/session/extend' } }).html);
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('/session/extend');
    // Waiting needs no link: the status page is a help, not the action.
    expect(() => bare.renderBanner('DEGRADED', { values })).not.toThrow();
    expect(() => bare.renderBanner('SESSION_EXPIRING', { links: { nope: '/x' } as never })).toThrow(/not a link key/);
  });

  it('localises and drops unsafe links', () => {
    const multilingual = createErrata({ mode: 'production', catalog: miniCatalog });
    const { html } = multilingual.renderBanner('INTERNAL', { locale: 'ar', dismissHref: 'javascript:alert(1)', links: { home: 'data:text/html,x' } });
    const { document } = fragment(html);
    expect(document.querySelector('[dir="rtl"]')).not.toBeNull();
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text');
  });

  it('throws a clear error for an unknown code', () => {
    expect(() => errata.renderBanner('NOPE')).toThrow(/unknown code "NOPE"/);
  });
});
