// Types only: scripts/build.mjs writes the real dist/stylesheet.js (the extracted CSS and its
// CSP hash) after the components are built, so a server can inline the CSS with no bundler.
import type { ThemeName } from '@errata/tokens';

/** A minified stylesheet: theme tokens first, then components. */
export interface Stylesheet {
  /** The CSS text, to inline in a `<style>` element unchanged (the hash covers these exact bytes). */
  readonly css: string;
  /** `sha256-<base64>` of `css`: a CSP `style-src` source. */
  readonly hash: string;
}

/** Every built-in theme's tokens + the components: for host pages that pick the theme themselves. */
export declare const stylesheet: Stylesheet;

/** One sheet per built-in theme: that theme's tokens (`auto`: light, and dark under the media query) + the components. */
export declare const stylesheets: Readonly<Record<ThemeName, Stylesheet>>;

/**
 * The smallest sheet that styles a page in `theme` (about half the full one); the full
 * `stylesheet` for anything else. The class on `<html>` must be that theme's (`ErrorDocument`
 * sets it from the same `theme`).
 */
export declare function stylesheetFor(theme: ThemeName): Stylesheet;

/**
 * Per theme, the CSS a whole error page needs (`ErrorDocument` + `ErrorPage`/`CatalogErrorPage`
 * and their parts; no `Banner`): that theme's tokens + those components. What the server inlines.
 */
export declare const pageStylesheets: Readonly<Record<ThemeName, Stylesheet>>;

/** The page sheet for `theme`; the full `stylesheet` for an unknown name. */
export declare function pageStylesheetFor(theme: ThemeName): Stylesheet;
