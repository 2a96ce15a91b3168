import { link } from '../private/link.css.js';
import type { LinkKey, RichText } from '../private/contracts.js';
import { safeHref } from '../safeHref/safeHref.js';
import { escapeHtml } from '../template/escape.js';

/**
 * `RichTextView` as a string, for splicing into pre-rendered pages per request: the same parts,
 * the same link class and the same href allow-list, so the output is byte for byte what
 * `renderToStaticMarkup(<RichTextView text={text} links={links} />)` gives (a test holds the two
 * together). Rendering a few words through React costs more than the rest of an error response.
 */
export function richTextHtml(text: RichText | undefined, links: Readonly<Partial<Record<LinkKey, string>>>, linkClassName: string = link): string {
  if (!Array.isArray(text)) return '';
  let html = '';
  for (const part of text as readonly unknown[]) {
    if (typeof part === 'string') {
      html += escapeHtml(part);
      continue;
    }
    if (!isLinkPart(part)) continue;
    const href = safeHref(Object.hasOwn(links, part.tag) ? links[part.tag] : undefined);
    html +=
      href === undefined ? escapeHtml(part.children) : `<a class="${escapeHtml(linkClassName)}" href="${escapeHtml(href)}">${escapeHtml(part.children)}</a>`;
  }
  return html;
}

export function isLinkPart(part: unknown): part is { tag: LinkKey; children: string } {
  return (
    typeof part === 'object' &&
    part !== null &&
    typeof (part as { tag?: unknown }).tag === 'string' &&
    typeof (part as { children?: unknown }).children === 'string'
  );
}
