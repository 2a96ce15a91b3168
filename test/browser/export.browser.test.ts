import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSource, describeViolations, runAxe } from '@errata/test/axe';
import { launchChromium, type LaunchedChromium } from '@errata/test/chromium';
import { validateDocument } from '@errata/test/react';
import { packagePath } from '@errata/test/repo';

/**
 * Every HTML page `errata export` writes, as a proxy serves it (with the page's CSP header, and
 * a request id where the proxies put theirs), in real Chromium: axe (WCAG 2.2 AA + best practice,
 * AAA contrast: the default theme promises it) in the light and dark schemes, the inline style
 * allowed by the CSP (no violation), and no request but the page itself. html-validate on each.
 * Pages with the same bytes (a status page and its code's page) are checked once.
 */

const origin = 'http://errata-export.test';
const requestId = '4bf92f3577b34da6a3ce929d0e0e4736';

interface ExportedPage {
  /** The files that serve these bytes, for failure messages. */
  readonly files: string[];
  readonly html: string;
}

let chromium: LaunchedChromium;
let exportDir: string;
let csp: string;
const pages = new Map<string, ExportedPage>();

function add(file: string, html: string): void {
  const known = pages.get(html);
  if (known) known.files.push(file);
  else pages.set(html, { files: [file], html });
}

beforeAll(async () => {
  exportDir = mkdtempSync(join(tmpdir(), 'errata-export-a11y-'));
  const run = spawnSync(
    process.execPath,
    [packagePath('@errata/cli', 'dist/cli.js'), 'export', '--out', exportDir, '--service-name', 'Acme Shop', '--link', 'home=/'],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`errata export failed:\n${run.stderr}`);
  const manifest = JSON.parse(readFileSync(join(exportDir, 'manifest.json'), 'utf8')) as { contentSecurityPolicy: string };
  csp = manifest.contentSecurityPolicy;
  const read = (path: string) => readFileSync(join(exportDir, path), 'utf8');
  const html = (dir: string) =>
    readdirSync(join(exportDir, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => `${dir}/${f}`);
  for (const file of [...html('pages'), ...html('codes')]) add(file, read(file));
  // What nginx, Caddy and HAProxy send: the marked pages with the proxy's id filled in.
  for (const file of html('nginx')) add(file, read(file).replaceAll('ERRATA_REQUEST_ID', requestId));
  for (const file of html('caddy')) add(file, read(file).replaceAll('[[errata: placeholder "http.request.uuid"]]', requestId));
  for (const file of readdirSync(join(exportDir, 'haproxy'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html.lf'))) {
    add(`haproxy/${file}`, read(`haproxy/${file}`).replaceAll('%[unique-id]', requestId).replaceAll('%%', '%'));
  }
  for (const file of readdirSync(join(exportDir, 'haproxy/errorfiles')))
    add(`haproxy/errorfiles/${file}`, read(`haproxy/errorfiles/${file}`).split('\r\n\r\n')[1] as string);
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  if (exportDir) rmSync(exportDir, { recursive: true, force: true });
});

describe('exported pages', () => {
  test('every proxy variant is one of the pages checked here (nothing else is served)', () => {
    // Each marked page, once its id is filled in, is byte for byte one page: the three proxies
    // send the same documents, so checking one set checks all.
    const marked = [...pages.values()].filter((p) => p.html.includes(requestId));
    for (const page of marked) {
      const proxies = new Set(page.files.map((f) => f.split('/')[0]));
      expect([...proxies].sort(), page.files.join(', ')).toEqual(['caddy', 'haproxy', 'nginx']);
    }
    expect(marked.length).toBeGreaterThan(0);
    expect(pages.size).toBeGreaterThan(marked.length);
  });

  test('html-validate: every page is valid', async () => {
    const failures: string[] = [];
    for (const page of pages.values()) {
      const result = await validateDocument(page.html);
      if (!result.valid) failures.push(`${page.files[0]}:\n  ${result.messages.join('\n  ')}`);
    }
    expect(failures).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe in Chromium (${scheme}), under the page's CSP, loading nothing else`, async () => {
      const context: BrowserContext = await chromium.browser.newContext({ colorScheme: scheme });
      const page: Page = await context.newPage();
      const requests: string[] = [];
      const cspViolations: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      // One document served as a proxy serves a page (with its CSP), then each page written into
      // it: the document keeps the policy, and axe, loaded once, stays (document.open keeps the
      // window). Navigating per page would parse axe's 500 KB again for each of them.
      await page.route(`${origin}/**`, (route) =>
        route.fulfill({
          status: 503,
          headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp },
          body: '<!DOCTYPE html><html lang="en"><title>Loading</title></html>',
        }),
      );
      await page.goto(`${origin}/`);
      // axe goes in through the DevTools protocol, which the page's CSP (no script at all) does not govern.
      await page.evaluate(`${axeSource()}\nwindow.__errataAxe = window.axe;`);
      const failures: string[] = [];
      try {
        for (const exported of pages.values()) {
          const where = exported.files[0] as string;
          requests.length = 0;
          const unstyled = await page.evaluate((html) => {
            document.open();
            document.write(html);
            document.close();
            // A <style> the CSP refused has no sheet.
            return [...document.querySelectorAll('style')].filter((style) => style.sheet === null).length;
          }, exported.html);
          if (unstyled > 0) failures.push(`${where}: ${unstyled} <style> refused by its CSP`);
          const violations = await runAxe(page, { kind: 'page', enhancedContrast: true });
          if (violations.length > 0) failures.push(describeViolations(where, violations));
          if (requests.length > 0) failures.push(`${where}: requested ${requests.join(', ')}`);
        }
      } finally {
        await context.close();
      }
      expect(cspViolations).toEqual([]);
      expect(failures).toEqual([]);
    });
  }
});
