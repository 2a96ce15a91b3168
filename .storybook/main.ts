import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';
import { errataReviewConfig } from './review-config.js';

/**
 * Storybook at the repo root (STYLE.md 18): stories sit next to the code they show, in every
 * package and app.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../packages/*/src/**/*.stories.@(ts|tsx)', '../apps/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Workspace packages resolve to their `src` through the `errata-source` export condition, so
      // stories show the code as it is now (no stale `dist/`) and vanilla-extract compiles their
      // `.css.ts` files here. Vite replaces its default conditions when this is set, so they are
      // listed again after ours.
      resolve: { conditions: ['errata-source', ...defaultClientConditions] },
      // Your catalog and brand in the Catalog and Copy review stories (review-config.ts).
      plugins: [vanillaExtractPlugin(), errataReviewConfig()],
      // The preview bundle is big by nature (React, axe-core for the a11y panel) and is only served
      // from disk; the size warning and per-chunk listing would bury real build warnings.
      build: { chunkSizeWarningLimit: 4096 },
      logLevel: 'warn',
    });
  },
};

export default config;
