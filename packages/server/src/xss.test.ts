import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../test/frameworks/support/page.js';
import { createErrata } from './create-errata.js';
import { ErrataError } from './errata-error.js';

const corpusFile = new URL('../../../test/corpora/xss.json', import.meta.url);
const own = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '\uE000errata:trace\uE001<script>alert(1)</script>',
  '<iframe src=//evil.example>',
  '{{constructor.constructor("alert(1)")()}}',
];
// The shared corpus from test/corpora when present, plus our own renderer-specific cases.
function payloads(): string[] {
  if (!existsSync(corpusFile)) return own;
  const data: unknown = JSON.parse(readFileSync(corpusFile, 'utf8'));
  const list = Array.isArray(data) ? data : Array.isArray((data as { payloads?: unknown }).payloads) ? (data as { payloads: unknown[] }).payloads : [];
  return [...own, ...list.map((p) => (typeof p === 'string' ? p : (p as { payload?: unknown }).payload)).filter((p): p is string => typeof p === 'string')];
}

describe('XSS payloads never become markup', () => {
  for (const mode of ['production', 'development'] as const) {
    const errata = createErrata({ mode, links: { home: '/', support: 'https://help.example.com' } });
    for (const payload of payloads()) {
      it(`${mode}: ${JSON.stringify(payload).slice(0, 60)}`, () => {
        const renders = [
          // message (exposed 4xx) and values
          errata.render(Object.assign(new Error(payload), { status: 400, expose: true }), { headers: { accept: 'text/html' } }),
          errata.render(new ErrataError('PAYLOAD_TOO_LARGE', { values: { maxSize: payload }, message: payload, expose: true }), { headers: { accept: 'text/html' } }),
          errata.render(new ErrataError('INTERNAL', { message: payload, cause: new Error(payload) }), { headers: { accept: 'text/html' } }),
          // URL and headers (shown in development diagnostics), trace ids, locale
          errata.render(new Error('x'), {
            method: 'GET',
            url: `/${encodeURIComponent(payload)}?q=${encodeURIComponent(payload)}&${payload}`,
            headers: {
              accept: 'text/html',
              'x-request-id': payload,
              traceparent: payload,
              'accept-language': payload,
              'user-agent': payload,
              referer: payload,
            },
          }),
          errata.renderNotFound({ url: `/${payload}`, headers: { accept: 'text/html', 'x-request-id': payload } }),
        ];
        for (const res of renders) {
          const page = parsePage(res.body);
          expect(page.dangers).toEqual([]);
          expect(page.document.querySelectorAll('h1')).toHaveLength(1);
          expect(res.headers['x-request-id']).not.toBe(payload);
        }
        const banner = errata.renderBanner('DEGRADED', { values: { since: new Date(0) }, links: { status: payload, home: payload }, dismissHref: payload });
        expect(parsePage(`<!DOCTYPE html><html><body>${banner.html}</body></html>`).dangers).toEqual([]);
      });
    }
  }
});
