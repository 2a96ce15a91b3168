// The module `review-config.ts` (beside this file) builds from ERRATA_STORYBOOK_CATALOG / ERRATA_STORYBOOK_BRAND.
declare module 'virtual:errata/review-config' {
  import type { Catalog } from '@errata/catalog';
  import type { Brand } from '@errata/tokens';
  /** The catalog the Catalog and Copy review stories show (default: the built-in one). */
  export const catalog: Catalog;
  /** How the stories name it, e.g. "the catalog copy/catalog.yaml". */
  export const catalogName: string;
  /** The brand of the toolbar's Brand theme (default: the example brand). */
  export const brand: Brand;
}
