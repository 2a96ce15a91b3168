import { renderToStaticMarkup } from 'react-dom/server';
import type { CatalogErrorDocumentProps } from '../CatalogErrorDocument/CatalogErrorDocument.js';
import { CatalogErrorFragment } from '../CatalogErrorFragment/CatalogErrorFragment.js';
import { documentTitle, ErrorStyles } from '../ErrorDocument/ErrorDocument.js';
import { type ErrorPageShape, type ErrorPageSlot, shapeProps, slotMarkup } from './errorPage.js';
import { sha256Source } from './hash.js';
import { compileTemplate, type Template } from './template.js';

// The fast path of the page parts a host's layout receives: `CatalogErrorFragment` (the content)
// and `ErrorStyles` (what goes in <head>), compiled once per shape exactly as the whole document
// is (`compileErrorPage`), and filled with the same slots. A test holds them equal to rendering
// the components with the same props.

export interface CompiledErrorFragment {
  /** The content, with a slot for each per-request value (the document's slots, less `nonce`). */
  readonly content: Template<ErrorPageSlot>;
  /** The `<style>` elements for `<head>`, with a `nonce` slot when the shape has one. */
  readonly head: Template<ErrorPageSlot>;
  /** Each `<style>`'s text and its CSP source (`'sha256-…'`), in order. */
  readonly styles: readonly { readonly css: string; readonly hash: string }[];
}

/** Render the content and the head once for a shape, with sentinels where the values go. */
export function compileErrorFragment(shape: ErrorPageShape): CompiledErrorFragment {
  const props: CatalogErrorDocumentProps = shapeProps(shape);
  const content = slotMarkup(renderToStaticMarkup(<CatalogErrorFragment {...props} />));
  const head = renderToStaticMarkup(
    <ErrorStyles
      stylesheet={props.stylesheet}
      {...(props.brandStyle ? { brand: props.brandStyle } : {})}
      {...(props.nonce !== undefined ? { nonce: props.nonce } : {})}
    />,
  );
  const styles = [...head.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ css: m[1] ?? '', hash: sha256Source(m[1] ?? '') }));
  return { content: compileTemplate<ErrorPageSlot>(content), head: compileTemplate<ErrorPageSlot>(head), styles };
}

/** The `<title>` a host's layout should use: what the whole document's `<title>` says. */
export function fragmentTitle(props: Pick<CatalogErrorDocumentProps, 'message' | 'siteName' | 'brandStyle'>): string {
  return documentTitle(props.message.title, props.siteName ?? props.brandStyle?.name);
}
