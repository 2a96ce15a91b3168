// Public API of @errata/catalog.
export { defineCatalog, type DefineCatalogOptions, type EntryOverride } from './define-catalog.js';
export { messageSetFor, type ResolvedMessageSet } from './fallback.js';
export { catalogFromSource, sourceEntries, type CatalogSource } from './source.js';
export { CatalogError, type CatalogProblem } from './catalog-error.js';
export { builtinCatalog } from './builtin/catalog.js';
export { builtinCodes, type BuiltinCode } from './builtin/entries.js';
export { formatMessage, formatUi, uiStrings, type FormatOptions, type FormatUiOptions } from './format.js';
export { resolveLocale, matchLocale, directionOf } from './locale.js';
export {
  tones,
  fallbackTone,
  builtinLocales,
  causes,
  recoverabilities,
  severities,
  userActions,
  linkKeys,
  argTypes,
  bannerTones,
  entryKinds,
  messageFields,
  linkFields,
  valuelessFields,
} from './types.js';
export type {
  Tone,
  BuiltinLocale,
  Cause,
  Recoverability,
  Severity,
  UserAction,
  LinkKey,
  ArgType,
  BannerTone,
  EntryKind,
  MessageField,
  LinkField,
  Suppression,
  MessageSet,
  ValuelessCopy,
  ValuelessField,
  MessagesByTone,
  OperatorNotes,
  CatalogEntryInput,
  CatalogEntry,
  Catalog,
  RichText,
  FormattedMessage,
  UiStrings,
  UiKey,
} from './types.js';
