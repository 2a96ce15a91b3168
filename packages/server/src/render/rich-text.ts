import type { RichText } from '@errata/catalog';
import { escapeHtml } from './escape.js';

/** The text of a rich-text field, links flattened to their words (for text and problem+json). */
export function plainText(text: RichText | undefined): string {
  if (!text) return '';
  return text.map((part) => (typeof part === 'string' ? part : part.children)).join('');
}

/**
 * HTML for a rich-text field. `hrefFor` answers only allow-listed URLs; a link with no URL keeps
 * its words and loses the anchor, as the catalog contract says.
 */
export function richTextHtml(text: RichText | undefined, hrefFor: (tag: string) => string | undefined): string {
  if (!text) return '';
  let html = '';
  for (const part of text) {
    if (typeof part === 'string') {
      html += escapeHtml(part);
      continue;
    }
    const href = hrefFor(part.tag);
    html += href ? `<a href="${escapeHtml(href)}">${escapeHtml(part.children)}</a>` : escapeHtml(part.children);
  }
  return html;
}
