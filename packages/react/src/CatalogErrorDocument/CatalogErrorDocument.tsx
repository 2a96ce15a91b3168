import type { ThemeName } from '@errata/tokens';
import { CatalogErrorPage, type CatalogErrorPageProps } from '../CatalogErrorPage/CatalogErrorPage.js';
import { ErrorDocument } from '../ErrorDocument/ErrorDocument.js';
import type { BrandStyle } from '../private/contracts.js';

export interface CatalogErrorDocumentProps extends CatalogErrorPageProps {
  readonly theme: ThemeName;
  /** Usually a sheet from `@errata/react/stylesheet`; inlined byte for byte so its hash holds. */
  readonly stylesheet: { readonly css: string };
  /** A brand from `defineBrand`: its class goes on `<html>` and its CSS in a second `<style>`. */
  readonly brandStyle?: BrandStyle;
  /** Appended to the `<title>` after an en dash (the brand or service name). */
  readonly siteName?: string;
  /** CSP nonce for the `<style>` elements, instead of allowing their hashes. */
  readonly nonce?: string;
}

/**
 * A whole error response document for a formatted catalog message: `ErrorDocument` in the
 * message's language and direction, titled by it, around `CatalogErrorPage`. This is what
 * `@errata/server` sends; its fast path (`@errata/react/template`) is tested to give the same
 * bytes as rendering this component.
 *
 * @example
 * '<!DOCTYPE html>' + renderToStaticMarkup(<CatalogErrorDocument theme="auto" stylesheet={pageStylesheetFor('auto')}
 *   message={message} entry={entry} links={{ home: '/' }} traceId={traceId} ui={uiStrings(message.locale)} />)
 */
export function CatalogErrorDocument({ theme, stylesheet, brandStyle, siteName, nonce, ...page }: CatalogErrorDocumentProps) {
  return (
    <ErrorDocument
      lang={page.message.locale}
      dir={page.message.dir}
      title={page.message.title}
      theme={theme}
      stylesheet={stylesheet}
      {...(siteName !== undefined ? { brandName: siteName } : {})}
      {...(brandStyle ? { brand: brandStyle } : {})}
      {...(nonce !== undefined ? { nonce } : {})}
    >
      <CatalogErrorPage {...page} />
    </ErrorDocument>
  );
}
