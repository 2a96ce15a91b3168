import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defineConfig } from 'vitest/config';
import { errataReviewConfig } from './.storybook/review-config.js';

// Test projects split by file suffix so each kind can run alone (`vitest run --project browser`):
//   unit     *.test.ts(x) next to the code and in test/, in Node (add `@vitest-environment jsdom` per file)
//   browser  test/browser/**/*.browser.test.ts: real Chromium through playwright-core
// Workspace packages resolve to their built `dist/`, exactly as a user gets them; `npm test` builds first.
// The private test workspace (`@errata/test`) is the exception: its exports are TypeScript sources.
// Stories import `virtual:errata/review-config`: tests see the defaults (built-in catalog, example brand).
const plugins = [vanillaExtractPlugin({ identifiers: 'short' }), errataReviewConfig({})];

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.mjs'],
    // Without onError, @errata/server logs each 5xx to stderr as one JSON line (a 500 is never
    // silent); the many tests that render 500s on purpose would bury the report in them.
    onConsoleLog: (log, type) => !(type === 'stderr' && log.startsWith('{"type":"')),
    projects: [
      {
        plugins,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'apps/*/src/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/dist/**', 'test/browser/**'],
          testTimeout: 20_000,
        },
      },
      {
        plugins,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.browser.test.ts'],
          // One Chromium at a time: CI has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
