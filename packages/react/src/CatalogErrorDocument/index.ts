export { CatalogErrorDocument } from './CatalogErrorDocument.js';
export type { CatalogErrorDocumentProps } from './CatalogErrorDocument.js';
