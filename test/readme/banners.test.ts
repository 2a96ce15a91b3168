// The server README's banner examples, run as written with their real template engines: each
// prints the CSP header and the page a server would send. The page must hold the banners, their
// stylesheet exactly once, allowed by the printed CSP (by hash or by nonce).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@errata/test/page';
import { describeExample, examplesOf, runToEnd } from './examples.js';

const readme = 'packages/server/README.md';
const engines = ['EJS, CSP by hash', 'Nunjucks, CSP by nonce', 'Handlebars, two banners on one page', 'Pug'];
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('server README: banners in template engines', () => {
  const examples = examplesOf(readme);

  it('has an example for EJS, Nunjucks, Handlebars and Pug', () => {
    expect(engines.filter((heading) => !examples.some((e) => e.heading === heading))).toEqual([]);
  });

  for (const heading of engines) {
    it(`${heading}: the page holds the banners, and its CSP allows their one stylesheet`, async () => {
      const example = examples.find((e) => e.heading === heading);
      if (!example) throw new Error(`${readme}: no example under "${heading}"`);
      const output = await runToEnd(example);
      const [head, ...rest] = output.split('\n\n');
      const csp = /^Content-Security-Policy: (.*)$/m.exec(head ?? '')?.[1];
      expect(csp, `${describeExample(example)} prints the CSP header first`).toBeDefined();
      const { document, dangers } = parsePage(rest.join('\n\n'));
      expect(dangers).toEqual([]);
      const banners = [...document.querySelectorAll('section[aria-labelledby]')];
      expect(banners.length).toBeGreaterThan(0);
      for (const banner of banners) {
        expect(document.getElementById(banner.getAttribute('aria-labelledby') ?? '')?.textContent).toBeTruthy();
        expect(banner.className).toMatch(/errata-theme-/);
      }
      const styles = [...document.querySelectorAll('style')];
      for (const style of styles) {
        const allowed = (csp ?? '').includes(`'${sha256(style.textContent ?? '')}'`) || (style.nonce !== '' && (csp ?? '').includes(`'nonce-${style.nonce}'`));
        expect(allowed, `${describeExample(example)}: a <style> the CSP does not allow`).toBe(true);
      }
      // The banners' sheet appears once, however many banners the page has.
      expect(styles.filter((style) => (style.textContent ?? '').includes('errata-theme-'))).toHaveLength(1);
      expect(new Set([...document.querySelectorAll('[id]')].map((e) => e.id)).size).toBe(document.querySelectorAll('[id]').length);
    }, 30_000);
  }
});
