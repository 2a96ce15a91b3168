// Locale resolution (exact -> shorter tags -> source locale) and text direction.
import type { Catalog } from './types.js';

/** Canonical form of a requested tag; accepts `es_MX` and any case. Undefined when it is not a tag. */
function canonical(requested: string): string | undefined {
  if (requested.length === 0 || requested.length > 64) return undefined;
  try {
    return Intl.getCanonicalLocales(requested.replaceAll('_', '-'))[0];
  } catch {
    return undefined;
  }
}

/** The tag, then each shorter prefix: `zh-Hant-TW` -> `zh-Hant` -> `zh`. */
function candidates(tag: string): string[] {
  const parts = tag.split('-');
  const list: string[] = [];
  for (let n = parts.length; n > 0; n--) list.push(parts.slice(0, n).join('-'));
  return list;
}

/** Canonical tag and its shorter prefixes, most specific first; empty for a malformed tag. */
export function localeCandidates(requested: unknown): string[] {
  if (typeof requested !== 'string') return [];
  const tag = canonical(requested);
  return tag === undefined ? [] : candidates(tag);
}

/** First of `available` that matches `requested` exactly or by a shorter prefix, else `fallback`. */
export function matchLocale(available: readonly string[], requested: string | undefined, fallback: string): string {
  for (const candidate of localeCandidates(requested)) {
    const hit = available.find((l) => l.toLowerCase() === candidate.toLowerCase());
    if (hit !== undefined) return hit;
  }
  return fallback;
}

// Canonicalising a tag costs ~10 µs, paid on every error page; requested tags repeat, so remember
// the answer per catalog. Bounded: cleared when full, since tags come from request headers.
const resolved = new WeakMap<readonly string[], Map<string, string>>();
const maxRemembered = 256;

/**
 * The catalog locale to use for a request: exact match, then the base language
 * (`es-MX` -> `es`), then the source locale `en`. Never throws; a malformed tag gives `en`.
 */
export function resolveLocale(catalog: Catalog, requested: string | undefined): string {
  if (typeof requested !== 'string') return catalog.sourceLocale;
  let memo = resolved.get(catalog.locales);
  const hit = memo?.get(requested);
  if (hit !== undefined) return hit;
  const locale = matchLocale(catalog.locales, requested, catalog.sourceLocale);
  if (memo === undefined) resolved.set(catalog.locales, (memo = new Map()));
  if (memo.size >= maxRemembered) memo.clear();
  memo.set(requested, locale);
  return locale;
}

// Languages written right to left when no script subtag says otherwise.
const rtlLanguages = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const rtlScripts = new Set(['Arab', 'Adlm', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa']);

/** `rtl` for right-to-left languages and scripts (ar, he, fa, ur, `az-Arab`...), else `ltr`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const tag = typeof locale === 'string' ? canonical(locale) : undefined;
  if (tag === undefined) return 'ltr';
  const [language = '', ...rest] = tag.split('-');
  const script = rest.find((part) => /^[A-Z][a-z]{3}$/.test(part));
  if (script !== undefined) return rtlScripts.has(script) ? 'rtl' : 'ltr';
  return rtlLanguages.has(language.toLowerCase()) ? 'rtl' : 'ltr';
}
