export { CatalogBanner } from './CatalogBanner.js';
export type { CatalogBannerProps } from './CatalogBanner.js';
