import { createHash } from 'node:crypto';
import { formatUi, type Catalog, type CatalogEntry, type FormattedMessage, type RichText, type UiStrings } from '@errata/catalog';
import { CatalogErrorPage, ErrorDocument, RichTextView, safeHref } from '@errata/react';
import { pageStylesheetFor } from '@errata/react/stylesheet';
import type { Brand, ThemeName } from '@errata/tokens';
import { renderToStaticMarkup } from 'react-dom/server';
import { diagnosticsPanel, panelCss } from '../diagnostics/panel.js';
import type { LinkName } from '../types.js';
import type { ResponseContext } from './context.js';
import { escapeHtml } from './escape.js';
import { richTextHtml } from './rich-text.js';
import { contentSecurityPolicy } from './headers.js';
import { type Filled, type Slot, type Template, bindTemplate, compileTemplate, fillTemplate, sentinel } from './template.js';

export interface HtmlRendererOptions {
  catalog: Catalog;
  theme: ThemeName;
  brand?: Brand | undefined;
  serviceName?: string | undefined;
  links: Partial<Record<LinkName, string>>;
  nonce: boolean;
}

/** The bounded parts of a page that do not change per request: the template cache key. */
interface Shape {
  code: string;
  locale: string;
  tone: string;
  dir: 'ltr' | 'rtl';
  steps: number;
  alternative: boolean;
  retry: boolean;
  diagnostics: boolean;
}

interface CompiledPage {
  template: Template;
  /** `style-src` sources for hash mode: one per `<style>` in the template. */
  styleHashes: string[];
  /** The whole CSP header in hash mode, built once. */
  csp: string;
  /**
   * The template with the message's slots written in, for the last message object seen. A
   * constant catalog message is one frozen object per (code, locale, tone), so this hits for
   * every request of that shape; one entry per template keeps memory flat.
   */
  bound?: { message: FormattedMessage; template: Template } | undefined;
}

const MAX_TEMPLATES = 2000;

export interface HtmlRenderer {
  /** The filled page (join with `filledText`/`filledBytes`) and its `Content-Security-Policy`. */
  render(ctx: ResponseContext): { filled: Filled; csp: string };
  /** Number of cached templates (for tests: the cache is keyed by shape, never by values). */
  readonly size: number;
}

export function createHtmlRenderer(options: HtmlRendererOptions): HtmlRenderer {
  const cache = new Map<string, CompiledPage>();
  // Only the configured theme's tokens and the page's components (no Banner): about 60% of the
  // bytes of the every-theme, every-component sheet.
  const stylesheet = pageStylesheetFor(options.theme);
  const linkClass = captureLinkClass();
  const imgData = Boolean(options.brand?.logo);
  const hrefFor = (tag: string): string | undefined => (Object.hasOwn(options.links, tag) ? options.links[tag as LinkName] : undefined);

  function compile(shape: Shape, entry: CatalogEntry, ui: UiStrings): CompiledPage {
    const { brand } = options;
    const brandName = brand?.name ?? options.serviceName;
    // The message as sentinels: its text depends on per-request values, its shape does not.
    const message: FormattedMessage = {
      code: shape.code,
      locale: shape.locale,
      dir: shape.dir,
      tone: shape.tone as FormattedMessage['tone'],
      title: sentinel('title'),
      description: [sentinel('description')],
      nextSteps: Array.from({ length: shape.steps }, (_, i) => [sentinel(`step${i}`)]),
      ...(shape.alternative ? { alternative: [sentinel('alternative')] } : {}),
    };
    const footer = brandName ? uiText(options.catalog, shape.locale, 'footer', { brandName }) || brandName : undefined;
    const identity = brandName
      ? {
          name: brandName,
          ...(brand?.homeHref ? { homeHref: brand.homeHref } : options.links.home ? { homeHref: options.links.home } : {}),
          ...(brand?.logo ? { logo: brand.logo } : {}),
        }
      : undefined;
    const page = (
      <ErrorDocument
        lang={shape.locale}
        dir={shape.dir}
        title={sentinel('title')}
        {...(brandName ? { brandName } : {})}
        theme={options.theme}
        {...(brand ? { brand } : {})}
        // The panel's rules join the head's stylesheet (a <style> inside <section> is invalid HTML).
        stylesheet={shape.diagnostics ? { css: stylesheet.css + panelCss } : stylesheet}
        {...(options.nonce ? { nonce: sentinel('nonce') } : {})}
      >
        <CatalogErrorPage
          message={message}
          entry={entry}
          links={options.links}
          traceId={sentinel('trace')}
          ui={ui}
          // "Try again" goes to the request's own path: a slot, filled with a checked path.
          currentHref={`/${sentinel('path')}`}
          {...(shape.retry ? { retry: { text: sentinel('retry') } } : {})}
          {...(shape.diagnostics ? { diagnostics: sentinel('diagnostics') } : {})}
          {...(identity ? { brand: identity } : {})}
          {...(footer ? { footer } : {})}
        />
      </ErrorDocument>
    );
    const markup = `<!DOCTYPE html>${renderToStaticMarkup(page)}`;
    const styleHashes: string[] = [];
    for (const match of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
      styleHashes.push(
        `'sha256-${createHash('sha256')
          .update(match[1] ?? '', 'utf8')
          .digest('base64')}'`,
      );
    }
    return { template: compileTemplate(markup), styleHashes, csp: contentSecurityPolicy(styleHashes, imgData) };
  }

  return {
    get size() {
      return cache.size;
    },
    render(ctx) {
      const { message } = ctx;
      const steps = Math.min(message.nextSteps.length, 5);
      const alternative = Boolean(message.alternative?.length);
      const retry = Boolean(ctx.retryAfter);
      const diagnostics = Boolean(ctx.diagnostics);
      const key = `${ctx.code}\0${message.locale}\0${message.tone}\0${message.dir}\0${steps}${+alternative}${+retry}${+diagnostics}`;
      let compiled = cache.get(key);
      if (!compiled) {
        const shape: Shape = { code: ctx.code, locale: message.locale, tone: message.tone, dir: message.dir, steps, alternative, retry, diagnostics };
        compiled = compile(shape, ctx.entry, ctx.ui);
        // Keys are bounded by the catalog, but a custom catalog could be huge: keep memory flat.
        if (cache.size >= MAX_TEMPLATES) cache.clear();
        cache.set(key, compiled);
      }
      let template: Template;
      if (ctx.exposedMessage !== undefined) {
        template = compiled.template;
      } else {
        if (compiled.bound?.message !== message) compiled.bound = { message, template: bindTemplate(compiled.template, messageSlots(message, steps)) };
        template = compiled.bound.template;
      }
      const values: Partial<Record<Slot, string>> = {
        trace: escapeHtml(ctx.traceId),
        path: retryPath(ctx.path),
      };
      if (ctx.exposedMessage !== undefined) {
        Object.assign(values, messageSlots(message, steps));
        values.description = escapeHtml(ctx.exposedMessage);
      }
      if (retry) values.retry = retryHtml(ctx, options.catalog);
      if (ctx.diagnostics) values.diagnostics = diagnosticsPanel(ctx.diagnostics);
      if (ctx.nonce) values.nonce = escapeHtml(ctx.nonce);
      const csp = ctx.nonce ? contentSecurityPolicy([`'nonce-${ctx.nonce}'`], imgData) : compiled.csp;
      return { filled: fillTemplate(template, values), csp };
    },
  };

  /** The slots a message fills, escaped, links allow-listed and styled as RichTextView's. */
  function messageSlots(message: FormattedMessage, steps: number): Partial<Record<Slot, string>> {
    const link = (text: RichText | undefined) => richTextHtml(text, hrefFor).replaceAll('<a href=', `<a class="${linkClass}" href=`);
    const values: Partial<Record<Slot, string>> = {
      title: escapeHtml(message.title),
      description: link(message.description),
      alternative: link(message.alternative),
    };
    for (let i = 0; i < steps; i++) values[`step${i}`] = link(message.nextSteps[i]);
    return values;
  }
}

/**
 * The template's "Try again" href is `/` + this slot: the request path without its leading
 * slash, only when it is a plain same-origin path (never `//host`), else empty (the home `/`).
 */
function retryPath(path: string): string {
  if (path.length > 2048) return '';
  // The common case (letters, digits, `-._~/` and sub-delims, no dot segment) is a same-origin
  // path by construction and needs no escaping; anything else goes through the full checks.
  if (plainPath.test(path) && !path.includes('/.')) return path.slice(1);
  if (!path.startsWith('/') || path.startsWith('//') || safeHref(path) !== path) return '';
  return escapeHtml(path.slice(1));
}
const plainPath = /^\/(?!\/)[A-Za-z0-9\-._~!$()*+,;=:@/]*$/;

/** The retry notice text with a machine-readable `<time>`, as RetryNotice renders it. */
function retryHtml(ctx: ResponseContext, catalog: Catalog): string {
  const retry = ctx.retryAfter;
  if (!retry) return '';
  let text = '';
  let datetime: string | undefined;
  if (retry.seconds !== undefined) {
    text = uiText(catalog, ctx.message.locale, 'retryAfterSeconds', { seconds: retry.seconds });
    datetime = `PT${retry.seconds}S`;
  } else if (retry.at) {
    text = uiText(catalog, ctx.message.locale, 'retryAt', { time: retry.at });
    datetime = retry.at.toISOString();
  }
  if (!text) return '';
  return datetime ? `<time datetime="${escapeHtml(datetime)}">${escapeHtml(text)}</time>` : escapeHtml(text);
}

/** The class RichTextView puts on links, so spliced links look the same as rendered ones. */
function captureLinkClass(): string {
  const markup = renderToStaticMarkup(<RichTextView text={[{ tag: 'home', children: 'x' }]} links={{ home: '/' }} />);
  const match = /class="([^"]*)"/.exec(markup);
  return match?.[1] ?? '';
}

/** A formatted UI string, or '' if the catalog cannot format it (the notice is then left out). */
function uiText(catalog: Catalog, locale: string, key: 'footer' | 'retryAfterSeconds' | 'retryAt', values: Record<string, unknown>): string {
  try {
    return formatUi(locale, key, values, { catalog });
  } catch {
    return '';
  }
}
