/**
 * Where to send someone after signing in: only a path on this site. Anything else (another
 * origin, a protocol-relative `//host`, a backslash that browsers read as a slash, a scheme such
 * as `javascript:`, control characters the URL parser silently drops) falls back to `/`, so a
 * crafted sign-in link cannot become an open redirect.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000 || !isPlainPath(value)) return '/';
  // An encoded `//` or `\` (even encoded twice) could be decoded by something downstream and
  // read as another host, so every decoding must pass too.
  let decoded = value;
  for (let round = 0; ; round++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return '/';
    }
    if (next === decoded) break;
    if (!startsAsPath(next) || round === 3) return '/';
    decoded = next;
  }
  const sentinel = 'http://next.invalid';
  const url = new URL(value, sentinel);
  if (url.origin !== sentinel) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** A single leading `/`, then no `/` or `\` straight after it, no backslash and no control or space characters. */
function isPlainPath(path: string): boolean {
  return startsAsPath(path) && !path.includes('\\') && !/[\u0000-\u0020\u007f-\u009f]/.test(path);
}

/** Decoded text may hold spaces (a search query); only how it starts decides the host. Tabs and newlines are ignored by URL parsers. */
function startsAsPath(path: string): boolean {
  const parsed = path.replace(/[\t\n\r]/g, '');
  return parsed.startsWith('/') && parsed[1] !== '/' && parsed[1] !== '\\';
}
