import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { formatMessage, matchLocale, uiStrings } from '@errata/catalog';
import { CatalogBanner, safeHref } from '@errata/react';
import { stylesheet } from '@errata/react/stylesheet';
import type { ResolvedOptions } from '../options.js';
import type { BannerOptions, BannerResult, LinkName } from '../types.js';

export interface BannerRenderer {
  render(code: string, options?: BannerOptions): BannerResult;
}

/**
 * Banners for non-React templates: `CatalogBanner`'s markup, plus the stylesheet and its hash to
 * put in the page's `<style>` and CSP. Locale and tone follow the catalog's rules, as pages do.
 * Unlike `render`, a bad code is the caller's bug and throws.
 */
export function createBannerRenderer(opts: ResolvedOptions): BannerRenderer {
  return {
    render(code, options = {}) {
      if (!opts.catalog.has(code)) throw new TypeError(`renderBanner: unknown code ${JSON.stringify(String(code).slice(0, 80))}`);
      const entry = opts.catalog.get(code);
      // Exact, then base language (es-MX -> es), then the instance's default: the catalog's rule.
      const locale = matchLocale(opts.locales, options.locale, opts.defaultLocale);
      const values = { ...(opts.serviceName ? { serviceName: opts.serviceName } : {}), ...(options.values ?? {}) };
      const message = formatMessage(opts.catalog, code, { locale, tone: options.tone ?? opts.defaultTone, values });
      const links: Partial<Record<LinkName, string>> = { ...opts.links };
      for (const [name, href] of Object.entries(options.links ?? {})) {
        const safe = safeHref(href);
        if (safe) links[name as LinkName] = safe;
      }
      const dismissHref = options.dismissHref === undefined ? undefined : safeHref(options.dismissHref);
      const html = renderToStaticMarkup(
        createElement(CatalogBanner, {
          message,
          entry,
          links,
          dismissLabel: uiStrings(message.locale, opts.catalog).dismiss,
          ...(dismissHref ? { dismissHref } : {}),
        }),
      );
      return { html, css: stylesheet.css, hash: stylesheet.hash };
    },
  };
}
