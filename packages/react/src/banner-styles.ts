// Build entry, not an export: esbuild extracts dist/banner-styles.css with the CSS of exactly what
// a banner renders (Banner, CatalogBanner and their parts). scripts/build-stylesheets.mjs turns it
// into the banner stylesheets (`bannerStylesheetFor`) that `renderBanner` hands to host pages.
export { Banner } from './Banner/index.js';
export { CatalogBanner } from './CatalogBanner/index.js';
