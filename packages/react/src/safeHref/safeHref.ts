export interface SafeHrefOptions {
  /** Allow same-origin paths (`/x`, `./x`, `../x`, `?q`, `#f`). Default `true`. */
  readonly allowRelative?: boolean;
}

// Longer hrefs are not links a person follows; refusing them also bounds the parser's work.
const maxLength = 8192;
// Browsers strip or ignore these while parsing (`java\tscript:`), and treat `\` as `/` in
// http(s) URLs (`/\evil.example` is protocol-relative), so an href holding any of them is refused
// rather than guessed at.
const unsafeCharacter = /[\s\u0000-\u001F\u007F-\u009F\\]/u;
const relativeStart = /^(?:\/(?!\/)|\.\.?\/|[?#])/u;
// The raw text must spell `scheme://`: the WHATWG parser turns `https:evil.example` into
// `https://evil.example/`, which is not what its author wrote.
const absoluteStart = /^https?:\/\//iu;
// Any origin works; only "did the path stay on it" matters.
const probeBase = 'https://errata.invalid/base/';

/**
 * Returns an href that is safe to put in `<a href>`, or `undefined` to drop the link.
 *
 * Allowed: absolute `http:`/`https:` URLs with a host and no credentials, and (unless
 * `allowRelative: false`) same-origin paths. Everything else is dropped: `javascript:`,
 * `data:`, `vbscript:` and every other scheme, protocol-relative `//host` (and its backslash
 * spellings), `https://trusted@evil.example`, malformed or whitespace-laden input, non-strings.
 * React escapes attribute text but lets all of these through, hence this allow-list.
 *
 * @example
 * safeHref('https://status.example.com') // 'https://status.example.com/'
 * safeHref('/account?tab=security')      // '/account?tab=security'
 * safeHref('javascript:alert(1)')        // undefined
 */
export function safeHref(href: unknown, options: SafeHrefOptions = {}): string | undefined {
  if (typeof href !== 'string' || href.length === 0 || href.length > maxLength) return undefined;
  if (unsafeCharacter.test(href)) return undefined;
  if (relativeStart.test(href)) {
    if (options.allowRelative === false) return undefined;
    const base = new URL(probeBase);
    const resolved = parse(href, base);
    return resolved !== undefined && resolved.origin === base.origin ? href : undefined;
  }
  if (!absoluteStart.test(href)) return undefined;
  const url = parse(href);
  if (url === undefined) return undefined;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}

function parse(href: string, base?: URL): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}
