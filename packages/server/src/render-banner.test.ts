import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { miniCatalog } from '@errata/test/mini-catalog';
import { parsePage } from '@errata/test/page';
import { createErrata } from './create-errata.js';

describe('renderBanner', () => {
  const errata = createErrata({ mode: 'production', links: { status: 'https://status.example.com' } });

  it('returns a fragment, the stylesheet and its hash', () => {
    const { html, css, hash } = errata.renderBanner('DEGRADED', { values: { since: new Date('2026-01-01T10:00:00Z') }, dismissHref: '/banners/dismiss?id=1' });
    expect(hash).toBe(`sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`);
    const { document, dangers } = parsePage(`<!DOCTYPE html><html><body>${html}</body></html>`);
    expect(dangers).toEqual([]);
    expect(document.querySelector('section')).not.toBeNull();
    expect(document.querySelector('[role="status"], [role="alert"]')).not.toBeNull();
    expect(document.querySelector('a[href="/banners/dismiss?id=1"]')).not.toBeNull();
  });

  it('localises and drops unsafe links', () => {
    const multilingual = createErrata({ mode: 'production', catalog: miniCatalog });
    const { html } = multilingual.renderBanner('INTERNAL', { locale: 'ar', dismissHref: 'javascript:alert(1)', links: { home: 'data:text/html,x' } });
    const { document } = parsePage(`<!DOCTYPE html><html><body>${html}</body></html>`);
    expect(document.querySelector('[dir="rtl"]')).not.toBeNull();
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text');
  });

  it('throws a clear error for an unknown code', () => {
    expect(() => errata.renderBanner('NOPE')).toThrow(/unknown code "NOPE"/);
  });
});
