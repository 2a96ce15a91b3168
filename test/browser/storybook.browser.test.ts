import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalog } from '@errata/catalog';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeViolations, runAxe, storyKind } from '@errata/test/axe';
import { launchChromium, type LaunchedChromium } from '@errata/test/chromium';
import { repoPath } from '@errata/test/repo';
import { serveDirectory, type StaticServer } from '../helpers/static-server.js';
import { StoryViewer } from '../helpers/storybook-page.js';
import { readStories, storybookStaticDir, type StoryEntry } from '../helpers/storybook.js';

/**
 * Every story of the built Storybook, in every built-in theme, in real Chromium: axe (WCAG 2.2 AA
 * + best practice, AAA contrast for built-in themes), reflow at 320 px, forced colours.
 * Needs `npm run build-storybook` first; `npm test` does that.
 */

// Read at collection time so each story is its own test; a missing build becomes a failing test.
let stories: StoryEntry[] = [];
/** Why the suite cannot run (no static Storybook, no Chromium): every test fails with it. */
let setupProblem: Error | undefined;
try {
  stories = readStories();
} catch (error) {
  setupProblem = error as Error;
}

function ready(): void {
  if (setupProblem) throw setupProblem;
}

const screenshotDir = repoPath('test-results', 'screenshots');

interface ThemePass {
  /** Label in test names, failure messages and screenshot file names. */
  readonly name: string;
  readonly globals: Readonly<Record<string, string>>;
  readonly colorScheme: 'light' | 'dark';
  /** Built-in themes promise AAA contrast for body text; a brand only AA. */
  readonly enhancedContrast: boolean;
  /** Reflow is checked where layout can differ: once per direction. */
  readonly reflow: boolean;
}

const passes: readonly ThemePass[] = [
  { name: 'light', globals: { theme: 'light' }, colorScheme: 'light', enhancedContrast: true, reflow: true },
  { name: 'dark', globals: { theme: 'dark' }, colorScheme: 'dark', enhancedContrast: true, reflow: false },
  { name: 'high-contrast', globals: { theme: 'high-contrast' }, colorScheme: 'light', enhancedContrast: true, reflow: false },
  { name: 'auto-light', globals: { theme: 'auto' }, colorScheme: 'light', enhancedContrast: true, reflow: false },
  { name: 'auto-dark', globals: { theme: 'auto' }, colorScheme: 'dark', enhancedContrast: true, reflow: false },
  { name: 'brand', globals: { theme: 'brand' }, colorScheme: 'light', enhancedContrast: false, reflow: false },
  // Right to left: components mirrored by the toolbar direction, catalog copy in Arabic.
  { name: 'rtl', globals: { theme: 'light', dir: 'rtl', locale: 'ar' }, colorScheme: 'light', enhancedContrast: true, reflow: true },
  // The other tones and locales (every story takes its copy from the toolbars): longer German
  // words at 320 px, Spanish friendly copy on the dark theme.
  { name: 'de-formal', globals: { theme: 'light', tone: 'formal', locale: 'de' }, colorScheme: 'light', enhancedContrast: true, reflow: true },
  { name: 'es-friendly', globals: { theme: 'dark', tone: 'friendly', locale: 'es' }, colorScheme: 'dark', enhancedContrast: true, reflow: false },
];

const desktop = { width: 1280, height: 800 };
const narrow = { width: 320, height: 640 };

let chromium: LaunchedChromium;
let server: StaticServer;
const startedAt = Date.now();

beforeAll(async () => {
  if (setupProblem) return;
  // Failures here (Chromium missing: the message says how to install it) fail every test below
  // with that message, rather than leaving them skipped.
  try {
    mkdirSync(screenshotDir, { recursive: true });
    server = await serveDirectory(storybookStaticDir);
    chromium = await launchChromium();
  } catch (error) {
    setupProblem = error as Error;
  }
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (!setupProblem) console.info(`storybook browser suite: ${stories.length} stories, ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
});

test('the static Storybook is built and Chromium starts', () => {
  ready();
  expect(stories.length).toBeGreaterThan(0);
});

test('every built-in catalog code has a Catalog story', () => {
  ready();
  const catalogStories = new Set(stories.filter((story) => story.title === 'Catalog').map((story) => story.exportName));
  const missing = builtinCatalog.codes.filter((code) => !catalogStories.has(code));
  expect(missing, 'add these codes to packages/react/src/CatalogErrorPage/CatalogErrorPage.stories.tsx').toEqual([]);
});

async function newPage(colorScheme: 'light' | 'dark', forcedColors: 'active' | 'none' = 'none'): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: desktop, reducedMotion: 'reduce' });
  await page.emulateMedia({ colorScheme, forcedColors });
  return page;
}

const fileSafe = (text: string) => text.replaceAll(/[^a-z0-9-]+/gi, '_');

describe.each(passes)('theme $name', (pass) => {
  let page: Page;
  let viewer: StoryViewer;
  beforeAll(async () => {
    if (setupProblem) return;
    page = await newPage(pass.colorScheme);
    viewer = new StoryViewer(page, server.url, pass.globals);
  });
  afterAll(async () => {
    await page?.close();
  });

  test.each(stories)('$id', async (story) => {
    ready();
    const kind = storyKind(story.title);
    const where = `story ${story.id}, theme ${pass.name}`;
    await page.setViewportSize(desktop);
    await viewer.show(story.id);

    const violations = await runAxe(page, { kind, enhancedContrast: pass.enhancedContrast });
    expect(
      violations.map((violation) => violation.id),
      `axe violations\n${describeViolations(where, violations)}`,
    ).toEqual([]);

    if (kind === 'page') {
      // Artifacts for looking at, not a visual-regression baseline.
      await page.screenshot({ path: join(screenshotDir, `${fileSafe(story.id)}--${pass.name}.png`), fullPage: !story.title.startsWith('Copy review') });
    }

    if (pass.reflow) {
      await page.setViewportSize(narrow);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
      expect(widths.scroll, `${where}: scrolls horizontally at 320 px (content ${widths.scroll} px wide)`).toBeLessThanOrEqual(widths.viewport);
    }
  });
});

/** A banner is a labelled region whose live region (`role=status|alert`) is its child. */
const bannerSelector = 'section[aria-labelledby]:has(> [role="status"], > [role="alert"])';

describe('forced colours (Windows high contrast)', () => {
  let page: Page;
  let viewer: StoryViewer;
  const checked = { banners: 0, focusRings: 0 };
  beforeAll(async () => {
    if (setupProblem) return;
    page = await newPage('light', 'active');
    viewer = new StoryViewer(page, server.url, { theme: 'light' });
  });
  afterAll(async () => {
    await page?.close();
  });

  test.each(stories)('$id keeps borders and focus visible', async (story) => {
    ready();
    const where = `story ${story.id}, forced colours`;
    await viewer.show(story.id);

    const borders = await page.$$eval(bannerSelector, (banners) =>
      banners.map((banner) => {
        const style = getComputedStyle(banner);
        const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
          width: parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
          style: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
          colour: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
        }));
        return {
          id: banner.id,
          visible: sides.some(
            (s) => s.width > 0 && s.style !== 'none' && s.style !== 'hidden' && s.colour !== 'transparent' && s.colour !== 'rgba(0, 0, 0, 0)',
          ),
          sides,
        };
      }),
    );
    for (const border of borders) {
      expect(border.visible, `${where}: banner #${border.id} has no visible border: ${JSON.stringify(border.sides)}`).toBe(true);
    }
    checked.banners += borders.length;

    // Keyboard focus, as a user gets it: Tab from the top of the page to the first link.
    const hasLink = await page.evaluate(() => document.querySelector('#storybook-root a[href]') !== null);
    if (hasLink) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      let focused = { tag: '', outlineStyle: 'none', outlineWidth: 0 };
      for (let presses = 0; presses < 20 && focused.tag !== 'A'; presses++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          const style = element ? getComputedStyle(element) : undefined;
          return { tag: element?.tagName ?? '', outlineStyle: style?.outlineStyle ?? 'none', outlineWidth: parseFloat(style?.outlineWidth ?? '0') };
        });
      }
      expect(focused.tag, `${where}: Tab never reached a link`).toBe('A');
      expect(focused.outlineStyle, `${where}: focused link has no outline`).not.toBe('none');
      expect(focused.outlineWidth, `${where}: focused link's outline is 0 px wide`).toBeGreaterThan(0);
      checked.focusRings += 1;
    }
  });

  test('the checks above found banners and links to check', () => {
    ready();
    expect(checked.banners, 'no story rendered a banner to check in forced colours').toBeGreaterThan(0);
    expect(checked.focusRings, 'no story had a link to focus in forced colours').toBeGreaterThan(0);
  });
});
