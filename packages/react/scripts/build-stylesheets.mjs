#!/usr/bin/env node
// Package build step (run after esbuild has extracted this package's CSS into dist/): writes the
// stylesheets that `src/stylesheet.ts` serves.
//   dist/styles.css            every theme's tokens (@errata/tokens/tokens.css) + every component
//   dist/styles/<theme>.css    one theme's tokens (@errata/tokens/themes/<theme>.css) + every component
//   dist/styles/page-<theme>.css  one theme's tokens + the CSS of the `page-styles` entry (what a
//                              whole error page renders, no Banner), minus tokens no rule reads
//   dist/styles/banner-<theme>.css  one theme's tokens + the CSS of the `banner-styles` entry (what a
//                              banner renders, nothing of the page), minus tokens no rule reads
//   dist/styles/review.css     the auto theme's tokens + the `review` entry (the copy review site)
// Theme CSS comes through @errata/tokens' public exports, never its file layout.
import { transform } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { themeNames } from '@errata/tokens';

const dist = new URL('../dist/', import.meta.url);
const target = ['chrome111', 'firefox113', 'safari16.4'];
const tokenFile = (specifier) => fileURLToPath(import.meta.resolve(specifier));

async function minify(css) {
  const { code } = await transform(css, { loader: 'css', minify: true, target });
  return code.trim();
}

/** Minified CSS of the files, in order: theme tokens first, then components (the cascade order). */
async function sheetOf(files) {
  return minify(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
}

/**
 * A sheet without the `--errata-*` declarations it never reads through `var()`: the page sheets'
 * components are known, and their theme still declares every token (tone colours for banners...)
 * in every block (theme, dark, forced colours, print). Token values hold no `;` or `}`, so a
 * declaration ends at the first one.
 */
async function withoutUnreadTokens(css) {
  const read = new Set([...css.matchAll(/var\((--errata-[\w-]+)/g)].map((m) => m[1]));
  return minify(css.replace(/(?<=[{;])(--errata-[\w-]+):[^;}]*;?/g, (decl, name) => (read.has(name) ? decl : '')));
}

const components = fileURLToPath(new URL('index.css', dist));
const review = fileURLToPath(new URL('review.css', dist));
const page = fileURLToPath(new URL('page-styles.css', dist));
const banner = fileURLToPath(new URL('banner-styles.css', dist));
for (const file of [components, page, review, banner]) {
  if (!existsSync(file)) throw new Error(`build-stylesheets: ${file} is missing; esbuild must extract it first`);
}
mkdirSync(new URL('styles/', dist), { recursive: true });
writeFileSync(new URL('styles.css', dist), await sheetOf([tokenFile('@errata/tokens/tokens.css'), components]));
// The copy review site (@errata/react/review): the reader's light or dark theme + its components.
writeFileSync(new URL('styles/review.css', dist), await sheetOf([tokenFile('@errata/tokens/themes/auto.css'), review]));
for (const theme of themeNames) {
  const tokens = tokenFile(`@errata/tokens/themes/${theme}.css`);
  writeFileSync(new URL(`styles/${theme}.css`, dist), await sheetOf([tokens, components]));
  writeFileSync(new URL(`styles/page-${theme}.css`, dist), await withoutUnreadTokens(await sheetOf([tokens, page])));
  writeFileSync(new URL(`styles/banner-${theme}.css`, dist), await withoutUnreadTokens(await sheetOf([tokens, banner])));
}
