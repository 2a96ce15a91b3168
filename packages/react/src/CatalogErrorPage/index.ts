export { CatalogErrorPage } from './CatalogErrorPage.js';
export type { CatalogErrorPageProps } from './CatalogErrorPage.js';
