import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { axeRunOptions, type AxePolicyOptions } from './axe-policy.js';

export { axeTags, axeRunOptions, storyKind } from './axe-policy.js';
export type { AxePolicyOptions, StoryKind } from './axe-policy.js';

const require = createRequire(import.meta.url);
let axeScript: string | undefined;

/** axe-core's browser bundle, read once from the installed package (no network). */
export function axeSource(): string {
  axeScript ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeScript;
}

/**
 * Storybook's own elements that are always in `iframe.html` (hidden error/empty states, the docs
 * root, the highlight overlay). Not our markup, so not ours to fix; the same list the a11y addon
 * excludes. Everything else in the document, including `<html>` and `<body>`, is checked.
 */
export const storybookChrome = ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'] as const;

/** Runs the shared axe policy (`axe-policy.ts`) on the page and returns its violations. */
export async function runAxe(page: Page, policy: AxePolicyOptions): Promise<Result[]> {
  // Our own copy, injected once per loaded page; the a11y addon's bundled copy is private to its
  // module, and its version and configuration are not ours to rely on.
  if (!(await page.evaluate(() => '__errataAxe' in window))) {
    await page.addScriptTag({ content: `${axeSource()}\nwindow.__errataAxe = window.axe;` });
  }
  const options = axeRunOptions(policy);
  return page.evaluate(
    async ({ exclude, options }) => {
      // Storybook's hidden "no preview" and error panels sit before the story in the DOM and hold
      // links to storybook.js.org. Excluding them from the run is not enough: axe's skip-link test
      // (used by `region`) only accepts a skip link that comes before the page's first real link,
      // so those hidden links made every page's own skip link "content outside landmarks". Moving
      // them after the story keeps Storybook working and puts the story first, as on a real page.
      for (const element of document.querySelectorAll('body > .sb-wrapper')) document.body.append(element);
      const axe = (window as unknown as { __errataAxe: typeof import('axe-core') }).__errataAxe;
      const results = await axe.run({ exclude: exclude.map((selector) => [selector]) }, options);
      return results.violations;
    },
    { exclude: [...storybookChrome], options },
  );
}

/** One line per failing node, naming where it happened, so a CI log says what to fix. */
export function describeViolations(where: string, violations: readonly Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${where}: ${violation.id} (${violation.impact ?? 'n/a'}) ${violation.help}\n` +
          `    at ${node.target.join(' ')}\n` +
          `    ${(node.failureSummary ?? '').replaceAll('\n', '\n    ')}\n` +
          `    ${violation.helpUrl}`,
      ),
    )
    .join('\n');
}
