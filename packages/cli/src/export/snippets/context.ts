import type { Format } from '@errata/server';
import type { ProxyName } from '../proxies.js';

/** What every proxy's snippet is written from. */
export interface SnippetContext {
  /** Absolute path of the export on the proxy's host (the files' root in every snippet). */
  readonly root: string;
  /** Offered locales, the default first. */
  readonly locales: readonly string[];
  /** Every status with a page. */
  readonly statuses: readonly number[];
  /** Statuses of the upstream's responses the proxy replaces with a page. */
  readonly intercept: readonly number[];
  /** Headers errata sends with a page of each format, besides type, language, length and id. */
  readonly headers: Readonly<Record<Format, Readonly<Record<string, string>>>>;
  readonly contentTypes: Readonly<Record<Format, string>>;
  /** Where `errata serve-errors` listens, for the snippets that use it. */
  readonly errorBackend: URL;
  /** The marker the nginx pages carry where the reference goes. */
  readonly nginxMarker: string;
}

export interface Snippet {
  readonly proxy: ProxyName;
  /** Relative to the export directory (`config/<proxy>/...`). */
  readonly path: string;
  readonly content: string;
  /** How to use it, one line. */
  readonly use: string;
}

/** `x-content-type-options` -> `X-Content-Type-Options`. */
export function headerName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

/** The headers every format shares, and the ones only HTML pages carry (CSP, framing). */
export function splitHeaders(headers: SnippetContext['headers']): { common: [string, string][]; htmlOnly: [string, string][] } {
  const common = Object.entries(headers.text).map(([n, v]) => [headerName(n), v] as [string, string]);
  const shared = new Set(Object.keys(headers.text));
  const htmlOnly = Object.entries(headers.html)
    .filter(([n]) => !shared.has(n))
    .map(([n, v]) => [headerName(n), v] as [string, string]);
  return { common, htmlOnly };
}

/** Contiguous ranges for lists a human reads (`500, 502-504`). */
export function ranges(statuses: readonly number[]): string[] {
  const sorted = [...new Set(statuses)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    out.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return out;
}

/** A double-quoted config value (every proxy here reads `\"` as a quote inside one). */
export function quoted(value: string): string {
  return `"${value.replaceAll('"', '\\"')}"`;
}
