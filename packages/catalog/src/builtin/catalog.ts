// The built-in catalog: metadata from ./entries.ts joined with the copy of every locale.
import { defineCatalog } from '../define-catalog.js';
import type { Catalog, CatalogEntryInput, MessageSet, Tone } from '../types.js';
import { builtinCodes, builtinMetadata, type BuiltinCode } from './entries.js';
import { en } from './messages/en.js';
import { ar } from './messages/ar.js';
import { es } from './messages/es.js';
import { de } from './messages/de.js';
// Adding a locale is one import here and one key in `builtinMessages` below.

type LocaleMessages = Record<BuiltinCode, Record<Tone, MessageSet>>;

const builtinMessages: Record<string, LocaleMessages> = {
  en,
  ar,
  es,
  de,
};

const entries: CatalogEntryInput[] = builtinCodes.map((code) => ({
  code,
  ...builtinMetadata[code],
  messages: Object.fromEntries(Object.entries(builtinMessages).map(([locale, messages]) => [locale, messages[code]])),
}));

// Friendly Spanish speaks to the person as tú, as most Spanish product copy does (a brand choice the
// linter checks); German keeps Sie in every tone.
export const builtinCatalog: Catalog<BuiltinCode> = defineCatalog(entries, { informalAddress: ['es'] }) as Catalog<BuiltinCode>;
