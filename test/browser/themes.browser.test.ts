import { Banner, ErrorDocument, ErrorPage, type ErrorPageLabels } from '@errata/react';
import { stylesheet } from '@errata/react/stylesheet';
import { createErrata, ErrataError } from '@errata/server';
import { defineBrand, exampleBrand, themeNames, themeValues, type Brand, type ThemeName } from '@errata/tokens';
import { converter, parse } from 'culori';
import type { Page } from 'playwright-core';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type LaunchedChromium } from '@errata/test/chromium';

/**
 * Theming as a reader gets it: documents rendered by the built `@errata/react` with its inlined
 * stylesheet, loaded in real Chromium, checked through computed styles under emulated colour
 * schemes, forced colours, reduced motion, right-to-left and a 320 px viewport. The unit tests
 * check the CSS text; this checks that the cascade of that text does what it promises.
 */

type BuiltInTheme = keyof typeof themeValues;
type Scheme = 'light' | 'dark';
type Palette = (typeof themeValues)[BuiltInTheme]['color'];

// Paths the documents below link to; the probes find elements by them.
const retryHref = '/retry';
const statusHref = 'https://status.example.com/';
const bannerActionHref = 'https://status.example.com/incidents';

const labels: ErrorPageLabels = {
  reference: 'Reference',
  quoteReference: 'Quote this reference if you contact support.',
  statusPage: 'Check the service status page',
  diagnostics: 'Diagnostics',
  skipToContent: 'Skip to main content',
};

const arabicLabels: ErrorPageLabels = {
  reference: 'المرجع',
  quoteReference: 'اذكر هذا المرجع إذا تواصلت مع الدعم.',
  statusPage: 'تحقق من صفحة حالة الخدمة',
  skipToContent: 'انتقل إلى المحتوى الرئيسي',
};

interface DocumentOptions {
  readonly theme: ThemeName;
  readonly brand?: Brand;
  readonly dir?: 'ltr' | 'rtl';
  /** Extra content for the page's description slot. */
  readonly description?: ReactNode;
  readonly traceId?: string;
  readonly bannerText?: string;
}

/** A banner above a full error page, as a server would send it. */
function documentHtml(options: DocumentOptions): string {
  const rtl = options.dir === 'rtl';
  const banner = createElement(
    Banner,
    {
      tone: 'warning',
      title: rtl ? 'البحث بطيء الآن' : 'Search is slow right now',
      action: { label: rtl ? 'صفحة الحالة' : 'See the incident', href: bannerActionHref },
      dismissHref: '/dismiss',
    },
    options.bannerText ?? (rtl ? 'نعرض نتائج محفوظة.' : 'We are showing saved results.'),
  );
  const page = createElement(ErrorPage, {
    title: rtl ? 'حدث خطأ في الخدمة' : 'Something went wrong on our side',
    eyebrow: 'Error 500',
    description: options.description ?? (rtl ? 'لم نتمكن من إكمال طلبك.' : 'We could not finish your request.'),
    nextSteps: [rtl ? 'انتظر دقيقة ثم حاول مرة أخرى.' : 'Wait a minute, then try again.'],
    primaryAction: { label: rtl ? 'حاول مرة أخرى' : 'Try again', href: retryHref },
    traceId: options.traceId ?? '4bf92f3577b34da6a3ce929d0e0e4736',
    statusHref,
    ...(options.brand ? { brand: options.brand } : {}),
    labels: rtl ? arabicLabels : labels,
  });
  const markup = renderToStaticMarkup(
    createElement(ErrorDocument, {
      lang: rtl ? 'ar' : 'en',
      dir: rtl ? 'rtl' : 'ltr',
      title: 'Something went wrong',
      theme: options.theme,
      stylesheet,
      ...(options.brand ? { brand: options.brand } : {}),
      // biome-ignore lint/correctness/noChildrenProp: ErrorDocument's props type requires `children`, so createElement needs it in the props object.
      children: createElement(Fragment, null, banner, page),
    }),
  );
  return `<!DOCTYPE html>${markup}`;
}

const toRgb = converter('rgb');

/** Any CSS colour as `rgb(r, g, b)` (alpha added when not opaque), so both sides compare alike. */
function rgbOf(colour: string): string {
  const parsed = parse(colour);
  const rgb = parsed === undefined ? undefined : toRgb(parsed);
  if (rgb === undefined) throw new Error(`not a CSS colour: ${JSON.stringify(colour)}`);
  const channels = [rgb.r, rgb.g, rgb.b].map((value) => Math.round(value * 255)).join(', ');
  return rgb.alpha === undefined || rgb.alpha === 1 ? `rgb(${channels})` : `rgba(${channels}, ${rgb.alpha})`;
}

/** The colours a reader sees, read from the computed styles of the rendered document. */
interface PaintedColours {
  /** `<html>`'s background, which paints the canvas. */
  readonly pageBackground: string;
  readonly bodyText: string;
  readonly statusLink: string;
  readonly primaryActionBackground: string;
  readonly primaryActionText: string;
  readonly bannerSurface: string;
}

async function paintedColours(page: Page): Promise<PaintedColours> {
  const raw = await page.evaluate(
    ({ retry, status }) => {
      const styleOf = (selector: string): CSSStyleDeclaration => {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`no element matches ${selector}`);
        return getComputedStyle(element);
      };
      const action = styleOf(`main a[href="${retry}"]`);
      return {
        pageBackground: getComputedStyle(document.documentElement).backgroundColor,
        bodyText: getComputedStyle(document.body).color,
        statusLink: styleOf(`main a[href="${status}"]`).color,
        primaryActionBackground: action.backgroundColor,
        primaryActionText: action.color,
        bannerSurface: styleOf('section[aria-labelledby]').backgroundColor,
      };
    },
    { retry: retryHref, status: statusHref },
  );
  return {
    pageBackground: rgbOf(raw.pageBackground),
    bodyText: rgbOf(raw.bodyText),
    statusLink: rgbOf(raw.statusLink),
    primaryActionBackground: rgbOf(raw.primaryActionBackground),
    primaryActionText: rgbOf(raw.primaryActionText),
    bannerSurface: rgbOf(raw.bannerSurface),
  };
}

/** What a palette promises for the same places, from the raw theme or brand values. */
function expectedColours(palette: Palette, warningSurface: string): PaintedColours {
  return {
    pageBackground: rgbOf(palette.background),
    bodyText: rgbOf(palette.text),
    statusLink: rgbOf(palette.link),
    primaryActionBackground: rgbOf(palette.brand),
    primaryActionText: rgbOf(palette.textOnBrand),
    bannerSurface: rgbOf(warningSurface),
  };
}

function expectColours(actual: PaintedColours, expected: PaintedColours, label: string): void {
  for (const key of Object.keys(expected) as (keyof PaintedColours)[]) {
    expect(actual[key], `${label}: ${key} is ${actual[key]}, expected ${expected[key]}`).toBe(expected[key]);
  }
}

let chromium: LaunchedChromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
});

afterAll(async () => {
  await chromium?.close();
});

interface Conditions {
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly colorScheme?: Scheme;
  readonly forcedColors?: 'active' | 'none';
  readonly reducedMotion?: 'reduce' | 'no-preference';
}

const desktop = { width: 1280, height: 800 } as const;

/**
 * Loads a document under the given conditions in the file's one page. Every media feature is set
 * on each call (null = no emulation) and `setContent` replaces the document and its focus, so
 * nothing carries over from the previous check; one page keeps the file fast.
 */
async function show(html: string, conditions: Conditions = {}): Promise<Page> {
  await page.setViewportSize(conditions.viewport ?? desktop);
  await page.emulateMedia({
    colorScheme: conditions.colorScheme ?? null,
    forcedColors: conditions.forcedColors ?? null,
    reducedMotion: conditions.reducedMotion ?? null,
  });
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

describe('built-in themes', () => {
  const cases: readonly { theme: ThemeName; scheme: Scheme; shows: BuiltInTheme }[] = [
    { theme: 'auto', scheme: 'light', shows: 'light' },
    { theme: 'auto', scheme: 'dark', shows: 'dark' },
    { theme: 'light', scheme: 'light', shows: 'light' },
    { theme: 'light', scheme: 'dark', shows: 'light' },
    { theme: 'dark', scheme: 'light', shows: 'dark' },
    { theme: 'dark', scheme: 'dark', shows: 'dark' },
    { theme: 'high-contrast', scheme: 'light', shows: 'high-contrast' },
    { theme: 'high-contrast', scheme: 'dark', shows: 'high-contrast' },
  ];

  for (const { theme, scheme, shows } of cases) {
    test(`theme ${theme} with a ${scheme} system scheme paints the ${shows} values`, async () => {
      const colours = await paintedColours(await show(documentHtml({ theme }), { colorScheme: scheme }));
      const values = themeValues[shows];
      expectColours(colours, expectedColours(values.color, values.tone.warning.surface), `theme ${theme} (system ${scheme})`);
    });
  }
});

describe('brands', () => {
  const light = exampleBrand.values.colors;
  const dark = exampleBrand.values.darkColors;
  const highContrast = themeValues['high-contrast'];

  test(`${exampleBrand.name} has a dark palette to test against`, () => {
    expect(dark, `${exampleBrand.name} should define darkColors`).toBeDefined();
  });

  const cases: readonly { theme: ThemeName; scheme: Scheme; shows: 'brand light' | 'brand dark' | 'high-contrast' }[] = [
    { theme: 'light', scheme: 'light', shows: 'brand light' },
    { theme: 'light', scheme: 'dark', shows: 'brand light' },
    { theme: 'auto', scheme: 'light', shows: 'brand light' },
    { theme: 'auto', scheme: 'dark', shows: 'brand dark' },
    { theme: 'dark', scheme: 'light', shows: 'brand dark' },
    { theme: 'dark', scheme: 'dark', shows: 'brand dark' },
    { theme: 'high-contrast', scheme: 'light', shows: 'high-contrast' },
    { theme: 'high-contrast', scheme: 'dark', shows: 'high-contrast' },
  ];

  for (const { theme, scheme, shows } of cases) {
    test(`${exampleBrand.name} over theme ${theme} (system ${scheme}) paints the ${shows} values`, async () => {
      const colours = await paintedColours(await show(documentHtml({ theme, brand: exampleBrand }), { colorScheme: scheme }));
      const values = shows === 'brand light' ? light : shows === 'brand dark' ? dark : highContrast;
      if (!values) throw new Error(`${exampleBrand.name} has no dark colours`);
      expectColours(colours, expectedColours(values.color, values.tone.warning.surface), `${exampleBrand.name} over theme ${theme} (system ${scheme})`);
    });
  }

  // Literal colours, not read back from the brand: what its author asked for.
  const lightOnly = defineBrand({
    name: 'Plum Light Only',
    colors: { brand: '#5b2a86', textOnBrand: '#ffffff', link: '#3d1a5c', focusRing: '#5b2a86' },
  });

  for (const theme of ['dark', 'auto'] as const) {
    test(`a brand without dark colours stays light over theme ${theme} (system dark)`, async () => {
      const colours = await paintedColours(await show(documentHtml({ theme, brand: lightOnly }), { colorScheme: 'dark' }));
      const label = `light-only brand over theme ${theme} (system dark)`;
      expect(colours.primaryActionBackground, `${label}: primary action background`).toBe(rgbOf('#5b2a86'));
      expect(colours.statusLink, `${label}: link colour`).toBe(rgbOf('#3d1a5c'));
      expect(colours.pageBackground, `${label}: page background (light theme's)`).toBe(rgbOf(themeValues.light.color.background));
      expect(colours.bodyText, `${label}: body text (light theme's)`).toBe(rgbOf(themeValues.light.color.text));
    });
  }
});

describe('forced colours', () => {
  interface FocusStop {
    readonly element: string;
    readonly outlineStyle: string;
    readonly outlineWidth: number;
    readonly outlineColour: string;
  }

  const cases: readonly { name: string; theme: ThemeName; brand?: Brand }[] = [
    { name: 'light', theme: 'light' },
    { name: 'dark', theme: 'dark' },
    { name: 'high-contrast', theme: 'high-contrast' },
    { name: `auto with ${exampleBrand.name}`, theme: 'auto', brand: exampleBrand },
  ];

  for (const { name, theme, brand } of cases) {
    test(`theme ${name}: the banner keeps its border and every keyboard focus stop its outline`, async () => {
      const shown = await show(documentHtml({ theme, ...(brand ? { brand } : {}) }), { forcedColors: 'active' });
      const label = `theme ${name}, forced colours`;

      const border = await shown.evaluate(() => {
        const section = document.querySelector('section[aria-labelledby]');
        if (!section) throw new Error('no banner section');
        const style = getComputedStyle(section);
        const sides = ['top', 'right', 'bottom', 'left'].map((side) => ({
          side,
          width: parseFloat(style.getPropertyValue(`border-${side}-width`)),
          style: style.getPropertyValue(`border-${side}-style`),
          colour: style.getPropertyValue(`border-${side}-color`),
        }));
        return {
          forced: matchMedia('(forced-colors: active)').matches,
          sides,
          background: style.backgroundColor,
          canvas: getComputedStyle(document.documentElement).backgroundColor,
        };
      });
      expect(border.forced, `${label}: (forced-colors: active) should match`).toBe(true);
      for (const side of border.sides) {
        const sideLabel = `${label}: banner border-${side.side}`;
        expect(side.width, `${sideLabel} width is ${side.width}px`).toBeGreaterThan(0);
        expect(side.style, `${sideLabel} style`).not.toBe('none');
        expect(rgbOf(side.colour), `${sideLabel} colour is the banner's background`).not.toBe(rgbOf(border.background));
      }

      // Walk the tab order from the top of the document: every stop must show its ring.
      const stops: FocusStop[] = [];
      for (let press = 0; press < 20; press += 1) {
        await shown.keyboard.press('Tab');
        const stop = await shown.evaluate((): FocusStop | undefined => {
          const active = document.activeElement;
          if (!active || active === document.body) return undefined;
          const style = getComputedStyle(active);
          const href = active.getAttribute('href');
          return {
            element: `${active.tagName.toLowerCase()}${href ? `[href="${href}"]` : ''}`,
            outlineStyle: style.outlineStyle,
            outlineWidth: parseFloat(style.outlineWidth),
            outlineColour: style.outlineColor,
          };
        });
        if (!stop || stops.some((seen) => seen.element === stop.element)) break;
        stops.push(stop);
      }
      // Banner action and dismiss, skip link, the brand's home link (only with a brand: a page
      // without one has no header), primary action, status link.
      const links = stops.filter((stop) => stop.element.startsWith('a['));
      expect(links.length, `${label}: links reached with Tab: ${stops.map((stop) => stop.element).join(', ')}`).toBeGreaterThanOrEqual(brand ? 6 : 5);
      for (const stop of stops) {
        const stopLabel = `${label}: focused ${stop.element}`;
        expect(stop.outlineStyle, `${stopLabel} has outline-style ${stop.outlineStyle}`).not.toBe('none');
        expect(stop.outlineWidth, `${stopLabel} has outline-width ${stop.outlineWidth}px`).toBeGreaterThanOrEqual(2);
        expect(rgbOf(stop.outlineColour), `${stopLabel} outline is the page's canvas colour`).not.toBe(rgbOf(border.canvas));
      }
    });
  }
});

describe('reduced motion', () => {
  // Host content in a slot, animated by a host class rule that comes after the stylesheet and is
  // as specific as the document's guard (one class); the guard has to stop it anyway.
  const animatedHostContent = createElement(
    Fragment,
    null,
    createElement(
      'style',
      null,
      '@keyframes test-pulse{from{opacity:1}to{opacity:.6}} main .spinner{animation:test-pulse 2s infinite alternate;transition:color 1.5s}',
    ),
    createElement('p', null, 'We could not finish your request. ', createElement('em', { className: 'spinner' }, 'Still loading saved results…')),
  );

  interface Motion {
    readonly animations: number;
    /** Longest computed transition duration on any element, in ms, with the element that has it. */
    readonly longestTransition: { readonly element: string; readonly ms: number };
  }

  async function motion(shown: Page): Promise<Motion> {
    // Two frames, so an animation the guard shortened to an instant has finished.
    await shown.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    return shown.evaluate((): Motion => {
      const toMs = (duration: string): number => (duration.endsWith('ms') ? parseFloat(duration) : parseFloat(duration) * 1000);
      let longest = { element: 'none', ms: 0 };
      for (const element of document.querySelectorAll('*')) {
        for (const duration of getComputedStyle(element).transitionDuration.split(',')) {
          const ms = toMs(duration.trim());
          if (ms > longest.ms) longest = { element: [element.tagName.toLowerCase(), ...element.classList].join('.'), ms };
        }
      }
      return { animations: document.getAnimations().length, longestTransition: longest };
    });
  }

  test('the probe sees the host animation and transition when motion is allowed', async () => {
    const seen = await motion(await show(documentHtml({ theme: 'light', description: animatedHostContent }), { reducedMotion: 'no-preference' }));
    expect(seen.animations, 'theme light, no motion preference: running animations').toBeGreaterThan(0);
    expect(seen.longestTransition.ms, 'theme light, no motion preference: longest transition').toBe(1500);
  });

  for (const theme of themeNames) {
    test(`theme ${theme} under prefers-reduced-motion: reduce runs no animation and no transition`, async () => {
      const seen = await motion(await show(documentHtml({ theme, description: animatedHostContent }), { reducedMotion: 'reduce' }));
      expect(seen.animations, `theme ${theme}, reduced motion: document.getAnimations() has running animations`).toBe(0);
      // The guard sets 0.01ms rather than 0 (the common pattern that keeps transitionend events
      // firing for scripts that wait on them): instant to the eye, so that is the ceiling.
      expect(
        seen.longestTransition.ms,
        `theme ${theme}, reduced motion: ${seen.longestTransition.element} has a ${seen.longestTransition.ms}ms transition`,
      ).toBeLessThanOrEqual(0.01);
    });
  }
});

describe('direction', () => {
  async function layout(shown: Page) {
    return shown.evaluate((retry) => {
      const main = document.querySelector('main');
      const action = document.querySelector(`main a[href="${retry}"]`);
      const banner = document.querySelector('section[aria-labelledby]');
      if (!main || !action || !banner) throw new Error('page is missing main, its primary action or the banner');
      const mainBox = main.getBoundingClientRect();
      const actionBox = action.getBoundingClientRect();
      const bannerStyle = getComputedStyle(banner);
      return {
        mainCentre: mainBox.left + mainBox.width / 2,
        actionLeft: actionBox.left,
        actionRight: actionBox.right,
        bannerLeftBorder: parseFloat(bannerStyle.borderLeftWidth),
        bannerRightBorder: parseFloat(bannerStyle.borderRightWidth),
      };
    }, retryHref);
  }

  for (const theme of ['light', 'high-contrast'] as const) {
    test(`theme ${theme}, dir=rtl: the primary action and the banner's accent border sit on the right`, async () => {
      const box = await layout(await show(documentHtml({ theme, dir: 'rtl' })));
      const label = `theme ${theme}, dir=rtl`;
      expect(
        box.actionLeft,
        `${label}: primary action spans ${box.actionLeft}..${box.actionRight}px, main's centre is ${box.mainCentre}px`,
      ).toBeGreaterThanOrEqual(box.mainCentre);
      expect(box.bannerRightBorder, `${label}: banner's thick start border should be on the right (left ${box.bannerLeftBorder}px)`).toBeGreaterThan(
        box.bannerLeftBorder,
      );
    });
  }

  test("theme light, dir=ltr: the primary action and the banner's accent border sit on the left", async () => {
    const box = await layout(await show(documentHtml({ theme: 'light', dir: 'ltr' })));
    const label = 'theme light, dir=ltr';
    expect(box.actionRight, `${label}: primary action spans ${box.actionLeft}..${box.actionRight}px, main's centre is ${box.mainCentre}px`).toBeLessThanOrEqual(
      box.mainCentre,
    );
    expect(box.bannerLeftBorder, `${label}: banner's thick start border should be on the left (right ${box.bannerRightBorder}px)`).toBeGreaterThan(
      box.bannerRightBorder,
    );
  });
});

describe('reflow at 320 px', () => {
  const narrow = { width: 320, height: 640 };
  const longTraceId = `00-${'4bf92f3577b34da6a3ce929d0e0e4736'.repeat(4)}-00f067aa0ba902b7-01`;
  const longUrl = `https://status.example.com/incidents/2026-11-21/${'search-cluster-eu-west-'.repeat(6)}degraded?ref=${'a1b2c3d4'.repeat(8)}`;

  const cases = [
    { theme: 'light', dir: 'ltr' },
    { theme: 'high-contrast', dir: 'ltr' },
    { theme: 'dark', dir: 'rtl' },
  ] as const;

  for (const { theme, dir } of cases) {
    test(`theme ${theme}, dir=${dir}: a long trace id and URL wrap instead of widening the page`, async () => {
      const html = documentHtml({
        theme,
        dir,
        traceId: longTraceId,
        description: `Our status page has details: ${longUrl}`,
        bannerText: `Follow ${longUrl} for updates.`,
      });
      const widths = await (await show(html, { viewport: narrow })).evaluate(() => {
        // Names the culprits for the failure message.
        const overflowing = [...document.querySelectorAll('body *')]
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.right > document.documentElement.clientWidth || box.left < 0;
          })
          .map((element) => [element.tagName.toLowerCase(), ...element.classList].join('.'));
        return { scrollWidth: document.documentElement.scrollWidth, overflowing: overflowing.slice(0, 5) };
      });
      expect(
        widths.scrollWidth,
        `theme ${theme}, dir=${dir}, 320px viewport: page is ${widths.scrollWidth}px wide (${widths.overflowing.join(', ') || 'no element box overflows'})`,
      ).toBeLessThanOrEqual(320);
    });
  }

  test('a server page with an 80-character German service name, under WCAG 1.4.12 text spacing, does not scroll sideways', async () => {
    const serviceName = 'Bundesverkehrsinfrastrukturfinanzierungsgesellschaftsportalkundendienstzentralen';
    expect(serviceName).toHaveLength(80);
    const errata = createErrata({ mode: 'production', serviceName, links: { home: '/', support: '/hilfe' }, onError: () => undefined });
    const { body } = errata.render(new ErrataError('INTERNAL'), { method: 'GET', url: '/konto', headers: { accept: 'text/html', 'accept-language': 'de' } });
    const shown = await show(body, { viewport: narrow });
    // The text-spacing bookmarklet's overrides (WCAG 2.2, 1.4.12), as a reader's stylesheet would set them.
    await shown.addStyleTag({
      content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-block-end: 2em !important }',
    });
    const scrollWidth = await shown.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `the German page is ${scrollWidth}px wide at 320px`).toBeLessThanOrEqual(320);
  });
});
