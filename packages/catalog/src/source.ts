// A catalog written as data (a JSON or YAML file, or any parsed object): what a content designer
// edits without writing JavaScript. The same checks as `defineCatalog` apply; this only reads the
// file's shape. Browser-safe: Storybook builds a configured catalog file with it.
import { builtinCatalog } from './builtin/catalog.js';
import { CatalogError, type CatalogProblem } from './catalog-error.js';
import { defineCatalog, type EntryOverride } from './define-catalog.js';
import type { Catalog, CatalogEntryInput, UiStrings } from './types.js';

/**
 * The shape of a catalog file. A bare array is read as `{ entries }`.
 *
 * @example
 * // catalog.yaml
 * // extends: builtin
 * // overrides:
 * //   NOT_FOUND: { messages: { en: { friendly: { title: Nothing here } } } }
 * // entries:
 * //   - code: CART_EXPIRED
 * //     ...
 */
export interface CatalogSource {
  /** `builtin` starts from `builtinCatalog` (what a server needs: it must have INTERNAL and NOT_FOUND). Default: these entries alone. */
  readonly extends?: 'builtin';
  readonly entries?: readonly CatalogEntryInput[];
  readonly overrides?: Readonly<Record<string, EntryOverride>>;
  readonly uiStrings?: Readonly<Record<string, UiStrings>>;
  readonly informalAddress?: readonly string[];
}

const sourceKeys = ['extends', 'entries', 'overrides', 'uiStrings', 'informalAddress'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries a source holds, for linting copy that `defineCatalog` refused; empty if it has none. */
export function sourceEntries(source: unknown): readonly unknown[] {
  if (Array.isArray(source)) return source;
  return isRecord(source) && Array.isArray(source.entries) ? source.entries : [];
}

/**
 * The catalog a parsed catalog file describes.
 * @throws CatalogError for a file of the wrong shape, and for every problem `defineCatalog` finds.
 */
export function catalogFromSource(source: unknown): Catalog {
  const data: Record<string, unknown> | undefined = Array.isArray(source) ? { entries: source } : isRecord(source) ? source : undefined;
  if (data === undefined) {
    throw new CatalogError([
      { field: 'catalog', message: 'must be an object { extends?, entries?, overrides?, uiStrings?, informalAddress? } or a list of entries' },
    ]);
  }
  const problems: CatalogProblem[] = [];
  for (const key of Object.keys(data)) {
    if (!sourceKeys.includes(key)) problems.push({ field: key, message: `unknown property (expected one of ${sourceKeys.join(', ')})` });
  }
  if (data.extends !== undefined && data.extends !== 'builtin') {
    problems.push({ field: 'extends', message: `${JSON.stringify(data.extends)} is not a catalog to extend: write 'builtin' or leave it out` });
  }
  if (data.entries !== undefined && !Array.isArray(data.entries)) problems.push({ field: 'entries', message: 'must be a list of entries' });
  if (problems.length > 0) throw new CatalogError(problems);
  const options = {
    ...(data.extends === 'builtin' ? { extends: builtinCatalog as Catalog } : {}),
    ...(data.overrides !== undefined ? { overrides: data.overrides as Readonly<Record<string, EntryOverride>> } : {}),
    ...(data.uiStrings !== undefined ? { uiStrings: data.uiStrings as Readonly<Record<string, UiStrings>> } : {}),
    ...(data.informalAddress !== undefined ? { informalAddress: data.informalAddress as readonly string[] } : {}),
  };
  return defineCatalog((data.entries ?? []) as readonly CatalogEntryInput[], options) as Catalog;
}
