export { CatalogErrorFragment } from './CatalogErrorFragment.js';
