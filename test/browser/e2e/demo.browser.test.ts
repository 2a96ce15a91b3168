import { mkdirSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import type { Result } from 'axe-core';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalog, formatMessage, uiStrings } from '@errata/catalog';
import { scenarios, startDemo, type Demo } from '@errata/demo';
import { axeRunOptions, axeSource, describeViolations } from '@errata/test/axe';
import { launchChromium, type LaunchedChromium } from '@errata/test/chromium';
import { repoPath } from '@errata/test/repo';

const screenshots = repoPath('test-results/screenshots/e2e');

/** The title people see for a code, from the catalog (the renderer's source, not its output). */
function catalogTitle(code: string, locale = 'en'): string {
  return formatMessage(builtinCatalog, code, { locale, tone: 'neutral' }).title;
}

/** The words of the support link in a code's alternative path, from the catalog. */
function supportLinkText(code: string, tone: 'neutral' | 'formal' = 'neutral'): string {
  const alternative = formatMessage(builtinCatalog, code, { locale: 'en', tone }).alternative ?? [];
  const link = alternative.find((part) => typeof part !== 'string' && part.tag === 'support');
  if (!link || typeof link === 'string') throw new Error(`${code}: the catalog's alternative has no support link`);
  return link.children;
}

/**
 * Every error page's alternative path ("Contact support if you need help") links to the demo's
 * support page, carrying the page's reference (`supportReferenceParam: 'reference'`), so the
 * support form is filled in.
 */
async function expectSupportLink(page: Page, code: string, href = '/support', tone: 'neutral' | 'formal' = 'neutral') {
  const link = page.locator('main').getByRole('link', { name: supportLinkText(code, tone), exact: true });
  await expect(link.count(), `${code}: one support link`).resolves.toBe(1);
  const reference = (await page.locator('main code').first().textContent()) ?? '';
  expect(reference, `${code}: the page shows a reference`).toMatch(/^[0-9a-f]{32}$/);
  await expect(link.getAttribute('href'), `${code}: support link`).resolves.toBe(`${href}${href.includes('?') ? '&' : '?'}reference=${reference}`);
}

let demo: Demo;
let chromium: LaunchedChromium;
let browser: Browser;
let context: BrowserContext;
/** Console errors per page, e.g. a style the CSP refused. */
const consoleErrors = new WeakMap<Page, string[]>();

async function openPage(): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => {
    // The browser logs every error status it receives; that is the scenario, not a fault.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  return page;
}

/**
 * axe in the page as served: evaluated through the DevTools protocol, so the page's strict CSP
 * (no script at all) stays on and styles are checked exactly as a visitor gets them.
 */
async function axe(page: Page): Promise<Result[]> {
  await page.evaluate(axeSource());
  const options = axeRunOptions({ kind: 'page', enhancedContrast: false });
  return page.evaluate(async (opts) => {
    const run = (window as unknown as { axe: typeof import('axe-core') }).axe.run;
    return (await run(document, opts)).violations;
  }, options);
}

async function check(page: Page, response: Response | null, name: string, expected: { status: number; h1: string }) {
  expect(response, `${name}: no response`).not.toBeNull();
  expect(response!.status(), `${name}: status`).toBe(expected.status);
  const h1 = page.locator('h1');
  await expect(h1.count(), `${name}: exactly one h1`).resolves.toBe(1);
  expect((await h1.innerText()).trim(), `${name}: h1`).toBe(expected.h1);
  // GOV.UK's rule: the <title> says the same as the h1 (the site name may follow).
  expect(await page.title(), `${name}: title`).toMatch(new RegExp(`^(Error: )?${expected.h1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( – |$)`));
  const violations = await axe(page);
  expect(violations, describeViolations(name, violations)).toEqual([]);
  expect(consoleErrors.get(page), `${name}: console errors (CSP?)`).toEqual([]);
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  chromium = await launchChromium();
  browser = chromium.browser;
  context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'en-GB' });
  // Short breaker timings so the degraded/recovered cycle fits a test, yet an open time (5 s) longer
  // than the checks made while it is open; a slow mode that outlasts the timeout.
  demo = await startDemo({
    port: 0,
    slowMs: 2000,
    // A long window so a slow machine cannot see it reset mid-test.
    rateLimit: { points: 5, seconds: 60 },
    search: { timeoutMs: 400, maxAttempts: 1, initialDelayMs: 10, maxDelayMs: 50, breakAfter: 2, halfOpenAfterMs: 5000 },
  });
});

afterAll(async () => {
  await context?.close();
  await chromium?.close();
  await demo?.close();
});

describe('demo pages in Chromium', () => {
  it('the index lists every scenario and its API route', async () => {
    const page = await openPage();
    const response = await page.goto(`${demo.url}/`);
    await check(page, response, 'index', { status: 200, h1: 'Errata demo' });
    for (const s of scenarios) {
      await expect(page.locator(`a[href="${s.path}"]`).count(), s.id).resolves.toBe(1);
      await expect(page.locator(`a[href="${s.apiPath.replaceAll('"', '\\"')}"]`).count(), s.apiPath).resolves.toBe(1);
    }
    await page.close();
  });

  for (const s of scenarios.filter((x) => x.id !== 'validation' && x.id !== 'rate-limited')) {
    it(`${s.label}: ${s.status} page`, async () => {
      const page = await openPage();
      const response = await page.goto(`${demo.url}${s.path}`);
      await check(page, response, s.id, { status: s.status, h1: catalogTitle(s.code) });
      // Production mode: nothing internal reaches the page.
      expect(await page.content()).not.toMatch(/TypeError|seats|at .+\.js:\d+|ECONNREFUSED|127\.0\.0\.1:\d+/);
      await expectSupportLink(page, s.code);
      await page.close();
    });
  }

  it('validation: bad input re-renders the form with an error summary and inline messages (422)', async () => {
    const page = await openPage();
    const blank = await page.goto(`${demo.url}/account/email`);
    await check(page, blank, 'validation-form', { status: 200, h1: 'Change your email address' });
    await page.fill('#name', 'Ada Lovelace');
    await page.fill('#email', 'not-an-address');
    const [response] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await check(page, response, 'validation-error', { status: 422, h1: 'Change your email address' });
    expect(await page.title()).toMatch(/^Error: /);
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(1);
    const summaryLink = summary.getByRole('link');
    await expect(summaryLink.getAttribute('href')).resolves.toBe('#email');
    const input = page.locator('#email');
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain('email-error');
    await expect(page.locator('#email-error').innerText()).resolves.toContain(await summaryLink.innerText());
    await expect(input.inputValue()).resolves.toBe('not-an-address');
    await expect(page.locator('#name').getAttribute('aria-invalid')).resolves.toBeNull();
    await page.close();
  });

  it('rate limited: 5 requests pass, the 6th is a 429 carrying the limiter’s wait', async () => {
    const page = await openPage();
    for (let i = 0; i < 5; i++) {
      const ok = await page.goto(`${demo.url}/rate-limited`);
      if (i === 0) await check(page, ok, 'rate-allowed', { status: 200, h1: 'Request allowed' });
      else expect(ok?.status()).toBe(200);
    }
    const limited = await page.goto(`${demo.url}/rate-limited`);
    const retryAfter = Number(limited?.headers()['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    await check(page, limited, 'rate-limited', { status: 429, h1: catalogTitle('RATE_LIMITED') });
    // The page states the same wait as the header ({retryAfterSeconds}).
    expect(await page.locator('main').innerText()).toContain(String(retryAfter));
    await expectSupportLink(page, 'RATE_LIMITED');
    await page.close();
  });

  for (const variant of [
    { name: 'dark', query: 'theme=dark' },
    { name: 'high-contrast', query: 'theme=high-contrast' },
    { name: 'brand', query: 'theme=brand' },
    { name: 'formal', query: 'tone=formal' },
  ]) {
    it(`variant ${variant.name}: index and an error page stay accessible`, async () => {
      const page = await openPage();
      const index = await page.goto(`${demo.url}/?${variant.query}`);
      await check(page, index, `index-${variant.name}`, { status: 200, h1: 'Errata demo' });
      // Links carry the variant.
      await expect(page.locator(`a[href="/forbidden?${variant.query}"]`).count()).resolves.toBe(1);
      const tone = variant.name === 'formal' ? 'formal' : 'neutral';
      const h1 = formatMessage(builtinCatalog, 'FORBIDDEN', { locale: 'en', tone }).title;
      const again = await page.goto(`${demo.url}/forbidden?${variant.query}`);
      await check(page, again, `forbidden-${variant.name}`, { status: 403, h1 });
      await expectSupportLink(page, 'FORBIDDEN', `/support?${variant.query}`, tone);
      await page.close();
    });
  }

  it("session expired: the one main action is the catalog's sign-in step, to the sign-in page, not repeated", async () => {
    const page = await openPage();
    await page.goto(`${demo.url}/session-expired`);
    // The catalog's next step ("<link>Sign in again</link> to continue.") is the button, once.
    const step = formatMessage(builtinCatalog, 'SESSION_EXPIRED', { locale: 'en' })
      .nextSteps.flat()
      .find((p) => typeof p !== 'string' && p.tag === 'signIn');
    if (!step || typeof step === 'string') throw new Error('SESSION_EXPIRED: the catalog has no sign-in step');
    const signIn = page.locator('main').getByRole('link', { name: step.children, exact: true });
    await expect(signIn.count()).resolves.toBe(1);
    await expect(signIn.getAttribute('href')).resolves.toBe('/sign-in');
    await expect(page.locator('main a[href="/sign-in"]').count()).resolves.toBe(1);
    await expect(page.locator('main li').filter({ hasText: step.children }).count()).resolves.toBe(0);
    await expect(
      page
        .locator('main')
        .getByRole('link', { name: uiStrings('en').home, exact: true })
        .count(),
    ).resolves.toBe(0);
    await Promise.all([page.waitForNavigation(), signIn.click()]);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.close();
  });

  it('sign in: empty fields get an error summary (422); then it returns to a same-origin `next` with the preferences', async () => {
    const page = await openPage();
    const blank = await page.goto(`${demo.url}/sign-in?next=${encodeURIComponent('/forbidden')}&theme=dark`);
    await check(page, blank, 'sign-in', { status: 200, h1: 'Sign in' });
    await expect(page.getByLabel('Email address').getAttribute('type')).resolves.toBe('email');
    await expect(page.getByLabel('Password').getAttribute('type')).resolves.toBe('password');

    const [invalid] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Sign in' }).click()]);
    await check(page, invalid, 'sign-in-error', { status: 422, h1: 'Sign in' });
    expect(await page.title()).toMatch(/^Error: /);
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(1);
    await expect(summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(['#email', '#password']);
    await expect(page.locator('#password').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(((await page.locator('#password').getAttribute('aria-describedby')) ?? '').split(' ')).toContain('password-error');

    await page.fill('#email', 'ada@example.com');
    await page.fill('#password', 'correct horse');
    const [back] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Sign in' }).click()]);
    expect(back?.status()).toBe(403);
    const landed = new URL(page.url());
    expect(`${landed.origin}${landed.pathname}${landed.search}`).toBe(`${demo.url}/forbidden?theme=dark`);

    // A hostile `next` is dropped: signing in lands on this demo's home page.
    await page.goto(`${demo.url}/sign-in?next=${encodeURIComponent('//evil.example/phish')}`);
    await page.fill('#email', 'ada@example.com');
    await page.fill('#password', 'x');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Sign in' }).click()]);
    expect(page.url()).toBe(`${demo.url}/`);
    await page.close();
  });

  it('support: contact details, and a pasted reference is checked', async () => {
    const page = await openPage();
    const response = await page.goto(`${demo.url}/support?tone=formal`);
    await check(page, response, 'support', { status: 200, h1: 'Contact support' });
    await expect(page.locator('main a[href^="mailto:"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('main a[href^="tel:"]').count()).resolves.toBe(1);
    expect(await page.locator('main').innerText()).toMatch(/quote the reference shown on the error page/i);

    await page.getByLabel('Reference (optional)').fill('not a reference');
    const [invalid] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Check reference' }).click()]);
    await check(page, invalid, 'support-error', { status: 200, h1: 'Contact support' });
    expect(await page.title()).toMatch(/^Error: /);
    await expect(page.getByRole('alert').getByRole('link').getAttribute('href')).resolves.toBe('#reference');
    // The GET form keeps the preview preferences.
    expect(new URL(page.url()).searchParams.get('tone')).toBe('formal');

    // A reference copied from a real error page.
    await page.goto(`${demo.url}/forbidden`);
    const reference = (await page.locator('main code').first().innerText()).trim();
    await page.goto(`${demo.url}/support`);
    await page.getByLabel('Reference (optional)').fill(` ${reference.toUpperCase()} `);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Check reference' }).click()]);
    const status = page.getByRole('status');
    await expect(status.innerText()).resolves.toContain(reference);
    await expect(status.getByRole('link').getAttribute('href')).resolves.toContain(encodeURIComponent(reference));
    await page.close();
  });

  it('language ar: the error page is Arabic, right to left', async () => {
    const page = await openPage();
    const response = await page.goto(`${demo.url}/maintenance?lang=ar`);
    await check(page, response, 'maintenance-ar', { status: 503, h1: catalogTitle('MAINTENANCE', 'ar') });
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
    await page.close();
  });
});

describe('API routes answer problem+json', () => {
  for (const s of scenarios) {
    it(`${s.apiPath} -> ${s.status}`, async () => {
      const response = await fetch(`${demo.url}${s.apiPath}`, {
        headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
      });
      if (s.id === 'rate-limited') {
        // The API has its own window; spend it first.
        for (let i = 0; i < 5 && response.status === 200; i++) await fetch(`${demo.url}${s.apiPath}`).then((r) => r.arrayBuffer());
        return expectProblem(await fetch(`${demo.url}${s.apiPath}`), s);
      }
      return expectProblem(response, s);
    });
  }

  async function expectProblem(response: globalThis.Response, s: (typeof scenarios)[number]) {
    expect(response.status).toBe(s.status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json\b/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.status).toBe(response.status);
    expect(typeof body.type).toBe('string');
    // RFC 9457: with `about:blank` the title is the reason phrase; with a reference URL, the code's title.
    expect(body.title).toBe(body.type === 'about:blank' ? STATUS_CODES[s.status] : catalogTitle(s.code));
    expect(body.code).toBe(s.code);
    expect(body.traceId).toMatch(/^[0-9a-f]{32}$/);
    if (s.id === 'rate-limited') expect(String(body.retryAfter)).toBe(response.headers.get('retry-after'));
    if (s.id === 'validation') expect(body.errors).toEqual([{ path: '/email', message: expect.stringMatching(/email address/) }]);
    if (s.id !== 'rate-limited' && s.id !== 'validation' && s.id !== 'not-found') {
      expect(body.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    }
  }
});

describe('upstream, circuit breaker and the DEGRADED banner', () => {
  const bannerTitle = () => catalogTitle('DEGRADED');
  const banner = (page: Page) => page.locator('section[aria-labelledby]', { hasText: bannerTitle() });

  async function setUpstream(page: Page, mode: string) {
    await page.goto(`${demo.url}/`);
    await Promise.all([page.waitForNavigation(), page.click(`form:has(input[name=set][value=${mode}]) button`)]);
    await expect(page.locator(`form:has(input[name=set][value=${mode}]) button`).getAttribute('aria-pressed')).resolves.toBe('true');
  }

  it('down -> saved results under a DEGRADED banner; unseen queries get a 503 with Retry-After; healthy -> banner gone', async () => {
    const page = await openPage();
    const fresh = await page.goto(`${demo.url}/search?q=circuit`);
    await check(page, fresh, 'search-fresh', { status: 200, h1: 'Search articles' });
    await expect(banner(page).count()).resolves.toBe(0);
    await expect(page.locator('main li', { hasText: 'Circuit breakers explained' }).count()).resolves.toBe(1);

    await setUpstream(page, 'down');
    const degraded = await page.goto(`${demo.url}/search?q=circuit`);
    await check(page, degraded, 'search-degraded', { status: 200, h1: 'Search articles' });
    await expect(banner(page).count()).resolves.toBe(1);
    await expect(page.locator('main li', { hasText: 'Circuit breakers explained' }).count()).resolves.toBe(1);

    // Open breaker, nothing saved for this query: the 503 page with the breaker's remaining time.
    const unseen = await page.goto(`${demo.url}/search?q=never-searched`);
    expect(Number(unseen?.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
    await check(page, unseen, 'search-unavailable', { status: 503, h1: catalogTitle('SERVICE_UNAVAILABLE') });

    // The API twin says the same in JSON: saved results flagged as degraded, or a 503 problem.
    const saved = await fetch(`${demo.url}/api/search?q=circuit`);
    expect(saved.status).toBe(200);
    await expect(saved.json()).resolves.toMatchObject({ degraded: true, results: [{ title: 'Circuit breakers explained' }] });
    const refused = await fetch(`${demo.url}/api/search?q=also-never-searched`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json\b/);
    const problem = (await refused.json()) as { code: string; retryAfter?: unknown };
    expect(problem.code).toBe('SERVICE_UNAVAILABLE');
    expect(String(problem.retryAfter)).toBe(refused.headers.get('retry-after'));

    await setUpstream(page, 'healthy');
    // Half-open after 5 s: the first trial call closes the breaker. Bounded polling, not a timing assertion.
    let recovered: Response | null = null;
    for (let attempt = 0; attempt < 80; attempt++) {
      recovered = await page.goto(`${demo.url}/search?q=circuit`);
      if ((await banner(page).count()) === 0) break;
      await page.waitForTimeout(250);
    }
    await expect(banner(page).count()).resolves.toBe(0);
    await check(page, recovered, 'search-recovered', { status: 200, h1: 'Search articles' });
    await page.close();
  });
});
