// Everything `errata export` writes, built in memory first: the pages (through @errata/server's
// static pages, so they are the live pages' markup), the proxies' variants of them, the
// whole-response HAProxy files and the config snippets. Nothing touches the disk here, so a file
// over a limit fails the export before anything is written.
import { STATUS_CODES } from 'node:http';
import type { Catalog } from '@errata/catalog';
import { formats, type Format, type StaticPage, type StaticPages } from '@errata/server';
import { codePage, haproxyBody, haproxyErrorfile, proxyPage, statusPage, typeMap } from './layout.js';
import type { ProxyName } from './proxies.js';
import { apacheSnippets, apacheTypeMap } from './snippets/apache.js';
import { caddyDelimiters, caddyMarker, caddySnippets } from './snippets/caddy.js';
import { headerName, type Snippet, type SnippetContext } from './snippets/context.js';
import { haproxyOwnStatuses, haproxySnippets } from './snippets/haproxy.js';
import { nginxSnippets } from './snippets/nginx.js';
import { traefikSnippets } from './snippets/traefik.js';

export type FileKind = 'status-page' | 'type-map' | 'code-page' | 'proxy-page' | 'haproxy-body' | 'haproxy-errorfile' | 'config';

export interface ExportFile {
  /** Relative to the export directory, `/`-separated. */
  readonly path: string;
  readonly content: string;
  readonly kind: FileKind;
  /** The proxy that serves it (status pages: Apache and anything serving plain files). */
  readonly proxy?: ProxyName;
  readonly status?: number;
  readonly code?: string;
  readonly locale?: string;
  readonly format?: Format;
  readonly contentType?: string;
  /** Bytes the proxy sends for it, when not the file's own: the id filled in; for HAProxy the whole response. */
  readonly wire?: number;
}

export type Values = Readonly<Record<string, string | number | Date>>;

export interface ExportOptions {
  readonly pages: StaticPages;
  readonly catalog: Catalog;
  /** Absolute path of the export on the proxy's host. */
  readonly root: string;
  /** Upstream error statuses the proxies replace with the pages. */
  readonly intercept: readonly number[];
  /** The code a status's page shows, where the default choice (`codeFor`) is not wanted. */
  readonly codeFor: ReadonlyMap<number, string>;
  /** ICU values per code (`--values`). */
  readonly values: Readonly<Record<string, Values>>;
  readonly errorBackend: URL;
  readonly haproxyLimit: number;
}

export interface StatusChoice {
  readonly status: number;
  readonly code: string;
  /** Why not the status's own entry, when it is another's. */
  readonly note?: string;
}

export interface ExportPlan {
  readonly files: readonly ExportFile[];
  readonly snippets: readonly Snippet[];
  readonly statuses: readonly StatusChoice[];
  /** Codes without a page: their copy needs values the export was not given. */
  readonly skipped: readonly { readonly code: string; readonly missing: readonly string[] }[];
  /** What stops the export (nothing is written): named files over a limit, unusable choices. */
  readonly problems: readonly string[];
  /** The Content-Security-Policy of every HTML page. */
  readonly csp: string;
}

/** Where a proxy's request id goes; replaced per proxy. Safe in HTML text, JSON strings and text. */
export const referenceMarker = 'ERRATA_REQUEST_ID';
/** What the proxies' ids look like, for sizes: nginx's $request_id, a UUID (HAProxy, Caddy). */
const idLength: Record<'nginx' | 'caddy' | 'haproxy', number> = { nginx: 32, caddy: 36, haproxy: 36 };

const count = (text: string, part: string) => text.split(part).length - 1;
const bytes = (text: string) => Buffer.byteLength(text);

/** A whole HTTP/1.1 response as HAProxy's `errorfile` takes it. */
export function httpResponse(page: StaticPage): string {
  const head = [`HTTP/1.1 ${page.status} ${STATUS_CODES[page.status] ?? 'Error'}`];
  for (const [name, value] of Object.entries(page.headers)) head.push(`${headerName(name)}: ${value}`);
  return `${head.join('\r\n')}\r\n\r\n${page.body}`;
}

/** A page as an HAProxy log-format body: `%` doubled, the marker as `%[unique-id]`. */
export function haproxyLogFormat(body: string): string {
  return body.replaceAll('%', '%%').replaceAll(referenceMarker, '%[unique-id]');
}

export function buildExport(options: ExportOptions): ExportPlan {
  const { pages, catalog, root, intercept, values } = options;
  const problems: string[] = [];
  const files: ExportFile[] = [];
  const locales = pages.locales;
  const [defaultLocale = catalog.sourceLocale] = locales;

  // Every status with an error entry, the generic ones every proxy falls back to, and the ones
  // the proxies replace.
  const statusList = [...new Set([...pages.statuses, 400, 500, ...intercept, ...options.codeFor.keys()])].sort((a, b) => a - b);
  const csps = new Set<string>();
  const statuses: StatusChoice[] = statusList.map((status) => {
    const chosen = options.codeFor.get(status);
    if (chosen !== undefined) return { status, code: chosen };
    const code = pages.codeFor(status);
    const own = catalog.entries.filter((e) => e.kind === 'error' && e.status === status).map((e) => e.code);
    if (own.length === 0 || own.includes(code)) return { status, code };
    return {
      status,
      code,
      note: `${own.join(', ')} need${own.length === 1 ? 's' : ''} values a static page cannot know; give them with --values and --code-for ${status}=${own[0]}`,
    };
  });

  const page = (code: string, status: number | undefined, locale: string, format: Format, reference?: string): StaticPage =>
    pages.page({
      code,
      ...(status !== undefined ? { status } : {}),
      locale,
      format,
      ...(reference ? { reference } : {}),
      ...(values[code] ? { values: values[code] } : {}),
    });

  for (const { status, code } of statuses) {
    for (const locale of locales) {
      for (const format of formats) {
        const plain = page(code, status, locale, format);
        if (plain.missing.length > 0) {
          problems.push(
            `The ${status} page would show ${code} with ${plain.missing.map((m) => `[${m}]`).join(', ')} unfilled in ${locale}: give it with --values.`,
          );
        }
        if (format === 'html') csps.add(plain.headers['content-security-policy'] as string);
        const base = { status, code, locale, format, contentType: plain.headers['content-type'] as string };
        files.push({ ...base, path: statusPage(locale, status, format), content: plain.body, kind: 'status-page', proxy: 'apache' });
        const marked = page(code, status, locale, format, referenceMarker);
        const markers = count(marked.body, referenceMarker);
        if (markers === 0) problems.push(`The ${status} page (${locale}, ${format}) lost its reference marker.`);
        // The proxies' syntax must not occur in the page by chance.
        if (marked.body.includes(caddyDelimiters[0])) problems.push(`The ${status} page (${locale}, ${format}) contains Caddy's template delimiter.`);
        const withId = (proxy: 'nginx' | 'caddy' | 'haproxy') => bytes(marked.body) + markers * (idLength[proxy] - referenceMarker.length);
        files.push({
          ...base,
          path: proxyPage('nginx', locale, status, format),
          content: marked.body,
          kind: 'proxy-page',
          proxy: 'nginx',
          wire: withId('nginx'),
        });
        files.push({
          ...base,
          path: proxyPage('caddy', locale, status, format),
          content: marked.body.replaceAll(referenceMarker, caddyMarker),
          kind: 'proxy-page',
          proxy: 'caddy',
          wire: withId('caddy'),
        });
        files.push({
          ...base,
          path: haproxyBody(locale, status, format),
          content: haproxyLogFormat(marked.body),
          kind: 'haproxy-body',
          proxy: 'haproxy',
          wire: haproxyWire(marked, withId('haproxy')),
        });
      }
    }
  }

  const own = haproxyOwnStatuses(statuses.map((s) => s.status));
  for (const status of own) {
    const code = statuses.find((s) => s.status === status)?.code as string;
    const response = httpResponse(page(code, status, defaultLocale, 'html'));
    files.push({
      path: haproxyErrorfile(status),
      content: response,
      kind: 'haproxy-errorfile',
      proxy: 'haproxy',
      status,
      code,
      locale: defaultLocale,
      format: 'html',
    });
  }

  const skipped: { code: string; missing: string[] }[] = [];
  for (const entry of catalog.entries) {
    if (entry.kind !== 'error') continue;
    const rendered = locales.flatMap((locale) => formats.map((format) => page(entry.code, undefined, locale, format)));
    const missing = [...new Set(rendered.flatMap((p) => p.missing))];
    if (missing.length > 0) {
      skipped.push({ code: entry.code, missing });
      continue;
    }
    for (const p of rendered) {
      files.push({
        path: codePage(p.locale, p.code, p.format),
        content: p.body,
        kind: 'code-page',
        status: p.status,
        code: p.code,
        locale: p.locale,
        format: p.format,
        contentType: p.headers['content-type'] as string,
      });
    }
  }

  // The headers each format carries, from one page per format (the same for every page of it).
  const sample = Object.fromEntries(formats.map((format) => [format, page('INTERNAL', 500, defaultLocale, format)])) as Record<Format, StaticPage>;
  const csp = sample.html.headers['content-security-policy'] as string;
  if (csps.size !== 1 || !csps.has(csp)) problems.push('The HTML pages do not share one Content-Security-Policy, which the proxies send for all of them.');
  const ctx: SnippetContext = {
    root,
    locales,
    statuses: statuses.map((s) => s.status),
    intercept,
    headers: Object.fromEntries(formats.map((format) => [format, securityHeaders(sample[format])])) as SnippetContext['headers'],
    contentTypes: Object.fromEntries(formats.map((format) => [format, sample[format].headers['content-type']])) as SnippetContext['contentTypes'],
    errorBackend: options.errorBackend,
    nginxMarker: referenceMarker,
  };
  for (const { status } of statuses) {
    files.push({ path: typeMap(status), content: apacheTypeMap(ctx, status), kind: 'type-map', proxy: 'apache', status });
  }
  const snippets = [...nginxSnippets(ctx), ...haproxySnippets(ctx), ...caddySnippets(ctx), ...apacheSnippets(ctx), ...traefikSnippets(ctx)];
  for (const snippet of snippets) files.push({ path: snippet.path, content: snippet.content, kind: 'config', proxy: snippet.proxy });

  for (const file of files) {
    if (file.proxy !== 'haproxy' || file.kind === 'config') continue;
    const size = file.wire ?? bytes(file.content);
    if (size > options.haproxyLimit) {
      problems.push(
        `${file.path} is ${size.toLocaleString('en')} bytes as HAProxy sends it, over its limit of ${options.haproxyLimit.toLocaleString('en')} ` +
          '(tune.bufsize - tune.maxrewrite). Make the page smaller (a smaller brand logo, one --theme instead of auto) or raise ' +
          'tune.bufsize and pass the new limit with --haproxy-limit.',
      );
    }
  }
  return { files, snippets, statuses, skipped, problems, csp };
}

/** The headers a proxy adds to every page of a format: all of errata's but those it sets per page. */
function securityHeaders(page: StaticPage): Record<string, string> {
  const perPage = new Set(['content-type', 'content-language', 'content-length', 'x-request-id', 'retry-after', 'www-authenticate', 'allow']);
  return Object.fromEntries(Object.entries(page.headers).filter(([name]) => !perPage.has(name)));
}

/** The response HAProxy builds from an `lf-file` rule: status line, content type and length, the rule's headers. */
function haproxyWire(page: StaticPage, body: number): number {
  const head = [`HTTP/1.1 ${page.status} ${STATUS_CODES[page.status] ?? 'Error'}`, `content-type: ${page.headers['content-type']}`, `content-length: ${body}`];
  for (const [name, value] of Object.entries(page.headers)) {
    if (name === 'content-type' || name === 'content-length') continue;
    head.push(`${name}: ${name === 'x-request-id' ? 'x'.repeat(idLength.haproxy) : value}`);
  }
  return bytes(`${head.join('\r\n')}\r\n\r\n`) + body;
}
