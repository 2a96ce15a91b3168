// Caddy: maps choose the language and format, `handle_errors` serves the page with the error's
// status, and `templates` fills in `{http.request.uuid}` where the reference goes. Error responses
// from the upstream become errors (`handle_response` + `error`), so they get the pages too.
import { configFile } from '../layout.js';
import { acceptPattern, escapeRegex, extensions, languagePattern, mediaTypes } from '../negotiation.js';
import { splitHeaders, type Snippet, type SnippetContext, quoted } from './context.js';

/** Template delimiters no page contains: `[[errata: placeholder "http.request.uuid"]]`. */
export const caddyDelimiters = ['[[errata:', ']]'] as const;
export const caddyMarker = `${caddyDelimiters[0]} placeholder "http.request.uuid"${caddyDelimiters[1]}`;

export function caddySnippets(ctx: SnippetContext): Snippet[] {
  const { common, htmlOnly } = splitHeaders(ctx.headers);
  const [defaultLocale = 'en'] = ctx.locales;
  const fourxx = ctx.statuses.includes(400) ? 400 : 500;
  const content = [
    `# errata (written by \`errata export\`): \`import ${ctx.root}/config/caddy/Caddyfile\` at the top of your`,
    '# Caddyfile, then `import errata_errors` in each site block and `import errata_proxy` inside its',
    '# reverse_proxy block.',
    '(errata_errors) {',
    '\t# The id the page shows, sent upstream too.',
    '\trequest_header X-Request-ID {http.request.uuid}',
    '\t# The page a client gets: the first supported item listed wins (q-values are not weighed).',
    '\tmap {http.request.header.Accept-Language} {errata_language_listed} {',
    `\t\t~(?i)${languagePattern(ctx.locales)} \${1}`,
    '\t\tdefault ""',
    '\t}',
    '\tmap {errata_language_listed} {errata_locale} {',
    ...ctx.locales.map((locale) => `\t\t~(?i)^${escapeRegex(locale)}$ ${locale}`),
    `\t\tdefault ${defaultLocale}`,
    '\t}',
    '\tmap {http.request.header.Accept} {errata_type_listed} {',
    `\t\t~(?i)${acceptPattern()} \${1}`,
    '\t\tdefault ""',
    '\t}',
    '\tmap {errata_type_listed} {errata_extension} {',
    ...mediaTypes.filter(([, format]) => format !== 'text').map(([type, format]) => `\t\t~(?i)^${escapeRegex(type)}$ ${extensions[format]}`),
    `\t\tdefault ${extensions.text}`,
    '\t}',
    '\t# A status without a page of its own gets its class’s.',
    '\tmap {http.error.status_code} {errata_status} {',
    ...ctx.statuses.map((status) => `\t\t${status} ${status}`),
    `\t\t~^4 ${fourxx}`,
    '\t\tdefault 500',
    '\t}',
    '\thandle_errors {',
    `\t\troot * ${ctx.root}/caddy`,
    '\t\trewrite * /{errata_locale}/{errata_status}.{errata_extension}',
    '\t\theader {',
    '\t\t\tContent-Language {errata_locale}',
    '\t\t\tX-Request-Id {http.request.uuid}',
    ...common.map(([name, value]) => `\t\t\t${name} ${quoted(value)}`),
    '\t\t}',
    `\t\t@errata_html vars {errata_extension} ${extensions.html}`,
    '\t\theader @errata_html {',
    ...htmlOnly.map(([name, value]) => `\t\t\t${name} ${quoted(value)}`),
    '\t\t}',
    `\t\t@errata_json vars {errata_extension} ${extensions.json}`,
    `\t\theader @errata_json Content-Type ${ctx.contentTypes.json}`,
    '\t\ttemplates {',
    `\t\t\tmime ${[ctx.contentTypes.html, ctx.contentTypes.text, ctx.contentTypes.json].map((t) => t.split(';')[0]).join(' ')}`,
    `\t\t\tbetween ${caddyDelimiters.join(' ')}`,
    '\t\t}',
    '\t\tfile_server',
    '\t}',
    '}',
    '',
    `# Error responses from your service (${ctx.intercept.join(', ')}) become errors, so handle_errors answers them.`,
    '(errata_proxy) {',
    `\t@errata_error status ${ctx.intercept.join(' ')}`,
    '\thandle_response @errata_error {',
    '\t\terror "upstream error" {http.reverse_proxy.status_code}',
    '\t}',
    '}',
    '',
  ];
  return [
    {
      proxy: 'caddy',
      path: configFile('caddy', 'Caddyfile'),
      content: content.join('\n'),
      use: 'import at the top of your Caddyfile; `import errata_errors` in a site, `import errata_proxy` in its reverse_proxy',
    },
  ];
}
