import { createHash } from 'node:crypto';
import { formatUi, type Catalog, type CatalogEntry, type FormattedMessage, type UiStrings } from '@errata/catalog';
import { CatalogErrorPage, ErrorDocument, RichTextView, safeHref } from '@errata/react';
import { stylesheetFor } from '@errata/react/stylesheet';
import type { Brand, ThemeName } from '@errata/tokens';
import { renderToStaticMarkup } from 'react-dom/server';
import { diagnosticsPanel, panelCss } from '../diagnostics/panel.js';
import type { LinkName } from '../types.js';
import type { ResponseContext } from './context.js';
import { escapeHtml } from './escape.js';
import { richTextHtml } from './rich-text.js';
import { type Slot, type Template, compileTemplate, fillTemplate, sentinel } from './template.js';

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
}

const MAX_TEMPLATES = 2000;

export interface HtmlRenderer {
  render(ctx: ResponseContext): { body: string; bytes: number; styleSources: string[]; imgData: boolean };
  /** Number of cached templates (for tests: the cache is keyed by shape, never by values). */
  readonly size: number;
}

export function createHtmlRenderer(options: HtmlRendererOptions): HtmlRenderer {
  const cache = new Map<string, CompiledPage>();
  // Only the configured theme's tokens: about half the bytes of the every-theme sheet.
  const stylesheet = stylesheetFor(options.theme);
  const linkClass = captureLinkClass();
  const imgData = Boolean(options.brand?.logo);
  const hrefFor = (tag: string): string | undefined =>
    Object.hasOwn(options.links, tag) ? options.links[tag as LinkName] : undefined;

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
      styleHashes.push(`'sha256-${createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64')}'`);
    }
    return { template: compileTemplate(markup), styleHashes };
  }

  return {
    get size() {
      return cache.size;
    },
    render(ctx) {
      const { message } = ctx;
      const shape: Shape = {
        code: ctx.code,
        locale: message.locale,
        tone: message.tone,
        dir: message.dir,
        steps: Math.min(message.nextSteps.length, 5),
        alternative: Boolean(message.alternative?.length),
        retry: Boolean(ctx.retryAfter),
        diagnostics: Boolean(ctx.diagnostics),
      };
      const key = JSON.stringify(shape);
      let compiled = cache.get(key);
      if (!compiled) {
        compiled = compile(shape, ctx.entry, ctx.ui);
        // Keys are bounded by the catalog, but a custom catalog could be huge: keep memory flat.
        if (cache.size >= MAX_TEMPLATES) cache.clear();
        cache.set(key, compiled);
      }
      const link = (text: typeof message.alternative) => richTextHtml(text, hrefFor).replaceAll('<a href=', `<a class="${linkClass}" href=`);
      const values: Partial<Record<Slot, string>> = {
        title: escapeHtml(message.title),
        description: ctx.exposedMessage !== undefined ? escapeHtml(ctx.exposedMessage) : link(message.description),
        alternative: link(message.alternative),
        trace: escapeHtml(ctx.traceId),
        retry: retryHtml(ctx, options.catalog),
        path: retryPath(ctx.path),
      };
      for (let i = 0; i < shape.steps; i++) values[`step${i}`] = link(message.nextSteps[i]);
      if (ctx.diagnostics) values.diagnostics = diagnosticsPanel(ctx.diagnostics);
      if (ctx.nonce) values.nonce = escapeHtml(ctx.nonce);
      const styleSources = ctx.nonce ? [`'nonce-${ctx.nonce}'`] : compiled.styleHashes;
      const { text, bytes } = fillTemplate(compiled.template, values);
      return { body: text, bytes, styleSources, imgData };
    },
  };
}

/**
 * The template's "Try again" href is `/` + this slot: the request path without its leading
 * slash, only when it is a plain same-origin path (never `//host`), else empty (the home `/`).
 */
function retryPath(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || path.length > 2048 || safeHref(path) !== path) return '';
  return escapeHtml(path.slice(1));
}

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
