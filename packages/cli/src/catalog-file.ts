// Reading the catalog a command works on: a file given on the command line, or the built-in one.
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinCatalog, CatalogError, defineCatalog, type Catalog, type CatalogEntryInput } from '@errata/catalog';
import { UsageError } from './command.js';

export const catalogFileHelp = `catalogFile: a .json file (an array of entries, or { "entries": [...] }) or a .js/.mjs module
(default export, or a \`catalog\` or \`entries\` export). Without it the built-in catalog is used.`;

/** A defined catalog, or the raw entries of one `defineCatalog` refused (with why). */
export type LoadedCatalog = { kind: 'catalog'; catalog: Catalog } | { kind: 'invalid'; error: CatalogError; entries: readonly unknown[] };

function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && Array.isArray((value as Catalog).codes) && typeof (value as Catalog).get === 'function';
}

async function readSource(file: string): Promise<unknown> {
  const path = resolve(file);
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.json') return JSON.parse(await readFile(path, 'utf8')) as unknown;
    if (ext === '.js' || ext === '.mjs') {
      const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      return mod.default ?? mod.catalog ?? mod.entries;
    }
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  throw new UsageError(`Cannot read ${file}: expected a .json, .js or .mjs file.`);
}

export async function loadCatalog(file: string | undefined): Promise<LoadedCatalog> {
  if (!file) return { kind: 'catalog', catalog: builtinCatalog as unknown as Catalog };
  const source = await readSource(file);
  if (isCatalog(source)) return { kind: 'catalog', catalog: source };
  const entries = Array.isArray(source) ? source : (source as { entries?: unknown } | undefined)?.entries;
  if (!Array.isArray(entries)) throw new UsageError(`${file} holds no catalog entries: export an array, { entries: [...] } or a catalog.`);
  try {
    return { kind: 'catalog', catalog: defineCatalog(entries as readonly CatalogEntryInput[]) as unknown as Catalog };
  } catch (error) {
    if (error instanceof CatalogError) return { kind: 'invalid', error, entries };
    throw error;
  }
}
