// Build entry, not an export: esbuild extracts dist/page-styles.css with the CSS of exactly what
// a whole error page renders (document, page and its parts; no Banner). scripts/build.mjs turns
// it into the page stylesheets (`pageStylesheetFor`). Exported so the modules, and with them
// their CSS, are kept.
export { ErrorDocument } from './ErrorDocument/index.js';
export { CatalogErrorPage } from './CatalogErrorPage/index.js';
export { ErrorPage } from './ErrorPage/index.js';
export { CatalogErrorDocument } from './CatalogErrorDocument/index.js';
export { CatalogErrorFragment } from './CatalogErrorFragment/index.js';
export { DiagnosticsPanel } from './DiagnosticsPanel/index.js';
