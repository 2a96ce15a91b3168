import Negotiator from 'negotiator';
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
  const accept = headers['accept'];
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

/** How many distinct (Accept, Accept-Language) pairs are remembered; then the map starts over. */
const MAX_REMEMBERED = 256;
/** Longer header pairs are negotiated every time: they are rare, and keys stay small. */
const MAX_KEY_CHARS = 512;

/**
 * `negotiate` for one locale list, remembering answers by the exact header strings: clients
 * send a handful of distinct Accept/Accept-Language values, so parsing them per request is
 * wasted work. Bounded (clear when full), never keyed by anything else from the request.
 */
export function createNegotiator(locales: readonly string[], defaultLocale: string): (accept: string | undefined, language: string | undefined) => Negotiated {
  // accept -> accept-language ('\0' when absent) -> answer: nested, so no key string is built.
  const remembered = new Map<string, Map<string, Negotiated>>();
  let count = 0;
  const headersOf = (accept: string | undefined, language: string | undefined): Record<string, string> => ({
    ...(accept !== undefined ? { accept } : {}),
    ...(language !== undefined ? { 'accept-language': language } : {}),
  });
  return (accept = '', language) => {
    if (accept.length + (language?.length ?? 0) > MAX_KEY_CHARS) return negotiate(headersOf(accept, language), locales, defaultLocale);
    let byLanguage = remembered.get(accept);
    let answer = byLanguage?.get(language ?? '\0');
    if (answer === undefined) {
      answer = Object.freeze(negotiate(headersOf(accept, language), locales, defaultLocale));
      if (++count > MAX_REMEMBERED) {
        remembered.clear();
        count = 1;
        byLanguage = undefined;
      }
      if (byLanguage === undefined) remembered.set(accept, (byLanguage = new Map()));
      byLanguage.set(language ?? '\0', answer);
    }
    return answer;
  };
}
