// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { tones, type Tone } from '@errata/tokens';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '@errata/test/react';
import { Banner } from './Banner.js';
import * as stories from './Banner.stories.js';
import * as pageStories from './BannerOnPage.stories.js';

const render = (element: React.ReactElement) => parseFragment(renderToStaticMarkup(element));

describe('Banner stories', () => {
  test.each(storiesOf(stories))('%s is valid HTML with no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: true })).toEqual([]);
  });

  test.each(storiesOf(pageStories))('on a page: %s is valid HTML with no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: false })).toEqual([]);
  });
});

describe('Banner roles', () => {
  const expected: Record<Tone, 'status' | 'alert'> = {
    info: 'status',
    success: 'status',
    warning: 'status',
    degraded: 'status',
    critical: 'alert',
  };

  test.each(tones)('%s has the expected live role, on an inner element', (tone) => {
    const root = render(<Banner tone={tone} title="Title" />);
    const section = root.querySelector('section')!;
    expect(section.getAttribute('role')).toBeNull();
    const live = section.querySelectorAll('[role]');
    expect(live).toHaveLength(1);
    expect(live[0]!.getAttribute('role')).toBe(expected[tone]);
  });

  test('urgent makes any tone an alert, and urgent={false} calms a critical one', () => {
    expect(
      render(<Banner tone="info" urgent title="T" />)
        .querySelector('[role]')!
        .getAttribute('role'),
    ).toBe('alert');
    expect(
      render(<Banner tone="critical" urgent={false} title="T" />)
        .querySelector('[role]')!
        .getAttribute('role'),
    ).toBe('status');
  });
});

describe('Banner wiring', () => {
  test('the region is named by its title element', () => {
    const root = render(<Banner tone="warning" title="Your session ends soon" id="session" />);
    const section = root.querySelector('section')!;
    const titleId = section.getAttribute('aria-labelledby')!;
    const title = root.ownerDocument.getElementById(titleId);
    expect(title).not.toBeNull();
    expect(section.contains(title)).toBe(true);
    expect(title!.textContent).toBe('Your session ends soon');
  });

  test('banners without an id get distinct title ids', () => {
    const root = render(
      <>
        <Banner tone="info" title="One" />
        <Banner tone="info" title="Two" />
      </>,
    );
    const ids = [...root.querySelectorAll('section')].map((s) => s.getAttribute('aria-labelledby'));
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(root.ownerDocument.getElementById(id!)).not.toBeNull();
  });

  test('icons are hidden from assistive technology and not focusable', () => {
    const root = render(<Banner tone="success" title="Saved" dismissHref="?dismiss=1" />);
    const svgs = root.querySelectorAll('svg');
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.getAttribute('focusable')).toBe('false');
    }
  });

  test('the dismiss link works without script and has a text name', () => {
    const root = render(<Banner tone="info" title="Maintenance on Sunday" dismissHref="/banners/maintenance/dismiss" dismissLabel="Dismiss this message" />);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/banners/maintenance/dismiss');
    expect(link.textContent).toBe('Dismiss this message');
    expect(root.querySelector('script')).toBeNull();
  });

  test('a toneLabel is read before the title', () => {
    const root = render(<Banner tone="warning" toneLabel="Warning:" title="Disk almost full" id="disk" />);
    expect(root.ownerDocument.getElementById('disk-title')!.textContent).toBe('Warning: Disk almost full');
  });

  test('headingLevel renders the title as that heading', () => {
    const root = render(<Banner tone="info" title="News" headingLevel={3} id="news" />);
    expect(root.ownerDocument.getElementById('news-title')!.tagName).toBe('H3');
  });

  test('unsafe action and dismiss hrefs drop the links, keeping the banner', () => {
    const root = render(
      <Banner tone="critical" title="Payments are down" action={{ label: 'Status', href: 'javascript:alert(1)' }} dismissHref="//evil.example/" />,
    );
    expect(root.querySelector('section')).not.toBeNull();
    expect(root.querySelectorAll('a')).toHaveLength(0);
  });

  test('an unknown tone falls back to info instead of crashing', () => {
    const root = render(<Banner tone={'loud' as Tone} title="Hello" />);
    expect(root.querySelector('[role]')!.getAttribute('role')).toBe('status');
    expect(root.querySelector('section')!.className).not.toBe('');
  });
});

describe('bannerKindOf', () => {
  test('kinds that share a tone get their own icon: read-only, session, maintenance; others keep the tone icon', async () => {
    const { builtinCatalog } = await import('@errata/catalog');
    const { bannerKindOf } = await import('../CatalogBanner/CatalogBanner.js');
    const kinds = Object.fromEntries(builtinCatalog.entries.map((entry) => [entry.code, bannerKindOf(entry) ?? entry.bannerTone]));
    expect([kinds.DEGRADED, kinds.READ_ONLY, kinds.SESSION_EXPIRING, kinds.MAINTENANCE]).toEqual(['degraded', 'read-only', 'session', 'maintenance']);
    expect(kinds.FORBIDDEN).toBe('warning');
    expect(new Set([kinds.DEGRADED, kinds.READ_ONLY, kinds.SESSION_EXPIRING, kinds.MAINTENANCE]).size).toBe(4);
  });
});
