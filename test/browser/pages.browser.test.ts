import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { builtinCatalog, builtinLocales, directionOf, tones, type Tone } from '@errata/catalog';
import { createErrata, ErrataError, type Errata } from '@errata/server';
import { exampleBrand, type Brand, type ThemeName } from '@errata/tokens';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSource, describeViolations } from '@errata/test/axe';
import { axeRunOptions } from '@errata/test/axe-policy';
import { launchChromium, type LaunchedChromium } from '@errata/test/chromium';
import { repoPath } from '@errata/test/repo';
import type { Result } from 'axe-core';

/**
 * Every built-in page and a host page holding every banner, as the server sends them, in every
 * theme (light, dark, high contrast, auto under a dark system, the example brand), in every
 * built-in locale and every tone: axe (WCAG 2.2 AA + best practice, AAA contrast for built-in
 * themes), duplicate ids, unnamed or same-named landmarks, html-validate and the Nu HTML Checker.
 * Screenshots of every page and the banner page (light, dark, high contrast, brand; en and ar;
 * 1280 and 390 px) go to test-results/screenshots/pages/ for people to look at.
 *
 * Budget (two cores): one Chromium page reused with `setContent`; structure (ids, landmarks,
 * markup) does not depend on the theme, so html-validate and the Nu checker see each distinct
 * document once, and the Nu checker runs once over a directory of files.
 */

interface ThemePass {
  readonly name: string;
  readonly theme: ThemeName;
  readonly brand?: Brand;
  readonly scheme: 'light' | 'dark';
  /** Built-in themes promise AAA contrast; a brand only AA. */
  readonly enhancedContrast: boolean;
  /** Screenshots are taken in these passes. */
  readonly screenshots: boolean;
}

const passes: readonly ThemePass[] = [
  { name: 'light', theme: 'light', scheme: 'light', enhancedContrast: true, screenshots: true },
  { name: 'dark', theme: 'dark', scheme: 'dark', enhancedContrast: true, screenshots: true },
  { name: 'high-contrast', theme: 'high-contrast', scheme: 'light', enhancedContrast: true, screenshots: true },
  { name: 'auto-dark', theme: 'auto', scheme: 'dark', enhancedContrast: true, screenshots: false },
  { name: 'brand', theme: 'auto', brand: exampleBrand, scheme: 'light', enhancedContrast: false, screenshots: true },
];
const screenshotLocales = new Set(['en', 'ar']);
const widths = [1280, 390] as const;

const links = { home: '/', support: '/support', status: 'https://status.example.com/', signIn: '/sign-in' };
const bannerLinks = { ...links, signIn: '/session/extend', back: '/orders', retry: '/search?q=tickets' };
const moment = new Date(Date.UTC(2026, 10, 21, 14, 30));
const values = { since: moment, availableAt: moment, retryAt: moment, minutes: 5, maxSize: '10 MB', answersSaved: 'yes', retryAfterSeconds: 30 };

/** Host rules that would wreck a banner whose styles leaked: every banner must look the same under them. */
const hostileCss = `body{margin:0;font:16px/1.6 Georgia,serif;color:#1a1a1a;background:#fff}
header,main{max-width:46rem;margin:0 auto;padding:1rem}
p{margin:2.5em 0;font:italic 21px/3 Georgia,serif;color:#4a0000;letter-spacing:.15em;text-transform:uppercase;text-align:center}
a{color:#003300;font-weight:900;text-decoration:none}
section,[role=region]{padding:4rem;margin:3rem;background:#ffffe0;border:0;box-shadow:0 0 0 6px #444;display:block}
svg{width:100%;height:auto}
svg path,svg circle{fill:#c00}
div{padding:3px;margin:2px 0;border-left:4px solid #999}
.banners{display:grid;gap:.75rem;max-width:46rem;margin:1rem auto;padding:0 1rem}`;

const hostPageTitle: Record<string, string> = { en: 'Orders', es: 'Pedidos', de: 'Bestellungen', ar: 'الطلبات' };

interface Doc {
  readonly id: string;
  readonly pass: ThemePass;
  readonly locale: string;
  readonly tone: Tone;
  readonly html: string;
  readonly screenshot: boolean;
}

function instances(pass: ThemePass): Record<Tone, Errata> {
  return Object.fromEntries(
    tones.map((tone) => [
      tone,
      createErrata({
        mode: 'production',
        theme: pass.theme,
        defaultTone: tone,
        serviceName: 'Northwind Journeys',
        links,
        ...(pass.brand ? { brand: pass.brand } : {}),
      }),
    ]),
  ) as Record<Tone, Errata>;
}

function pageDocs(pass: ThemePass, errata: Record<Tone, Errata>): Doc[] {
  const docs: Doc[] = [];
  for (const entry of builtinCatalog.entries.filter((e) => e.kind === 'error')) {
    for (const locale of builtinLocales) {
      for (const tone of tones) {
        const error = new ErrataError(entry.code, {
          values,
          ...(entry.code === 'RATE_LIMITED' ? { retryAfter: 30 } : {}),
          ...(entry.code === 'VALIDATION_FAILED'
            ? { errors: [{ path: 'email', message: 'Enter an email address, like name@example.com' }, { message: 'Choose a delivery date' }] }
            : {}),
        });
        const res = errata[tone].render(error, {
          method: 'POST',
          url: '/orders/42',
          headers: { accept: 'text/html', 'accept-language': locale, host: 'shop.example', referer: 'https://shop.example/orders/42/edit' },
        });
        const id = `${entry.code.toLowerCase()}--${locale}--${tone}--${pass.name}`;
        docs.push({ id, pass, locale, tone, html: res.body, screenshot: pass.screenshots && tone === 'neutral' && screenshotLocales.has(locale) });
      }
    }
  }
  return docs;
}

function bannerDocs(pass: ThemePass, errata: Record<Tone, Errata>): Doc[] {
  return builtinLocales.flatMap((locale) =>
    tones.map((tone) => {
      const request = { headers: { 'accept-language': locale } };
      const banners = builtinCatalog.codes.map((code) =>
        errata[tone].renderBanner(code, { request, values, links: bannerLinks, dismissHref: `/banners/dismiss?code=${code}` }),
      );
      const html =
        `<!DOCTYPE html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8" />` +
        `<meta name="viewport" content="width=device-width, initial-scale=1" /><title>${hostPageTitle[locale]} – Northwind</title>` +
        `<style>${banners[0]?.css ?? ''}</style><style>${hostileCss}</style></head><body>` +
        `<header><p>Northwind</p></header><div class="banners">${banners.map((b) => b.html).join('')}</div>` +
        `<main><h1>${hostPageTitle[locale]}</h1><p>3</p></main></body></html>`;
      const id = `banners--${locale}--${tone}--${pass.name}`;
      return { id, pass, locale, tone, html, screenshot: pass.screenshots && tone === 'neutral' && screenshotLocales.has(locale) };
    }),
  );
}

const docs: Doc[] = passes.flatMap((pass) => {
  const errata = instances(pass);
  return [...pageDocs(pass, errata), ...bannerDocs(pass, errata)];
});

const screenshotDir = repoPath('test-results', 'screenshots', 'pages');
let chromium: LaunchedChromium;
let page: Page;
const timings = { axe: 0, screenshots: 0, htmlValidate: 0, nu: 0 };
const startedAt = Date.now();

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  chromium = await launchChromium();
  page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
});

afterAll(async () => {
  await chromium?.close();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.info(
    `pages browser suite: ${docs.length} documents; axe + DOM checks ${s(timings.axe)}, screenshots ${s(timings.screenshots)}, ` +
      `html-validate ${s(timings.htmlValidate)}, Nu checker ${s(timings.nu)}; total ${s(Date.now() - startedAt)}`,
  );
});

interface Structure {
  readonly duplicateIds: string[];
  readonly unnamedLandmarks: string[];
  readonly sameNamedLandmarks: string[];
  readonly brokenReferences: string[];
}

/** Ids, landmark names and id references, read from the DOM as assistive technology would. */
async function structure(target: Page): Promise<Structure> {
  return target.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    const duplicateIds = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
    const nameOf = (element: Element): string => {
      const labelledby = element.getAttribute('aria-labelledby');
      if (labelledby) {
        return labelledby
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
          .join(' ')
          .trim();
      }
      return element.getAttribute('aria-label')?.trim() ?? '';
    };
    const roleOf = (element: Element): string | undefined => {
      const explicit = element.getAttribute('role');
      if (explicit === 'region') return nameOf(element) ? 'region' : 'section-unnamed';
      if (explicit) return ['banner', 'main', 'contentinfo', 'navigation', 'complementary', 'search', 'form'].includes(explicit) ? explicit : undefined;
      const tag = element.tagName.toLowerCase();
      const sectioning = element.parentElement?.closest('article, aside, main, nav, section');
      if (tag === 'main') return 'main';
      if (tag === 'nav') return 'navigation';
      if (tag === 'aside') return 'complementary';
      if (tag === 'header') return sectioning ? undefined : 'banner';
      if (tag === 'footer') return sectioning ? undefined : 'contentinfo';
      if (tag === 'section') return nameOf(element) ? 'region' : 'section-unnamed';
      return undefined;
    };
    const landmarks = [...document.body.querySelectorAll('*')].flatMap((element) => {
      const role = roleOf(element);
      return role ? [{ role, name: nameOf(element), where: element.id || element.tagName.toLowerCase() }] : [];
    });
    const unnamedLandmarks = landmarks.filter((l) => l.role === 'section-unnamed').map((l) => l.where);
    const keys = landmarks.filter((l) => l.role !== 'section-unnamed').map((l) => `${l.role}: ${l.name}`);
    const sameNamedLandmarks = [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
    const brokenReferences = [...document.querySelectorAll('[aria-labelledby], [aria-describedby], a[href^="#"]')].flatMap((element) => {
      const refs = [
        ...(element.getAttribute('aria-labelledby') ?? '').split(/\s+/),
        ...(element.getAttribute('aria-describedby') ?? '').split(/\s+/),
        ...(element.getAttribute('href')?.startsWith('#') ? [element.getAttribute('href')?.slice(1) ?? ''] : []),
      ].filter(Boolean);
      return refs.filter((ref) => document.getElementById(ref) === null).map((ref) => `${element.tagName.toLowerCase()} -> #${ref}`);
    });
    return { duplicateIds, unnamedLandmarks, sameNamedLandmarks, brokenReferences };
  });
}

async function axe(target: Page, enhancedContrast: boolean): Promise<Result[]> {
  if (!(await target.evaluate(() => '__errataAxe' in window))) {
    await target.addScriptTag({ content: `${axeSource()}\nwindow.__errataAxe = window.axe;` });
  }
  const options = axeRunOptions({ kind: 'page', enhancedContrast });
  return target.evaluate(async (runOptions) => {
    const engine = (window as unknown as { __errataAxe: typeof import('axe-core') }).__errataAxe;
    return (await engine.run(document, runOptions)).violations;
  }, options);
}

describe.each(passes)('theme $name', (pass) => {
  beforeAll(async () => {
    await page.emulateMedia({ colorScheme: pass.scheme, reducedMotion: 'reduce' });
  });

  test.each(docs.filter((doc) => doc.pass === pass).map((doc) => ({ ...doc, label: doc.id })))('$label', async (doc) => {
    const began = Date.now();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.setContent(doc.html, { waitUntil: 'load' });
    const violations = await axe(page, pass.enhancedContrast);
    expect(
      violations.map((v) => v.id),
      `axe violations\n${describeViolations(doc.id, violations)}`,
    ).toEqual([]);
    const found = await structure(page);
    expect(found, doc.id).toEqual({ duplicateIds: [], unnamedLandmarks: [], sameNamedLandmarks: [], brokenReferences: [] });
    timings.axe += Date.now() - began;

    if (doc.screenshot) {
      const shot = Date.now();
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${doc.id} at ${width}px scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(screenshotDir, `${doc.id.replace(/--neutral/, '')}--${width}.png`), fullPage: true });
      }
      timings.screenshots += Date.now() - shot;
    }
  });
});

describe('banners on a hostile host page', () => {
  // The same banners on a page with no host rules: every part must compute the same styles.
  const properties = [
    'margin-top',
    'margin-bottom',
    'padding-top',
    'padding-left',
    'font-family',
    'font-size',
    'font-style',
    'line-height',
    'letter-spacing',
    'text-transform',
    'text-align',
    'color',
    'background-color',
    'box-shadow',
    'text-decoration-line',
    'width',
    'fill',
  ];
  const computed = (target: Page) =>
    target.evaluate((names) => {
      const banners = [...document.querySelectorAll('.banners > section')];
      return banners.map((banner) =>
        [banner, ...banner.querySelectorAll('*')].map((element) => {
          const style = getComputedStyle(element);
          return `${element.tagName.toLowerCase()} ${names.map((name) => `${name}=${style.getPropertyValue(name)}`).join(' ')}`;
        }),
      );
    }, properties);

  for (const pass of passes.filter((p) => p.screenshots)) {
    test(`theme ${pass.name}: host rules for p, a, section, svg, path and div change nothing in a banner`, async () => {
      const doc = docs.find((d) => d.pass === pass && d.id === `banners--en--neutral--${pass.name}`);
      if (!doc) throw new Error('no banner page');
      await page.emulateMedia({ colorScheme: pass.scheme });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.setContent(doc.html, { waitUntil: 'load' });
      const hostile = await computed(page);
      const calm = doc.html.replace(
        `<style>${hostileCss}</style>`,
        '<style>.banners{display:grid;gap:.75rem;max-width:46rem;margin:1rem auto;padding:0 1rem}</style>',
      );
      await page.setContent(calm, { waitUntil: 'load' });
      expect(hostile).toEqual(await computed(page));
      expect(hostile.length).toBe(builtinCatalog.codes.length);
    });
  }
});

describe('markup validators', () => {
  // Theme and brand change classes and CSS, not structure: one document per (code or banner
  // page, locale, tone), from the light pass, plus the brand pass's (its CSS and logo differ).
  const distinct = docs.filter((doc) => doc.pass.name === 'light' || doc.pass.name === 'brand');

  test(`html-validate (html-validate:recommended): ${distinct.length} documents`, async () => {
    const began = Date.now();
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const doc of distinct) {
      const report = await validator.validateString(doc.html, repoPath('test', 'browser', `${doc.id}.html`));
      for (const result of report.results) for (const m of result.messages) problems.push(`${doc.id}: ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
    timings.htmlValidate = Date.now() - began;
    expect(problems).toEqual([]);
  });

  test(`the Nu HTML Checker (vnu.jar): ${distinct.length} documents in one run`, async () => {
    const began = Date.now();
    const jar = createRequire(import.meta.url)('vnu-jar') as string;
    const dir = mkdtempSync(join(tmpdir(), 'errata-vnu-'));
    try {
      for (const doc of distinct) writeFileSync(join(dir, `${doc.id}.html`), doc.html);
      let output: string;
      try {
        const run = await promisify(execFile)('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--also-check-css', '--skip-non-html', dir], {
          maxBuffer: 64 * 1024 * 1024,
        });
        output = run.stderr || run.stdout;
      } catch (error) {
        const failed = error as NodeJS.ErrnoException & { stderr?: string; stdout?: string };
        if (failed.code === 'ENOENT') throw new Error('java not found: the Nu HTML Checker needs a Java runtime (apt-get install -y default-jre-headless)');
        output = failed.stderr || failed.stdout || String(error);
      }
      const messages = (JSON.parse(output) as { messages: { type: string; subType?: string; url?: string; message: string; extract?: string }[] }).messages;
      const problems = messages
        .filter((m) => m.type === 'error' || (m.type === 'info' && m.subType === 'warning'))
        .map((m) => `${(m.url ?? '').split('/').pop()}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message} [${(m.extract ?? '').slice(0, 120)}]`);
      timings.nu = Date.now() - began;
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
