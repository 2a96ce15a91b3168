// Reading the catalog a command works on: a file given on the command line, or the built-in one.
// JSON and YAML files go through @errata/catalog/file (the same loader `createErrata` uses);
// JavaScript modules are imported.
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinCatalog, CatalogError, catalogFromSource, sourceEntries, type Catalog } from '@errata/catalog';
import { CatalogFileError, readCatalogFile } from '@errata/catalog/file';
import { UsageError } from './command.js';

export const catalogFileHelp = `catalogFile: a .json, .yaml or .yml file ({ extends: builtin, entries, overrides, uiStrings,
informalAddress }, or a list of entries) or a .js/.mjs module (default export, or a \`catalog\` or
\`entries\` export). Without it the built-in catalog is used.`;

/** A defined catalog, or the raw entries of one `defineCatalog` refused (with why). */
export type LoadedCatalog = { kind: 'catalog'; catalog: Catalog } | { kind: 'invalid'; error: CatalogError; entries: readonly unknown[] };

function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && Array.isArray((value as Catalog).codes) && typeof (value as Catalog).get === 'function';
}

async function readSource(file: string): Promise<unknown> {
  const path = resolve(file);
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.js' || ext === '.mjs') {
      const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      return mod.default ?? mod.catalog ?? mod.entries;
    }
    return readCatalogFile(path);
  } catch (error) {
    if (error instanceof CatalogFileError) throw new UsageError(error.message);
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function loadCatalog(file: string | undefined): Promise<LoadedCatalog> {
  if (!file) return { kind: 'catalog', catalog: builtinCatalog as unknown as Catalog };
  const source = await readSource(file);
  if (isCatalog(source)) return { kind: 'catalog', catalog: source };
  if (source === undefined || source === null || typeof source !== 'object') {
    throw new UsageError(`${file} holds no catalog: write a list of entries, { entries: [...] } or export a catalog.`);
  }
  try {
    return { kind: 'catalog', catalog: catalogFromSource(source) };
  } catch (error) {
    if (error instanceof CatalogError) return { kind: 'invalid', error, entries: sourceEntries(source) };
    throw error;
  }
}
