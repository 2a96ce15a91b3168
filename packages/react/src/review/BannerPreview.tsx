import { themeClass } from '@errata/tokens';

export interface BannerPreviewProps {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  /** The banner's HTML and CSS exactly as `renderBanner` returns them. */
  readonly html: string;
  readonly css: string;
}

/**
 * A banner as a host page shows it (what `errata review` writes for a notice): the banner's own
 * markup and stylesheet as `renderBanner` sends them, on an otherwise empty page.
 */
export function BannerPreview({ lang, dir, title, html, css }: BannerPreviewProps) {
  return (
    <html lang={lang} dir={dir} className={themeClass.auto}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: renderBanner's stylesheet, inlined unchanged as a host page would. */}
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: renderBanner's markup (rendered by CatalogBanner), shown exactly as sent. */}
        <main dangerouslySetInnerHTML={{ __html: html }} />
      </body>
    </html>
  );
}
