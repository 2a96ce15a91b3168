// What each proxy can do with the exported pages, stated once: the manifest, the size report and
// the tests read it.

export const proxyNames = ['nginx', 'haproxy', 'caddy', 'apache', 'traefik'] as const;
export type ProxyName = (typeof proxyNames)[number];

export interface ProxyFacts {
  /** How the format (HTML, problem+json, text) is chosen. */
  readonly format: string;
  /** How the language is chosen. */
  readonly language: string;
  /** Whose id the page shows as its reference. */
  readonly reference: string;
  /** The most a response may weigh, if the proxy has such a limit. */
  readonly limit?: { readonly bytes: number; readonly what: string };
}

/** HAProxy's default: tune.bufsize (16384) minus tune.maxrewrite (1024). */
export const haproxyDefaultLimit = 15_360;

export function proxyFacts(haproxyLimit: number): Record<ProxyName, ProxyFacts> {
  return {
    nginx: {
      format: 'Accept: the first of text/html, application/(problem+)json, text/plain listed (q-values ignored); none: text',
      language: 'Accept-Language: the first offered locale listed (q-values ignored); none: the default locale',
      reference: 'nginx $request_id (sub_filter), also sent upstream as X-Request-ID and in X-Request-Id',
    },
    haproxy: {
      format:
        'errors the upstream returns and a backend with no usable server: Accept, as nginx; errors HAProxy makes itself (timeouts, refused connections): HTML, as http-error takes one page per status',
      language: 'as format: Accept-Language for upstream errors and a down backend; the default locale for its own errors',
      reference: 'HAProxy unique-id (%[uuid()]), also sent upstream as X-Request-ID and in X-Request-Id; none with the errorfile set',
      limit: { bytes: haproxyLimit, what: 'a whole response (status line, headers and body): tune.bufsize - tune.maxrewrite' },
    },
    caddy: {
      format: 'Accept, as nginx (map directive)',
      language: 'Accept-Language, as nginx (map directive)',
      reference: 'Caddy {http.request.uuid} (templates), also sent upstream as X-Request-ID and in X-Request-Id',
    },
    apache: {
      format: 'Accept with q-values (mod_negotiation type map)',
      language: 'Accept-Language with q-values (mod_negotiation type map)',
      reference: 'none: the pages read well without one',
    },
    traefik: {
      format: 'errata serve-errors negotiates Accept as a live page does',
      language: 'errata serve-errors negotiates Accept-Language as a live page does',
      reference: "the request's X-Request-Id or traceparent if a middleware sets one, else one serve-errors makes",
    },
  };
}

/** Statuses HAProxy can answer itself (its errorfile and http-error keywords take only these). */
export const haproxyStatuses: readonly number[] = [400, 401, 403, 404, 405, 407, 408, 410, 413, 425, 429, 500, 501, 502, 503, 504];
