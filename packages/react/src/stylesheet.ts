// @errata/react/stylesheet: the extracted CSS as text and its CSP source, so a server can inline
// it in a `<style>` with no bundler. The CSS files are written next to this module by
// `scripts/build-stylesheets.mjs` (package build); they are read on first use, not at import.
import { readFileSync } from 'node:fs';
import { themeNames, type ThemeName } from '@errata/tokens';
import { sha256Source } from './template/hash.js';

/** A minified stylesheet: theme tokens first, then components. */
export interface Stylesheet {
  /** The CSS text, to inline in a `<style>` element unchanged (the hash covers these exact bytes). */
  readonly css: string;
  /** `sha256-<base64>` of `css`: a CSP `style-src` source. */
  readonly hash: string;
}

/** A sheet read from its built file the first time its text or hash is asked for. */
function lazySheet(file: string): Stylesheet {
  let css: string | undefined;
  let hash: string | undefined;
  const text = () => (css ??= readFileSync(new URL(file, import.meta.url), 'utf8'));
  return Object.freeze({
    get css() {
      return text();
    },
    get hash() {
      return (hash ??= sha256Source(text()));
    },
  });
}

function byTheme(file: (theme: ThemeName) => string): Readonly<Record<ThemeName, Stylesheet>> {
  return Object.freeze(Object.fromEntries(themeNames.map((theme) => [theme, lazySheet(file(theme))])) as Record<ThemeName, Stylesheet>);
}

/** Every built-in theme's tokens + every component: for host pages that pick the theme themselves. */
export const stylesheet: Stylesheet = lazySheet('./styles.css');

/** One sheet per built-in theme: that theme's tokens (`auto`: light, and dark under the media query) + the components. */
export const stylesheets: Readonly<Record<ThemeName, Stylesheet>> = byTheme((theme) => `./styles/${theme}.css`);

/**
 * Per theme, the CSS a whole error page needs (`CatalogErrorDocument` and its parts, no `Banner`):
 * that theme's tokens, only those the rules read, + those components. What the server inlines.
 */
export const pageStylesheets: Readonly<Record<ThemeName, Stylesheet>> = byTheme((theme) => `./styles/page-${theme}.css`);

/**
 * Per theme, the CSS a banner needs and nothing else: that theme's tokens (only those banners
 * read) + `Banner`'s scoped rules. A banner carrying the theme's class is styled by it wherever it
 * is put. What `renderBanner` returns.
 */
export const bannerStylesheets: Readonly<Record<ThemeName, Stylesheet>> = byTheme((theme) => `./styles/banner-${theme}.css`);

const pick = (sheets: Readonly<Record<ThemeName, Stylesheet>>, theme: unknown): Stylesheet =>
  typeof theme === 'string' && Object.hasOwn(sheets, theme) ? sheets[theme as ThemeName] : stylesheet;

/**
 * The smallest sheet that styles components in `theme` (about half the full one); the full
 * `stylesheet` for anything else. The class on the root must be that theme's.
 */
export function stylesheetFor(theme: ThemeName): Stylesheet {
  return pick(stylesheets, theme);
}

/** The page sheet for `theme`; the full `stylesheet` for an unknown name. */
export function pageStylesheetFor(theme: ThemeName): Stylesheet {
  return pick(pageStylesheets, theme);
}

/** The banner sheet for `theme`; the full `stylesheet` for an unknown name. */
export function bannerStylesheetFor(theme: ThemeName): Stylesheet {
  return pick(bannerStylesheets, theme);
}
