import { themeClass, type ThemeName } from '@errata/tokens';
import { CatalogErrorPage } from '../CatalogErrorPage/CatalogErrorPage.js';
import type { CatalogErrorDocumentProps } from '../CatalogErrorDocument/CatalogErrorDocument.js';
import * as documentStyles from '../ErrorDocument/ErrorDocument.css.js';
import { cx } from '../private/cx.js';

/**
 * The error page's content for a host's own layout (the page parts `@errata/server` hands a
 * layout): what `CatalogErrorDocument` shows, without the document, header, `main` or footer the
 * host's layout already has. It carries the theme and brand classes (so the tokens apply inside
 * a page errata did not make) and the message's language and direction. Its `<style>`s are
 * `ErrorStyles`, for the host's `<head>`. Takes the document's props; `stylesheet`, `siteName`
 * and `nonce` belong to the head and title, not to the content.
 *
 * @example
 * <main>{renderToStaticMarkup(<CatalogErrorFragment {...documentProps} />)}</main>
 */
export function CatalogErrorFragment({ theme, brandStyle, stylesheet: _sheet, siteName: _site, nonce: _nonce, ...page }: CatalogErrorDocumentProps) {
  const safeTheme: ThemeName = Object.hasOwn(themeClass, theme) ? theme : 'auto';
  return (
    <div
      className={cx(themeClass[safeTheme], brandStyle?.className, documentStyles.root)}
      lang={page.message.locale}
      dir={page.message.dir === 'rtl' ? 'rtl' : 'ltr'}
    >
      <CatalogErrorPage {...page} embedded />
    </div>
  );
}
