import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { formatMessage, linkKeys, matchLocale, uiStrings, type LinkKey } from '@errata/catalog';
import { CatalogBanner, safeHref } from '@errata/react';
import { bannerStylesheetFor } from '@errata/react/stylesheet';
import { sha256Source } from '@errata/react/template';
import { negotiate } from '../negotiate.js';
import type { ResolvedOptions } from '../options.js';
import { headerRecord } from '../request.js';
import type { BannerOptions, BannerResult } from '../types.js';

export interface BannerRenderer {
  render(code: string, options?: BannerOptions): BannerResult;
}

const idPattern = /^[A-Za-z][\w-]{0,63}$/;

/** Banners rendered by this process: each gets its own ids, so any number can share one page. */
let rendered = 0;

/**
 * Banners for non-React templates: `CatalogBanner`'s markup, plus the CSS it needs and its hash
 * for the page's `<style>` and CSP. Locale and tone are chosen as for pages (the request's
 * `Accept-Language` among the instance's locales; the instance's tone). The banner carries the
 * instance's theme (and brand) class itself, and its rules are scoped, so it looks the same on
 * any host page. Unlike `render`, a bad code or option is the caller's bug and throws.
 */
export function createBannerRenderer(opts: ResolvedOptions): BannerRenderer {
  const sheet = bannerStylesheetFor(opts.theme);
  // The brand's validated custom properties come with the sheet: one `<style>`, one hash.
  let styles: { css: string; hash: string } | undefined;
  const stylesheet = () => {
    if (styles) return styles;
    if (!opts.brand?.css) return (styles = { css: sheet.css, hash: sheet.hash });
    const css = `${sheet.css}\n${opts.brand.css}`;
    return (styles = { css, hash: sha256Source(css) });
  };

  return {
    render(code, options = {}) {
      if (!opts.catalog.has(code)) throw new TypeError(`renderBanner: unknown code ${JSON.stringify(String(code).slice(0, 80))}`);
      if (options.id !== undefined && (typeof options.id !== 'string' || !idPattern.test(options.id))) {
        throw new TypeError(
          `renderBanner: id must start with a letter and hold only letters, digits, _ and - (got ${JSON.stringify(String(options.id).slice(0, 80))})`,
        );
      }
      const entry = opts.catalog.get(code);
      const locale = localeFor(opts, options);
      const values = { ...(opts.serviceName ? { serviceName: opts.serviceName } : {}), ...(options.values ?? {}) };
      const message = formatMessage(opts.catalog, code, { locale, tone: options.tone ?? opts.defaultTone, values });
      const links: Partial<Record<LinkKey, string>> = { ...opts.links };
      for (const [name, href] of Object.entries(options.links ?? {})) {
        if (!(linkKeys as readonly string[]).includes(name)) throw new TypeError(`renderBanner: links.${name} is not a link key (${linkKeys.join(', ')})`);
        const safe = safeHref(href);
        if (safe) links[name as LinkKey] = safe;
      }
      // A notice that asks the person to act must let them act: a session warning without a way to
      // stay signed in fails WCAG 2.2.1 (Timing Adjustable).
      const needed = entry.kind === 'notice' && entry.action !== 'wait' ? entry.links.nextSteps : undefined;
      if (needed && !links[needed]) {
        throw new TypeError(`renderBanner: ${code} links its action to "${needed}": set links.${needed} (in createErrata or in this call)`);
      }
      const dismissHref = options.dismissHref === undefined ? undefined : safeHref(options.dismissHref);
      rendered = (rendered + 1) % Number.MAX_SAFE_INTEGER;
      const id = options.id ?? `errata-${code.toLowerCase().replaceAll('_', '-')}-${rendered.toString(36)}`;
      const html = renderToStaticMarkup(
        createElement(CatalogBanner, {
          message,
          entry,
          links,
          id,
          theme: opts.theme,
          ...(opts.brand ? { brandClassName: opts.brand.className } : {}),
          dismissLabel: uiStrings(message.locale, opts.catalog).dismiss,
          ...(dismissHref ? { dismissHref } : {}),
        }),
      );
      const { css, hash } = stylesheet();
      return { html, css, hash, id, locale: message.locale, tone: message.tone };
    },
  };
}

/** An explicit locale, else the request's `Accept-Language` (as pages negotiate it), else the default. */
function localeFor(opts: ResolvedOptions, options: BannerOptions): string {
  if (options.locale !== undefined) return matchLocale(opts.locales, options.locale, opts.defaultLocale);
  const language = options.acceptLanguage ?? (options.request ? headerRecord(options.request)['accept-language'] : undefined);
  if (typeof language !== 'string' || language === '') return opts.defaultLocale;
  return negotiate({ 'accept-language': language }, opts.locales, opts.defaultLocale).locale;
}
