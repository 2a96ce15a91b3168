// Apache: `ErrorDocument` points at a type map per status, and mod_negotiation picks the format
// and language the way Apache negotiates any resource, q-values included. Apache cannot put its
// request id into a static file without server-side includes, so these pages carry no reference.
import { formats } from '@errata/server';
import { configFile, statusPage, typeMap } from '../layout.js';
import { extensions, mediaTypes } from '../negotiation.js';
import { splitHeaders, type Snippet, type SnippetContext, quoted } from './context.js';

export const apachePagesPath = '/_errata-static/';

// Source quality per format: a client that takes any type (curl) gets text, as from errata; a
// browser, which lists text/html before any type at q=0.8, gets HTML; a JSON client problem+json.
const quality = { text: 1, html: 0.9, json: 0.8 } as const;

/**
 * A mod_negotiation type map over one status's pages (URIs relative to the map). Apache matches
 * media types exactly, so the JSON page is offered as application/json too; the file's own type
 * (AddType) is what is sent, problem+json either way.
 */
export function apacheTypeMap(ctx: Pick<SnippetContext, 'locales' | 'contentTypes'>, status: number): string {
  const variants = ctx.locales.flatMap((locale) =>
    mediaTypes.map(([type, format]) => {
      const charset = ctx.contentTypes[format].includes('charset=') ? '; charset=utf-8' : '';
      return [
        `URI: ${statusPage(locale, status, format).slice('pages/'.length)}`,
        `Content-Type: ${type}${charset}; qs=${quality[format]}`,
        `Content-Language: ${locale}`,
      ].join('\n');
    }),
  );
  return `${[`URI: ${status}`, ...variants].join('\n\n')}\n`;
}

export function apacheSnippets(ctx: SnippetContext): Snippet[] {
  const { common, htmlOnly } = splitHeaders(ctx.headers);
  const content = [
    '# errata (written by `errata export`): Include inside your <VirtualHost>, before its ProxyPass lines.',
    '# Needs mod_alias, mod_negotiation and mod_headers; ProxyErrorOverride needs mod_proxy and Apache',
    '# 2.4.47 or later.',
    '# The pages are served here, never proxied (a ProxyPass / would take them to the service too).',
    `ProxyPass ${apachePagesPath} !`,
    `Alias ${apachePagesPath} "${ctx.root}/pages/"`,
    `<Directory "${ctx.root}/pages">`,
    '    Options -Indexes -MultiViews',
    '    AllowOverride None',
    '    Require all granted',
    '    AddHandler type-map .var',
    ...formats.map((format) => `    AddType ${quoted(ctx.contentTypes[format])} .${extensions[format]}`),
    `    LanguagePriority ${ctx.locales.join(' ')}`,
    '    ForceLanguagePriority Prefer Fallback',
    ...common.map(([name, value]) => `    Header always set ${name} ${quoted(value)}`),
    ...htmlOnly.map(([name, value]) => `    Header always set ${name} ${quoted(value)} "expr=%{CONTENT_TYPE} =~ m#^text/html#"`),
    '</Directory>',
    '# The language each page is in (the files have no language extension for mod_mime to read).',
    ...ctx.locales.flatMap((locale) => [`<Directory "${ctx.root}/pages/${locale}">`, `    DefaultLanguage ${locale}`, '</Directory>']),
    `# Error responses from your service (${ctx.intercept.join(', ')}) get the pages too.`,
    `ProxyErrorOverride On ${ctx.intercept.join(' ')}`,
    ...ctx.statuses.map((status) => `ErrorDocument ${status} ${apachePagesPath}${typeMap(status).slice('pages/'.length)}`),
    '',
  ];
  return [{ proxy: 'apache', path: configFile('apache', 'errata.conf'), content: content.join('\n'), use: 'Include inside your <VirtualHost>' }];
}
