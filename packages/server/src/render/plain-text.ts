import type { RichText } from '@errata/catalog';

/** The text of a rich-text field, links flattened to their words (for text and problem+json). */
export function plainText(text: RichText | undefined): string {
  if (!text) return '';
  return text.map((part) => (typeof part === 'string' ? part : part.children)).join('');
}
