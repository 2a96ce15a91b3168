// @errata/catalog/file: read a catalog from a JSON or YAML file, synchronously, so a server can
// load its copy at start-up (`createErrata({ catalog: 'copy/catalog.yaml' })`) and the CLI can lint
// it. Node only. YAML needs the `yaml` package, an optional peer dependency loaded only for a
// .yaml file: `npm i @errata/server` installs no YAML parser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogFromSource } from './source.js';
import type { Catalog } from './types.js';

/** A catalog file that cannot be read or parsed (`CatalogError` is for one that parses but is refused). */
export class CatalogFileError extends Error {
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`Cannot read the catalog file ${path}: ${problem}`);
    this.name = 'CatalogFileError';
    this.path = path;
  }
}

/** File extensions read as catalogs. */
export const catalogFileExtensions = ['.json', '.yaml', '.yml'] as const;

interface YamlModule {
  parse(text: string, options?: { prettyErrors?: boolean; uniqueKeys?: boolean }): unknown;
}

const requireHere = createRequire(import.meta.url);

function yaml(path: string): YamlModule {
  try {
    return requireHere('yaml') as YamlModule;
  } catch {
    throw new CatalogFileError(path, 'YAML catalogs need the `yaml` package: npm i yaml (or write the catalog as JSON)');
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The parsed contents of a .json, .yaml or .yml catalog file (not yet checked).
 * @throws CatalogFileError when the file is missing, unreadable, not one of those kinds, or does not parse.
 */
export function readCatalogFile(file: string | URL): unknown {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  const ext = extname(path).toLowerCase();
  if (!(catalogFileExtensions as readonly string[]).includes(ext)) {
    throw new CatalogFileError(path, `expected a ${catalogFileExtensions.join(', ')} file (a JavaScript catalog is imported, not loaded)`);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CatalogFileError(path, message(error));
  }
  try {
    return ext === '.json' ? (JSON.parse(text) as unknown) : yaml(path).parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    if (error instanceof CatalogFileError) throw error;
    throw new CatalogFileError(path, message(error));
  }
}

/**
 * The catalog a .json, .yaml or .yml file describes (see `CatalogSource`).
 * @throws CatalogFileError when it cannot be read; CatalogError listing every problem when it is refused.
 */
export function loadCatalogFile(file: string | URL): Catalog {
  return catalogFromSource(readCatalogFile(file));
}
