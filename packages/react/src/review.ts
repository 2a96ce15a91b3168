// @errata/react/review: the components of the copy review site (`errata review`), and its
// stylesheet. A separate entry, so their CSS stays out of the page and banner sheets a server
// sends; the review site links `reviewStylesheet.css` as one file.
import { readFileSync } from 'node:fs';

export * from './review/index.js';

let css: string | undefined;

/** The review site's CSS: the `auto` theme's tokens and the review components (and a banner's, for previews). Read on first use. */
export const reviewStylesheet: { readonly css: string } = Object.freeze({
  get css() {
    return (css ??= readFileSync(new URL('./styles/review.css', import.meta.url), 'utf8'));
  },
});
