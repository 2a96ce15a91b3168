import { describe, expect, it } from 'vitest';
import { xssPayloads } from '@errata/test/corpora';
import { scanPage } from '@errata/test/page';
import { createErrata } from './create-errata.js';
import { ErrataError } from './errata-error.js';

// The shared corpus, plus payloads aimed at this renderer: its sentinels and its raw-text elements.
const payloads: { name: string; value: string }[] = [
  ...xssPayloads,
  { name: 'template-sentinel', value: '\uE000errata:trace\uE001<script>alert(1)</script>' },
  { name: 'close-style', value: '</style><script>alert(1)</script>' },
  { name: 'close-title', value: '</title><script>alert(1)</script>' },
];

describe('XSS payloads never become markup (checked by parsing the page)', () => {
  it('the scanner flags the payloads when they are not escaped', () => {
    const flagged = payloads.filter((p) => scanPage(`<!DOCTYPE html><body>${p.value}</body>`).dangers.length > 0);
    expect(flagged.length).toBeGreaterThan(10);
    expect(scanPage('<p><img src=x onerror=alert(1)><a href="java\tscript:x">x</a>').dangers).toHaveLength(2);
  });
  for (const mode of ['production', 'development'] as const) {
    const errata = createErrata({ mode, links: { home: '/', support: 'https://help.example.com' } });
    for (const { name, value: payload } of payloads) {
      it(`${mode}: ${name}`, () => {
        const html = { accept: 'text/html' };
        const renders = [
          // the message (an exposed 4xx) and ICU values
          errata.render(Object.assign(new Error(payload), { status: 400, expose: true }), { headers: html }),
          errata.render(new ErrataError('PAYLOAD_TOO_LARGE', { values: { maxSize: payload }, message: payload, expose: true }), { headers: html }),
          // an internal message and cause (shown in development diagnostics)
          errata.render(new ErrataError('INTERNAL', { message: payload, cause: new Error(payload) }), { headers: html }),
          // the URL, request headers, trace ids and locale
          errata.render(new Error('x'), {
            method: 'GET',
            url: `/${encodeURIComponent(payload)}?q=${encodeURIComponent(payload)}&${payload}`,
            headers: { ...html, 'x-request-id': payload, traceparent: payload, 'accept-language': payload, 'user-agent': payload, referer: payload },
          }),
          errata.renderNotFound({ url: `/${payload}`, headers: { ...html, 'x-request-id': payload } }),
        ];
        for (const res of renders) {
          const scan = scanPage(res.body);
          expect(scan.dangers).toEqual([]);
          expect(scan.h1).toBe(1);
          expect(res.headers['x-request-id']).not.toBe(payload);
        }
        // links handed to renderBanner are allow-listed too
        const banner = errata.renderBanner('READ_ONLY', { links: { status: payload, home: payload, support: payload }, dismissHref: payload });
        expect(scanPage(banner.html).dangers).toEqual([]);
      });
    }
  }
});
