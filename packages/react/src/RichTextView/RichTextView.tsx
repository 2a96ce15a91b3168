import { Fragment } from 'react';
import type { LinkKey, RichText } from '../private/contracts.js';
import { link } from '../private/link.css.js';
import { safeHref } from '../safeHref/safeHref.js';
import { isLinkPart } from './richTextHtml.js';

export interface RichTextViewProps {
  /** Catalog rich text: strings, and `{ tag, children }` parts that become links. */
  readonly text: RichText;
  /** Where each link key goes. A missing or unsafe URL renders the part's words as plain text. */
  readonly links: Readonly<Partial<Record<LinkKey, string>>>;
  /** Class for the links (defaults to the standard text link). */
  readonly linkClassName?: string;
}

/**
 * Renders formatted catalog text inline (no wrapper element), turning link parts into links
 * through the href allow-list.
 *
 * @example
 * <p><RichTextView text={['Go to ', { tag: 'home', children: 'the home page' }, '.']} links={{ home: '/' }} /></p>
 */
export function RichTextView({ text, links, linkClassName = link }: RichTextViewProps) {
  if (!Array.isArray(text)) return null;
  return (
    <>
      {text.map((part: unknown, index) => {
        if (typeof part === 'string') return <Fragment key={index}>{part}</Fragment>;
        if (!isLinkPart(part)) return null;
        const href = safeHref(Object.hasOwn(links, part.tag) ? links[part.tag] : undefined);
        if (href === undefined) return <Fragment key={index}>{part.children}</Fragment>;
        return (
          <a key={index} className={linkClassName} href={href}>
            {part.children}
          </a>
        );
      })}
    </>
  );
}
