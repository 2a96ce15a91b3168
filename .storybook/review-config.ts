// Storybook pointed at your own catalog and brand: the Catalog and Copy review stories read the
// module `virtual:errata/review-config`, which this Vite plugin builds from two environment
// variables (paths relative to where Storybook runs):
//
//   ERRATA_STORYBOOK_CATALOG  a catalog file: .json, .yaml or .yml (as `errata lint` reads), or a .js/.mjs module
//   ERRATA_STORYBOOK_BRAND    a brand: .json, .yaml or .yml holding a `defineBrand` input, or a .js/.mjs module
//
// e.g. `ERRATA_STORYBOOK_CATALOG=copy/catalog.yaml ERRATA_STORYBOOK_BRAND=copy/brand.json npm run storybook`.
// Without them: the built-in catalog and the example brand.
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { readCatalogFile } from '@errata/catalog/file';
import type { Plugin } from 'vite';
import { parse as parseYaml } from 'yaml';

export const reviewConfigId = 'virtual:errata/review-config';
const resolvedId = `\0${reviewConfigId}`;

const isModule = (path: string) => /^\.(m?js)$/i.test(extname(path));

function readData(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
}

/** The source of `virtual:errata/review-config` for these settings. */
export function reviewConfigSource(env: Readonly<Record<string, string | undefined>> = process.env, cwd: string = process.cwd()): string {
  const catalogFile = env.ERRATA_STORYBOOK_CATALOG ? resolve(cwd, env.ERRATA_STORYBOOK_CATALOG) : undefined;
  const brandFile = env.ERRATA_STORYBOOK_BRAND ? resolve(cwd, env.ERRATA_STORYBOOK_BRAND) : undefined;
  const lines = [
    "import { builtinCatalog, catalogFromSource } from '@errata/catalog';",
    "import { defineBrand, exampleBrand } from '@errata/tokens';",
    'const isCatalog = (value) => Boolean(value) && Array.isArray(value.codes) && typeof value.get === "function";',
    'const isBrand = (value) => Boolean(value) && typeof value.className === "string" && typeof value.css === "string";',
  ];
  if (!catalogFile) {
    lines.push('export const catalog = builtinCatalog;', "export const catalogName = 'the built-in catalog';");
  } else if (isModule(catalogFile)) {
    lines.push(
      `import * as catalogModule from ${JSON.stringify(catalogFile)};`,
      'const catalogExport = catalogModule.default ?? catalogModule.catalog ?? catalogModule.entries;',
      'export const catalog = isCatalog(catalogExport) ? catalogExport : catalogFromSource(catalogExport);',
      `export const catalogName = ${JSON.stringify(`the catalog ${env.ERRATA_STORYBOOK_CATALOG}`)};`,
    );
  } else {
    // Read (and checked for syntax) here, in Node; defined in the story bundle, where a refused
    // catalog shows its CatalogError.
    lines.push(
      `export const catalog = catalogFromSource(${JSON.stringify(readCatalogFile(catalogFile))});`,
      `export const catalogName = ${JSON.stringify(`the catalog ${env.ERRATA_STORYBOOK_CATALOG}`)};`,
    );
  }
  if (!brandFile) {
    lines.push('export const brand = exampleBrand;');
  } else if (isModule(brandFile)) {
    lines.push(
      `import * as brandModule from ${JSON.stringify(brandFile)};`,
      'const brandExport = brandModule.default ?? brandModule.brand;',
      'export const brand = isBrand(brandExport) ? brandExport : defineBrand(brandExport);',
    );
  } else {
    lines.push(`export const brand = defineBrand(${JSON.stringify(readData(brandFile))});`);
  }
  return `${lines.join('\n')}\n`;
}

/** The Vite plugin serving `virtual:errata/review-config` (Storybook and Vitest both use it). */
export function errataReviewConfig(env: Readonly<Record<string, string | undefined>> = process.env): Plugin {
  return {
    name: 'errata-review-config',
    resolveId: (id) => (id === reviewConfigId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? reviewConfigSource(env) : undefined),
  };
}
