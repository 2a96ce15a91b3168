// HAProxy: frontend rules choose the language and format and make the request id; backend rules
// answer with the pages as log-format files (`lf-file`, where `%[unique-id]` is the reference):
// `http-response return` for the upstream's error responses and `http-request return` for a backend
// with no usable server, both per format and language; `http-error` for HAProxy's own errors,
// which it answers with one page per status. `errors.cfg` holds the whole-response errorfiles.
import { formats, type Format } from '@errata/server';
import { configFile, haproxyBody, haproxyErrorfile } from '../layout.js';
import { acceptPattern, languagePattern, mediaTypes } from '../negotiation.js';
import { haproxyStatuses } from '../proxies.js';
import { splitHeaders, type Snippet, type SnippetContext, quoted } from './context.js';

/** Statuses whose HAProxy answer carries its own WWW-Authenticate / Proxy-Authenticate: left alone. */
const authStatuses = new Set([401, 407]);

/** HAProxy's own errors with a page: what it can generate, minus the authentication prompts. */
export function haproxyOwnStatuses(statuses: readonly number[]): number[] {
  return statuses.filter((status) => haproxyStatuses.includes(status) && !authStatuses.has(status));
}

export function haproxySnippets(ctx: SnippetContext): Snippet[] {
  const { common, htmlOnly } = splitHeaders(ctx.headers);
  const [defaultLocale = 'en'] = ctx.locales;
  const lower = (locale: string) => locale.toLowerCase();
  // Whole-string regexes for regsub: the captured item replaces the header value.
  const whole = (pattern: string) => `${pattern}.*`;

  const frontend = [
    '# errata (written by `errata export`): paste into your frontend (or defaults) section.',
    '# The request id the page shows: logged with %ID in a log-format, sent upstream as X-Request-ID.',
    'unique-id-format %[uuid()]',
    'unique-id-header X-Request-ID',
    'http-request del-header X-Request-ID',
    '# The page a client gets: the first supported item listed wins (q-values are not weighed).',
    `http-request set-var(txn.errata_locale) 'req.fhdr(accept-language),lower,regsub("${whole(languagePattern(ctx.locales))}","\\1")'`,
    `http-request set-var(txn.errata_locale) str(${lower(defaultLocale)}) unless { var(txn.errata_locale) -m str ${ctx.locales.map(lower).join(' ')} }`,
    `http-request set-var(txn.errata_format) 'req.fhdr(accept),lower,regsub("${whole(acceptPattern())}","\\1")'`,
    ...formats
      .filter((format) => format !== 'text')
      .map(
        (format) =>
          `http-request set-var(txn.errata_format) str(${format}) if { var(txn.errata_format) -m str ${mediaTypes
            .filter(([, f]) => f === format)
            .map(([type]) => type)
            .join(' ')} }`,
      ),
    `http-request set-var(txn.errata_format) str(text) unless { var(txn.errata_format) -m str ${formats.filter((f) => f !== 'text').join(' ')} }`,
    '',
  ];

  const headers = (format: Format, locale: string) =>
    [['Content-Language', locale], ['X-Request-Id', '%[unique-id]'], ...common, ...(format === 'html' ? htmlOnly : [])]
      .map(([name, value]) => `hdr ${name} ${quoted(value as string)}`)
      .join(' ');
  const answer = (status: number, format: Format, locale: string) =>
    `status ${status} content-type ${quoted(ctx.contentTypes[format])} lf-file ${ctx.root}/${haproxyBody(locale, status, format)} ${headers(format, locale)}`;
  const negotiated = (format: Format, locale: string) => `{ var(txn.errata_format) -m str ${format} } { var(txn.errata_locale) -m str ${lower(locale)} }`;
  const every = (line: (format: Format, locale: string) => string) => ctx.locales.flatMap((locale) => formats.map((format) => line(format, locale)));
  const own = haproxyOwnStatuses(ctx.statuses);

  const backend = [
    '# errata (written by `errata export`): paste into the backend section that reaches your service,',
    '# with config/haproxy/frontend.cfg in its frontend.',
    ...(ctx.statuses.includes(503)
      ? [
          '# No usable server left (health checks): the 503 page, in every format and language.',
          ...every((format, locale) => `http-request return ${answer(503, format, locale)} if { nbsrv eq 0 } ${negotiated(format, locale)}`),
        ]
      : []),
    `# Error responses from your service (${ctx.intercept.join(', ')}): replaced, in every format and language.`,
    ...ctx.intercept.flatMap((status) =>
      every((format, locale) => `http-response return ${answer(status, format, locale)} if { status ${status} } ${negotiated(format, locale)}`),
    ),
    `# HAProxy's own errors (timeouts, refused connections, ...): http-error takes one page per status,`,
    `# so these are HTML in ${defaultLocale}. 401 and 407 stay HAProxy's: its authentication adds its own header.`,
    ...own.map((status) => `http-error ${answer(status, 'html', defaultLocale)}`),
    '',
  ];

  const errors = [
    '# errata (written by `errata export`): whole-response pages (HTML, no request id) for HAProxy’s own',
    `# errors. Load with one more \`-f ${ctx.root}/config/haproxy/errors.cfg\` and write \`errorfiles errata\``,
    '# in your backend (or defaults) instead of the http-error lines of config/haproxy/backend.cfg.',
    'http-errors errata',
    ...own.map((status) => `    errorfile ${status} ${ctx.root}/${haproxyErrorfile(status)}`),
    '',
  ];

  return [
    { proxy: 'haproxy', path: configFile('haproxy', 'frontend.cfg'), content: frontend.join('\n'), use: 'paste into your frontend (or defaults) section' },
    { proxy: 'haproxy', path: configFile('haproxy', 'backend.cfg'), content: backend.join('\n'), use: 'paste into the backend that reaches your service' },
    {
      proxy: 'haproxy',
      path: configFile('haproxy', 'errors.cfg'),
      content: errors.join('\n'),
      use: 'or: load with -f and `errorfiles errata` (whole responses, no request id) instead of the http-error lines',
    },
  ];
}
