/**
 * Validators for a brand's non-colour fields. Each returns the clean value or a reason; the
 * caller collects reasons so a refused brand lists every problem at once.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function checkName(value: unknown): Checked<string> {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, reason: 'name: required, a non-empty string' };
  const name = value.trim();
  if (name.length > 80) return { ok: false, reason: `name: at most 80 characters (got ${name.length})` };
  if (control.test(name)) return { ok: false, reason: 'name: must not contain control characters or line breaks' };
  return { ok: true, value: name };
}

const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

// FNV-1a: a stable class name for a name with no Latin letters, without node:crypto (this also
// runs in Storybook's browser bundle).
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function checkSlug(slug: unknown, name: string): Checked<string> {
  if (slug !== undefined) {
    if (typeof slug === 'string' && slugPattern.test(slug)) return { ok: true, value: slug };
    return { ok: false, reason: 'slug: lowercase letters, digits and inner hyphens, 1 to 40 characters' };
  }
  const derived = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return { ok: true, value: derived || `b-${shortHash(name)}` };
}

export function checkHomeHref(value: unknown): Checked<string | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const reason = 'homeHref: must be an http(s) URL or a same-origin path starting with a single "/"';
  if (typeof value !== 'string' || value.length > 2048 || control.test(value) || /[\s\\]/.test(value)) return { ok: false, reason };
  if (value.startsWith('/')) return value.startsWith('//') ? { ok: false, reason } : { ok: true, value };
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '') return { ok: true, value: url.href };
  } catch {
    // fall through to the refusal
  }
  return { ok: false, reason };
}

// Generic families and system keywords (kept unquoted by fontStack), and installed-font names.
const generic = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'math',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
]);
const familyName = /^-?[A-Za-z][A-Za-z0-9 -]{0,48}$/;

/**
 * A font stack of family names and generic families only: no `url()`, no `@font-face`, nothing
 * that could load a web font or break out of the declaration.
 */
export function checkFontStack(field: string, value: unknown): Checked<string[] | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const reason = (why: string): Checked<never> => ({ ok: false, reason: `${field}: ${why}` });
  if (typeof value !== 'string' || value.length > 300) return reason('a CSS font stack string of at most 300 characters');
  if (/[;{}()\\<>@!/*]|url/i.test(value) || control.test(value)) return reason('family names and generic families only (no ; { } ( ) url or comments)');
  const families: string[] = [];
  for (const part of value.split(',')) {
    let f = part.trim();
    const quoted = /^(["'])(.*)\1$/.exec(f);
    if (quoted) f = quoted[2]!.trim();
    else if (/["']/.test(f)) return reason(`unbalanced quotes in ${JSON.stringify(part.trim())}`);
    if (!familyName.test(f)) return reason(`${JSON.stringify(part.trim())} is not a font family name`);
    families.push(generic.has(f.toLowerCase()) ? f.toLowerCase() : f.replace(/\s+/g, ' '));
  }
  if (families.length > 12) return reason('at most 12 families');
  const last = families[families.length - 1] ?? '';
  if (!generic.has(last)) return reason('must end with a generic family (sans-serif, serif, system-ui, monospace...) so text shows before any font loads');
  return { ok: true, value: families };
}

export function checkRadius(value: unknown): Checked<number | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 24) return { ok: false, reason: 'radius: a number of CSS px from 0 to 24' };
  return { ok: true, value: Math.round(value * 100) / 100 };
}
