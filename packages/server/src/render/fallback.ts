import { createHash } from 'node:crypto';
import type { ErrorResponse, Format } from '../types.js';
import { escapeHtml } from './escape.js';
import { responseHeaders } from './headers.js';

const TRACE = '\uE000trace\uE001';

/**
 * The page sent when anything inside errata fails. Built at start-up from plain strings (no
 * React, no catalog) so it cannot fail the same way; only the escaped trace id is spliced in.
 */
export interface Fallback {
  respond(traceId: string, format: Format, head: boolean): ErrorResponse;
}

const css =
  'body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}' +
  'main{max-width:40rem;margin:10vh auto;padding:1rem}h1{font-size:1.75rem}code{font-size:1rem}' +
  '@media (prefers-color-scheme:dark){body{color:#f2f2f2;background:#121212}}';

export function createFallback(): Fallback {
  const styleHash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
  const html = [
    '<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Something went wrong</title><style>${css}</style></head>`,
    '<body><main><h1>Something went wrong</h1>',
    '<p>We could not complete your request. Please try again in a few minutes.</p>',
    `<p>If you contact support, quote this reference: <code>${TRACE}</code></p>`,
    '</main></body></html>',
  ].join('');
  const bodies: Record<Format, readonly string[]> = {
    html: html.split(TRACE),
    json: JSON.stringify({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'We could not complete your request.',
      instance: `urn:trace:${TRACE}`,
      code: 'INTERNAL',
      traceId: TRACE,
    }).split(TRACE),
    text: `Something went wrong\n\nWe could not complete your request. Please try again in a few minutes.\n\nReference: ${TRACE}\n`.split(TRACE),
  };
  return {
    respond(traceId, format, head) {
      // Trace ids are validated hex/ids already; escaping keeps this safe whatever comes in.
      const safeId = escapeHtml(traceId).replace(/[^\w.:-]/g, '');
      const body = (bodies[format] ?? bodies.html).join(safeId);
      const headers = responseHeaders({
        format,
        locale: 'en',
        traceId: safeId,
        status: 500,
        errorHeaders: {},
        wwwAuthenticate: 'Bearer',
        styleSources: [styleHash],
      });
      headers['content-length'] = String(Buffer.byteLength(body));
      return { status: 500, headers, body: head ? '' : body };
    },
  };
}
