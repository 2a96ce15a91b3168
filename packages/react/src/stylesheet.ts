// Types only: scripts/build.mjs writes the real dist/stylesheet.js (the extracted CSS and its
// CSP hash) after the components are built, so a server can inline the CSS with no bundler.

/** The component stylesheet (theme tokens first, then components), minified. */
export interface Stylesheet {
  /** The CSS text, to inline in a `<style>` element unchanged (the hash covers these exact bytes). */
  readonly css: string;
  /** `sha256-<base64>` of `css`: a CSP `style-src` source. */
  readonly hash: string;
}

export declare const stylesheet: Stylesheet;
