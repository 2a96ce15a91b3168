// How a proxy picks the page a client asked for, written once for every proxy's regex flavour
// (nginx and HAProxy use PCRE, Caddy Go's RE2): each pattern captures the FIRST supported item
// of the header. Proxies cannot weigh q-values; browsers, API clients and curl list what they
// prefer first, which is what the pages need. No match means errata's own default: plain text
// for a bare `*/*` (curl), the default locale for a language we do not offer.
import type { Format } from '@errata/server';

/** The media types a page answers, in the capture's spelling, and the format each means. */
export const mediaTypes: readonly (readonly [type: string, format: Format])[] = [
  ['text/html', 'html'],
  ['application/problem+json', 'json'],
  ['application/json', 'json'],
  ['text/plain', 'text'],
];

/** `text` as a literal inside a regular expression (PCRE and RE2 alike). */
export const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Captures (group 1) the first listed of `mediaTypes` in an `Accept` value: `^(?:[^,]*,)*?` skips
 * whole items lazily, so the earliest item wins. Case-insensitive matching is the proxy's flag.
 */
export function acceptPattern(): string {
  return `^(?:[^,]*,)*?\\s*(${mediaTypes.map(([type]) => escapeRegex(type)).join('|')})(?:[;,\\s]|$)`;
}

/** The locales longest first, so `pt-br` is tried before `pt`. */
export function localeAlternatives(locales: readonly string[]): string[] {
  return [...locales].sort((a, b) => b.length - a.length || a.localeCompare(b)).map((l) => escapeRegex(l.toLowerCase()));
}

/**
 * Captures (group 1) the first offered locale listed in `Accept-Language`: a tag equal to it or
 * starting with it and a `-` (`de-AT` -> `de`).
 */
export function languagePattern(locales: readonly string[]): string {
  return `^(?:[^,]*,)*?\\s*(${localeAlternatives(locales).join('|')})(?:[-_;,\\s]|$)`;
}

/** File extension per format (what nginx and Caddy map media types from). */
export const extensions: Record<Format, string> = { html: 'html', json: 'json', text: 'txt' };
