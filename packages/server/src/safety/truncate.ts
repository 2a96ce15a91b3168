/** The marker that ends a shortened string. */
export const ellipsis = '…';

/** How far back a cut may move to land on whitespace instead of inside a word or token. */
const wordBackoff = 256;

/**
 * Shortens `text` to at most `max` UTF-16 units, ending in an ellipsis when cut. The cut moves
 * back to whitespace when there is some nearby, so a secret is never left half-present (a
 * partial token no longer matches the redaction patterns), and it never leaves half of a
 * surrogate pair (a lone surrogate breaks JSON consumers and encoders).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - ellipsis.length);
  for (let index = cut; index > 0 && index >= cut - wordBackoff; index -= 1) {
    if (text.charCodeAt(index) <= 0x20) {
      cut = index;
      break;
    }
  }
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + ellipsis;
}
