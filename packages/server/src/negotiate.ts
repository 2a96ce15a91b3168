import Negotiator from 'negotiator';
import { BoundedMap2 } from './caches.js';
import type { Format } from './types.js';

export interface Negotiated {
  format: Format;
  locale: string;
}

// Order matters only for ties: with a bare `*/*` (curl, fetch, most HTTP libraries) every type
// ties and the first wins, so plain text is listed first. Browsers name text/html explicitly.
const mediaTypes = ['text/plain', 'text/html', 'application/problem+json', 'application/json', 'application/xhtml+xml'];
const formatOf: Record<string, Format> = {
  'text/plain': 'text',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/problem+json': 'json',
  'application/json': 'json',
};

/**
 * Format from Accept, locale from Accept-Language among `locales` (first is the default).
 * Missing or unmatched Accept -> text: the reader is a program or a terminal, not a browser.
 */
export function negotiate(headers: Record<string, string>, locales: readonly string[], defaultLocale: string): Negotiated {
  const accept = headers.accept;
  const language = headers['accept-language'];
  let format: Format = 'text';
  let locale = defaultLocale;
  try {
    // negotiator parses linearly; capping keeps a hostile header cheap.
    const negotiator = new Negotiator({ headers: { accept: accept?.slice(0, 2048), 'accept-language': language?.slice(0, 1024) } });
    if (accept) {
      const type = negotiator.mediaType(mediaTypes);
      if (type) format = formatOf[type] ?? 'text';
    }
    if (language) {
      const preferred = negotiator.language([...locales]);
      if (preferred) locale = preferred;
    }
  } catch {
    // Malformed headers: keep the defaults.
  }
  return { format, locale };
}

/** Longer header pairs are negotiated every time: they are rare, and cache keys stay small. */
const MAX_KEY_CHARS = 512;

/**
 * Stage 1: `negotiate` remembered by the exact header strings (clients send a handful of
 * distinct Accept/Accept-Language values, so parsing them per request is wasted work). Never
 * keyed by anything else from the request.
 */
export function negotiateCached(
  cache: BoundedMap2<Negotiated>,
  accept: string | undefined,
  language: string | undefined,
  locales: readonly string[],
  defaultLocale: string,
): Negotiated {
  const headers = () => ({ ...(accept !== undefined ? { accept } : {}), ...(language !== undefined ? { 'accept-language': language } : {}) });
  if ((accept?.length ?? 0) + (language?.length ?? 0) > MAX_KEY_CHARS) return negotiate(headers(), locales, defaultLocale);
  // '\0' stands for an absent header: no header value can contain it.
  const a = accept ?? '\0';
  const b = language ?? '\0';
  return cache.get(a, b) ?? cache.set(a, b, Object.freeze(negotiate(headers(), locales, defaultLocale)));
}

/** `negotiateCached` over one locale list and its own cache (an instance passes its shared one). */
export function createNegotiator(
  locales: readonly string[],
  defaultLocale: string,
  cache: BoundedMap2<Negotiated> = new BoundedMap2(256),
): (accept: string | undefined, language: string | undefined) => Negotiated {
  return (accept, language) => negotiateCached(cache, accept, language, locales, defaultLocale);
}
