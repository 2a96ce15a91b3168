// Section 3: page weight of every built-in error page, as sent: HTML bytes, gzip bytes, CSS
// bytes inside, requests the page would make to other origins, and bytes of JavaScript.
import { gzipSync } from 'node:zlib';
import { createErrata, ErrataError } from '@errata/server';
import { builtinCatalog } from '@errata/catalog';
import { request, valuesFor } from './lib/pages.mjs';

const KB = 1024;
export const weightTargets = { htmlBytes: 14 * KB, gzipBytes: 5 * KB };

/** Sub-resources a browser would fetch: src/srcset/poster/data on any element, <link href> (stylesheets,
 * icons, preloads), CSS url(...) and @import, other than data: URIs and same-document fragments. */
export function externalRequests(html) {
  const found = [];
  for (const m of html.matchAll(/<(?!a\b)[a-z][\w-]*\b[^>]*?\s(?:src|srcset|poster|data|href|action|formaction)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) {
    const tag = m[0].slice(1).split(/\s/, 1)[0].toLowerCase();
    const value = m[1].replace(/^["']|["']$/g, '');
    if (tag === 'form' || value.startsWith('data:') || value.startsWith('#')) continue;
    found.push(`${tag}: ${value}`);
  }
  for (const m of html.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)) {
    const value = m[2] ?? m[4];
    if (!value.startsWith('data:') && !value.startsWith('#')) found.push(`css: ${value}`);
  }
  return found;
}

export function weightSection() {
  // onError: the 5xx pages rendered here are samples, not failures for stderr.
  const errata = createErrata({
    mode: 'production',
    links: { home: '/', support: 'https://example.com/support', status: 'https://status.example.com/' },
    onError: () => undefined,
  });
  const pages = [];
  for (const code of builtinCatalog.codes) {
    const entry = builtinCatalog.get(code);
    if (entry.kind === 'notice') continue; // banner states, not pages
    const response = errata.render(new ErrataError(code, { values: valuesFor(entry) }), request(1));
    const html = response.body;
    const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
    const handlers = [...html.matchAll(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi)];
    const jsBytes = scripts.reduce((n, m) => n + Buffer.byteLength(m[1]), 0) + handlers.reduce((n, m) => n + Buffer.byteLength(m[1]) - 2, 0);
    const htmlBytes = Buffer.byteLength(html);
    const gzipBytes = gzipSync(html, { level: 9 }).length;
    const external = externalRequests(html);
    pages.push({
      code,
      status: response.status,
      htmlBytes,
      gzipBytes,
      cssBytes: css,
      scriptElements: scripts.length,
      jsBytes,
      externalRequests: external.length,
      external,
      withinTargets: htmlBytes < weightTargets.htmlBytes && gzipBytes < weightTargets.gzipBytes && jsBytes === 0 && external.length === 0,
    });
  }
  return {
    targets: weightTargets,
    pages,
    maxHtmlBytes: Math.max(...pages.map((p) => p.htmlBytes)),
    maxGzipBytes: Math.max(...pages.map((p) => p.gzipBytes)),
    totalExternalRequests: pages.reduce((n, p) => n + p.externalRequests, 0),
    totalJsBytes: pages.reduce((n, p) => n + p.jsBytes, 0),
  };
}
