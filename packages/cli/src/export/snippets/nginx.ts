// nginx: maps choose the language and format, `error_page` sends the page with the error's status,
// and `sub_filter` puts nginx's `$request_id` where the reference goes. A second variant sends
// the pages from `errata serve-errors` instead, with the ingress-nginx protocol.
import { configFile } from '../layout.js';
import { formats, type Format } from '@errata/server';
import { acceptPattern, escapeRegex, extensions, languagePattern, mediaTypes } from '../negotiation.js';
import { splitHeaders, type Snippet, type SnippetContext, quoted } from './context.js';

/** The internal location the pages are served from (never reachable from outside). */
export const nginxPagesLocation = '/_errata-static/';

export function nginxSnippets(ctx: SnippetContext): Snippet[] {
  const { common, htmlOnly } = splitHeaders(ctx.headers);
  const [defaultLocale = 'en'] = ctx.locales;
  const http = [
    '# errata (written by `errata export`): include inside http { }.',
    '# The page a client gets: proxies cannot weigh q-values, so the first supported item listed wins',
    '# (what browsers, API clients and curl list first). Nothing matched: the default locale, plain text.',
    'map $http_accept_language $errata_language_listed {',
    '    default "";',
    `    ${quoted(`~*${languagePattern(ctx.locales)}`)} $1;`,
    '}',
    'map $errata_language_listed $errata_locale {',
    `    default ${defaultLocale};`,
    ...ctx.locales.map((locale) => `    ${quoted(`~*^${escapeRegex(locale)}$`)} ${locale};`),
    '}',
    'map $http_accept $errata_type_listed {',
    '    default "";',
    `    ${quoted(`~*${acceptPattern()}`)} $1;`,
    '}',
    'map $errata_type_listed $errata_extension {',
    `    default ${extensions.text};`,
    ...mediaTypes.filter(([, format]) => format !== 'text').map(([type, format]) => `    ${quoted(`~*^${escapeRegex(type)}$`)} ${extensions[format]};`),
    '}',
    '# Only HTML pages carry these (an empty value sends no header).',
    ...htmlOnly.flatMap(([name, value]) => [
      `map $errata_extension $errata_${name.toLowerCase().replace(/-/g, '_')} {`,
      '    default "";',
      `    ${extensions.html} ${quoted(value)};`,
      '}',
    ]),
    '# The id on the page is the one in this log format: access_log <file> errata;',
    `log_format errata '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" request_id=$request_id';`,
    '',
  ];

  const statusLines = ctx.intercept.map((status) => `error_page ${status} ${nginxPagesLocation}$errata_locale/${status}.$errata_extension;`);
  const server = [
    '# errata (written by `errata export`): include inside the server { } that proxies to your service,',
    '# after config/nginx/http.conf is included in http { }.',
    'server_tokens off;',
    '# Replace the upstream error responses below with the pages (and nginx’s own errors of those statuses).',
    'proxy_intercept_errors on;',
    '# The id the page shows, sent upstream too. A location with its own proxy_set_header lines does not',
    '# inherit this one: include config/nginx/proxy.conf there.',
    'proxy_set_header X-Request-ID $request_id;',
    ...statusLines,
    `location ^~ ${nginxPagesLocation} {`,
    '    internal;',
    `    alias ${ctx.root}/nginx/;`,
    `    types { ${formats.map((format) => `${mediaType(ctx, format)} ${extensions[format]};`).join(' ')} }`,
    '    charset utf-8;',
    `    charset_types ${mediaType(ctx, 'html')} ${mediaType(ctx, 'text')};`,
    `    sub_filter_types ${mediaType(ctx, 'text')} ${mediaType(ctx, 'json')};`,
    '    sub_filter_once off;',
    `    sub_filter ${ctx.nginxMarker} $request_id;`,
    '    etag off;',
    '    add_header Content-Language $errata_locale always;',
    '    add_header X-Request-Id $request_id always;',
    ...common.map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`),
    ...htmlOnly.map(([name]) => `    add_header ${name} $errata_${name.toLowerCase().replace(/-/g, '_')} always;`),
    '}',
    '',
  ];

  const proxy = [
    '# errata (written by `errata export`): include inside a location { } that has proxy_set_header lines',
    '# of its own (they stop the server-level ones from being inherited).',
    'proxy_intercept_errors on;',
    'proxy_set_header X-Request-ID $request_id;',
    '',
  ];

  const backend = ctx.errorBackend.origin;
  const errorBackend = [
    `# errata (written by \`errata export\`): pages from \`errata serve-errors\` at ${backend}, with the`,
    '# ingress-nginx custom-errors protocol. Include inside the server { } that proxies to your service,',
    '# instead of config/nginx/server.conf (config/nginx/http.conf is not needed).',
    'server_tokens off;',
    'proxy_intercept_errors on;',
    'proxy_set_header X-Request-ID $request_id;',
    ...ctx.intercept.map((status) => `error_page ${status} @errata_${status};`),
    ...ctx.intercept.flatMap((status) => [
      `location @errata_${status} {`,
      '    proxy_intercept_errors off;',
      '    proxy_pass_request_body off;',
      '    proxy_set_header Content-Length "";',
      `    proxy_set_header X-Code ${status};`,
      '    proxy_set_header X-Format $http_accept;',
      '    proxy_set_header X-Original-URI $request_uri;',
      '    proxy_set_header X-Request-ID $request_id;',
      `    proxy_pass ${backend};`,
      '}',
    ]),
    '',
  ];

  return [
    { proxy: 'nginx', path: configFile('nginx', 'http.conf'), content: http.join('\n'), use: 'include inside http { }' },
    { proxy: 'nginx', path: configFile('nginx', 'server.conf'), content: server.join('\n'), use: 'include inside the server { } that proxies to your service' },
    {
      proxy: 'nginx',
      path: configFile('nginx', 'proxy.conf'),
      content: proxy.join('\n'),
      use: 'include in a location { } with proxy_set_header lines of its own',
    },
    {
      proxy: 'nginx',
      path: configFile('nginx', 'error-backend.conf'),
      content: errorBackend.join('\n'),
      use: 'or, instead of the two above: pages from errata serve-errors',
    },
  ];
}

/** `text/html; charset=utf-8` -> `text/html`: nginx adds the charset itself (`charset`). */
function mediaType(ctx: SnippetContext, format: Format): string {
  return ctx.contentTypes[format].split(';')[0] as string;
}
