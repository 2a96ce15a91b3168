import { formatMessage, uiStrings } from '@errata/catalog';
import { Banner, RichTextView, safeHref } from '@errata/react';
import { stylesheet } from '@errata/react/stylesheet';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ResolvedOptions } from '../options.js';
import type { BannerOptions, BannerResult, LinkName } from '../types.js';

export interface BannerRenderer {
  render(code: string, options?: BannerOptions): BannerResult;
}

/**
 * Banners for non-React templates: the fragment, plus the stylesheet and its hash to put in the
 * page's `<style>` and CSP. Unlike `render`, a bad code is the caller's bug and throws.
 */
export function createBannerRenderer(opts: ResolvedOptions): BannerRenderer {
  return {
    render(code, options = {}) {
      if (!opts.catalog.has(code)) throw new TypeError(`renderBanner: unknown code ${JSON.stringify(String(code).slice(0, 80))}`);
      const entry = opts.catalog.get(code);
      const locale = options.locale && opts.locales.includes(options.locale) ? options.locale : opts.defaultLocale;
      const values = { ...(opts.serviceName ? { serviceName: opts.serviceName } : {}), ...(options.values ?? {}) };
      const message = formatMessage(opts.catalog, code, { locale, tone: options.tone ?? opts.defaultTone, values });
      const links: Partial<Record<LinkName, string>> = { ...opts.links };
      for (const [name, href] of Object.entries(options.links ?? {})) {
        const safe = safeHref(href);
        if (safe) links[name as LinkName] = safe;
      }
      const dismissHref = options.dismissHref === undefined ? undefined : safeHref(options.dismissHref);
      const ui = uiStrings(message.locale, opts.catalog);
      const html = renderToStaticMarkup(
        <div lang={message.locale} dir={message.dir}>
          <Banner
            tone={entry.bannerTone ?? (entry.kind === 'notice' ? 'info' : 'critical')}
            title={message.title}
            {...(dismissHref ? { dismissHref } : {})}
            {...(ui?.dismiss ? { dismissLabel: ui.dismiss } : {})}
          >
            <p>
              <RichTextView text={message.description} links={links} />
            </p>
          </Banner>
        </div>,
      );
      return { html, css: stylesheet.css, hash: stylesheet.hash };
    },
  };
}
