import type { Page } from 'playwright-core';

/** Builds the URL of one story in Storybook's preview iframe, with toolbar globals. */
export function storyUrl(baseUrl: string, storyId: string, globals: Readonly<Record<string, string>>): string {
  const pairs = Object.entries({
    ...globals,
    // The a11y addon would run its own axe pass after every render; the suite runs axe itself,
    // with the same policy, so the addon's run is switched off to halve the work on two cores.
    'a11y.manual': '!true',
  }).map(([key, value]) => `${key}:${value}`);
  const query = new URLSearchParams({ id: storyId, viewMode: 'story', globals: pairs.join(';') });
  return `${baseUrl}iframe.html?${query.toString()}`;
}

/**
 * Opens a story and waits until it has rendered (or failed to). A story that throws, or an id
 * Storybook does not know, is a failure with Storybook's own message, not a silent blank page.
 */
export async function openStory(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  const state = await page.waitForFunction(
    () => {
      const body = document.body;
      if (body.classList.contains('sb-show-errordisplay')) return 'error';
      if (body.classList.contains('sb-show-nopreview')) return 'missing';
      const root = document.getElementById('storybook-root');
      return body.classList.contains('sb-show-main') && root !== null && root.childElementCount > 0 ? 'rendered' : false;
    },
    undefined,
    { timeout: 30_000 },
  );
  const outcome = await state.jsonValue();
  if (outcome !== 'rendered') {
    const detail = await page.evaluate(
      () => `${document.getElementById('error-message')?.textContent ?? ''}\n${document.getElementById('error-stack')?.textContent ?? ''}`,
    );
    throw new Error(`Story did not render (${String(outcome)}) at ${url}\n${detail.trim()}`);
  }
  // Layout and contrast depend on fonts and the settled style; wait for both before measuring.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => done(undefined)))));
}
