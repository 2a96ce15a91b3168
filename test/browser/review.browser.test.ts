// `errata review` writes a static site a designer opens from disk: every page of it passes axe in
// real Chromium (from file:// URLs, as a designer opens it), previews included, and it lists every
// code x locale x tone of the catalog it reviews.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogFromSource, tones } from '@errata/catalog';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSource, describeViolations, runAxe } from '@errata/test/axe';
import { launchChromium, type LaunchedChromium } from '@errata/test/chromium';
import { repoPath } from '@errata/test/repo';

// A brand's catalog: one code of its own written in English only, so the site shows fallbacks.
const source = {
  extends: 'builtin',
  entries: [
    {
      code: 'CART_EXPIRED',
      status: 410,
      category: 'checkout',
      cause: 'client',
      recoverability: 'user-fixable',
      severity: 'low',
      action: 'go-back',
      causeKnown: true,
      when: 'The cart was left for longer than it is kept.',
      operator: { summary: 'Cart expired.', component: 'checkout', remediation: 'None.' },
      messages: {
        en: {
          neutral: { title: 'Your cart has expired', description: 'We keep items in a cart for one hour.', nextSteps: ['Add the items to your cart again.'] },
        },
      },
    },
  ],
};
const brand = { name: 'Acme Travel', homeHref: '/', colors: { brand: '#7a1f5c', textOnBrand: '#ffffff', link: '#7a1f5c', focusRing: '#7a1f5c' } };

const dir = mkdtempSync(join(tmpdir(), 'errata-review-browser-'));
const out = join(dir, 'site');
let chromium: LaunchedChromium;
let page: Page;

beforeAll(async () => {
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(source));
  writeFileSync(join(dir, 'brand.json'), JSON.stringify(brand));
  const run = spawnSync(
    process.execPath,
    [repoPath('packages/cli/dist/cli.js'), 'review', '--out', out, join(dir, 'catalog.json'), '--brand', join(dir, 'brand.json')],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (run.status !== 0) throw new Error(`errata review failed (${run.status}): ${run.stderr}${run.stdout}`);
  chromium = await launchChromium();
  page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page from disk and runs the repo's axe policy on it and on its preview frame. */
async function axeOn(path: string): Promise<string> {
  await page.goto(pathToFileURL(join(out, path)).href, { waitUntil: 'load' });
  // axe checks frames with its own copy in each: put one in the preview before the run.
  for (const frame of page.frames()) if (frame !== page.mainFrame()) await frame.addScriptTag({ content: axeSource() });
  return describeViolations(path, await runAxe(page, { kind: 'page', enhancedContrast: false }));
}

describe('errata review site', () => {
  const catalog = catalogFromSource(source);

  it('lists every code x locale x tone in the index', async () => {
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    const listed = await page.$$eval('tbody th a', (links) => links.map((a) => a.getAttribute('href')));
    const expected = catalog.codes.flatMap((code) => catalog.locales.flatMap((locale) => tones.map((tone) => `messages/${code}/${locale}-${tone}.html`)));
    expect(listed.sort()).toEqual(expected.sort());
  });

  // The index and every filter page.
  const indexes = [
    'index.html',
    ...catalog.locales.map((l) => `locale-${l}.html`),
    ...tones.map((t) => `tone-${t}.html`),
    'errors.html',
    'warnings.html',
    'fallbacks.html',
  ];
  it.each(indexes)('%s passes axe', async (path) => {
    expect(await axeOn(path)).toBe('');
  });

  // A message page of every kind, locale and tone: a built-in error, a notice (banner) and the
  // English-only code seen in every locale (fallback copy, right to left around it in Arabic).
  const messages = [
    ...catalog.locales.flatMap((locale) => tones.map((tone) => `messages/NOT_FOUND/${locale}-${tone}.html`)),
    'messages/DEGRADED/en-neutral.html',
    'messages/DEGRADED/ar-friendly.html',
    'messages/CART_EXPIRED/en-neutral.html',
    'messages/CART_EXPIRED/es-friendly.html',
    'messages/CART_EXPIRED/ar-formal.html',
  ];
  it.each(messages)('%s passes axe, with its preview', async (path) => {
    expect(await axeOn(path)).toBe('');
  });

  it('lays Arabic copy out right to left', async () => {
    await page.goto(pathToFileURL(join(out, 'messages/NOT_FOUND/ar-neutral.html')).href);
    const directions = await page.$$eval('dd[lang="ar"]', (cells) => cells.map((cell) => getComputedStyle(cell).direction));
    expect(directions.length).toBeGreaterThan(2);
    expect(new Set(directions)).toEqual(new Set(['rtl']));
    const preview = page.frames().find((frame) => frame !== page.mainFrame());
    expect(await preview?.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('rtl');
  });

  it('writes a page as sent for every message', () => {
    const written = catalog.codes.flatMap((code) => readdirSync(join(out, 'pages', code)).map((file) => `${code}/${file}`));
    expect(written).toHaveLength(catalog.codes.length * catalog.locales.length * tones.length);
  });
});
