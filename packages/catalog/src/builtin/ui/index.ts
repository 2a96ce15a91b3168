// Chrome words for the built-in locales. Every catalog starts from these; `defineCatalog`'s
// `uiStrings` option adds or overrides locales.
import type { UiStrings } from '../../types.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

export const builtinUiStrings: Readonly<Record<string, UiStrings>> = { en, es, de, ar };
