/** The marker that ends a shortened string. */
export const ellipsis = '…';

/**
 * Shortens `text` to at most `max` UTF-16 units, ending in an ellipsis when cut, and never
 * leaving half of a surrogate pair behind (a lone surrogate breaks JSON consumers and encoders).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - ellipsis.length);
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + ellipsis;
}
