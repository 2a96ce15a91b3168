import type { ReactNode } from 'react';
import { themeClass, themeValues, type ThemeName } from '@errata/tokens';
import type { BrandStyle } from '../private/contracts.js';
import { cx } from '../private/cx.js';
import * as styles from './ErrorDocument.css.js';

export interface ErrorDocumentProps {
  /** BCP 47 language of the page, e.g. `en`, `ar`. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The page's `h1` text; the `<title>` is this plus the brand name. */
  readonly title: string;
  /** Appended to the `<title>` after an en dash. Default: `brand.name`. */
  readonly brandName?: string;
  readonly theme: ThemeName;
  /** A brand from `defineBrand`: its class goes on `<html>`, its CSS in a second `<style>`. */
  readonly brand?: BrandStyle;
  /** Usually `stylesheet` from `@errata/react/stylesheet`; inlined byte for byte so its hash holds. */
  readonly stylesheet: { readonly css: string };
  /** CSP nonce for the `<style>` elements (alternative to allowing their hashes). */
  readonly nonce?: string;
  readonly children: ReactNode;
}

/** The en dash between page and site, as GOV.UK and most screen-reader-friendly titles use. */
export const titleSeparator = ' – ';

/**
 * A whole HTML document for an error response: language and direction, charset, viewport,
 * colour scheme, title, the inlined stylesheet and the theme class. Makes no external request
 * and runs no script. Prepend `<!DOCTYPE html>` to its rendered markup.
 *
 * @example
 * import { stylesheet } from '@errata/react/stylesheet';
 * const html = '<!DOCTYPE html>' + renderToString(
 *   <ErrorDocument lang="en" dir="ltr" title="Page not found" brandName="Acme" theme="auto" stylesheet={stylesheet}>
 *     <ErrorPage ... />
 *   </ErrorDocument>);
 */
export function ErrorDocument({ lang, dir, title, brandName, theme, brand, stylesheet, nonce, children }: ErrorDocumentProps) {
  const fullTitle = documentTitle(title, brandName ?? brand?.name);
  const safeTheme: ThemeName = Object.hasOwn(themeClass, theme) ? theme : 'auto';
  return (
    <html lang={lang} dir={dir === 'rtl' ? 'rtl' : 'ltr'} className={cx(themeClass[safeTheme], brand?.className, styles.root)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content={brand?.colorScheme ?? colorSchemeOf(safeTheme)} />
        <meta name="referrer" content="no-referrer" />
        <title>{fullTitle}</title>
        <ErrorStyles stylesheet={stylesheet} {...(brand ? { brand } : {})} {...(nonce !== undefined ? { nonce } : {})} />
      </head>
      <body>{children}</body>
    </html>
  );
}

/** The `<title>` text: the page's title, then the site's name after an en dash. */
export function documentTitle(title: string, siteName: string | undefined): string {
  return siteName ? `${title}${titleSeparator}${siteName}` : title;
}

export interface ErrorStylesProps {
  readonly stylesheet: { readonly css: string };
  readonly brand?: Pick<BrandStyle, 'css'>;
  readonly nonce?: string;
}

/**
 * The `<style>` elements an error page needs in `<head>`: the stylesheet, then the brand's CSS.
 * A whole document renders them; a host's layout gets them as the page parts' `head`.
 */
export function ErrorStyles({ stylesheet, brand, nonce }: ErrorStylesProps) {
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: built CSS inlined byte for byte so its CSP hash holds; styleText keeps it from closing the element. */}
      <style nonce={nonce} dangerouslySetInnerHTML={{ __html: styleText(stylesheet.css) }} />
      {brand?.css ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: a brand's CSS was validated by defineBrand; styleText keeps it inside the element.
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: styleText(brand.css) }} />
      ) : null}
    </>
  );
}

/** `color-scheme` for a built-in theme: `auto` follows the system, the others are fixed. */
export function colorSchemeOf(theme: ThemeName): 'light' | 'dark' | 'light dark' {
  return theme === 'auto' ? 'light dark' : themeValues[theme].colorScheme;
}

/**
 * CSS is raw text inside `<style>`: only `</style` can end it early. Built CSS and validated
 * brand CSS never contain it, and changing the text would break its CSP hash, so text without
 * `<` passes untouched; otherwise `<` becomes the CSS escape `\3c `, which means the same in
 * strings and selectors and cannot close the element.
 */
function styleText(css: string): string {
  if (typeof css !== 'string') return '';
  return css.includes('<') ? css.replaceAll('<', '\\3c ') : css;
}
