// The exact escaping React applies to text and attribute values (react-dom's
// escapeTextForBrowser): a value spliced into a pre-rendered template must come out byte for byte
// as React would have written it, or "server pages match the components" stops being true.
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const special = /[&<>"']/;
const specials = /[&<>"']/g;

/** Escape for HTML text and double-quoted attribute values, as React does. */
export function escapeHtml(value: string): string {
  // Most values (trace ids, paths, catalog copy) have nothing to escape: one scan, no new string.
  return special.test(value) ? value.replace(specials, (c) => entities[c] ?? c) : value;
}
