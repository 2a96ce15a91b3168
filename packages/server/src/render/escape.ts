const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const special = /[&<>"']/;
const specials = /[&<>"']/g;

/** Escape for HTML text and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  // Most values (trace ids, paths, catalog copy) have nothing to escape: one scan, no new string.
  return special.test(value) ? value.replace(specials, (c) => entities[c] ?? c) : value;
}
