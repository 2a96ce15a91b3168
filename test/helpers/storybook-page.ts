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
 * Shows stories one after another in one loaded preview iframe. The first story loads the page
 * (with the pass's globals in the URL); later ones are switched to over Storybook's own channel,
 * as the manager UI does, which saves reloading and re-parsing the preview bundle per story.
 * A story that throws, or an id Storybook does not know, is a failure with Storybook's message.
 * After a few failures in a row the preview is taken to be broken and every later story fails at
 * once: hundreds of stories each waiting out a timeout would outlast CI's time limit.
 */
export class StoryViewer {
  static readonly maxFailuresInARow = 3;
  #loaded = false;
  #failuresInARow = 0;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
    readonly globals: Readonly<Record<string, string>>,
  ) {}

  async show(storyId: string): Promise<void> {
    if (this.#failuresInARow >= StoryViewer.maxFailuresInARow) {
      throw new Error(`Story ${storyId} not shown: the preview failed ${this.#failuresInARow} stories in a row`);
    }
    try {
      if (!this.#loaded) {
        await this.#load(storyId);
        this.#loaded = true;
      } else {
        await this.#switchTo(storyId);
      }
      await waitForRenderedRoot(this.page, storyId);
      this.#failuresInARow = 0;
    } catch (error) {
      this.#failuresInARow += 1;
      // After a failure the preview may be in any state: the next story starts from a fresh load.
      this.reset();
      throw error;
    }
  }

  /** Forgets the loaded page, so the next story loads afresh (e.g. after a failure). */
  reset(): void {
    this.#loaded = false;
  }

  async #load(storyId: string): Promise<void> {
    const url = storyUrl(this.baseUrl, storyId, this.globals);
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async #switchTo(storyId: string): Promise<void> {
    const outcome = await this.page.evaluate(
      (id) =>
        new Promise<string>((resolve) => {
          interface Channel {
            on(event: string, listener: (...args: unknown[]) => void): void;
            off(event: string, listener: (...args: unknown[]) => void): void;
            emit(event: string, ...args: unknown[]): void;
          }
          const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__?: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
          if (!channel) {
            resolve('no Storybook channel in the preview');
            return;
          }
          const outcomes: Record<string, (...args: unknown[]) => string> = {
            storyRendered: () => 'rendered',
            storyErrored: (error) => `errored: ${JSON.stringify(error)}`,
            storyThrewException: (error) => `threw: ${JSON.stringify(error)}`,
            storyMissing: () => 'missing',
          };
          const listeners = Object.entries(outcomes).map(([event, describe]) => {
            const listener = (...args: unknown[]) => {
              for (const [name, registered] of listeners) channel.off(name, registered);
              resolve(describe(...args));
            };
            return [event, listener] as const;
          });
          for (const [event, listener] of listeners) channel.on(event, listener);
          // A story that never answers is a failure with a name, not a suite that hangs.
          setTimeout(() => {
            for (const [name, registered] of listeners) channel.off(name, registered);
            resolve('no answer from the preview within 30 s');
          }, 30_000);
          channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
        }),
      storyId,
    );
    if (outcome !== 'rendered') throw new Error(`Story ${storyId} did not render: ${outcome}`);
  }
}

async function waitForRenderedRoot(page: Page, storyId: string): Promise<void> {
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
    throw new Error(`Story ${storyId} did not render (${String(outcome)})\n${detail.trim()}`);
  }
  // Layout and contrast depend on fonts and settled styles; wait for both before measuring.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => done(undefined)))));
}
