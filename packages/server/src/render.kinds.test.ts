// Every kind of secret and personal data in the per-kind corpus, through every channel a value
// thrown or requested can reach: the page a person sees, problem+json, text, the diagnostics
// panel, and the onError event. Samples must be blanked everywhere; near-misses must read back
// unchanged wherever they are shown.
//
// Channels are a table: a new output is one more entry. The triage store of @errata/ops (issue
// 12) belongs here when it lands: an entry whose `read` looks the trace id up in the store and
// serialises what it kept.
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { secretKinds } from '@errata/test/corpora';
import { createErrata } from './create-errata.js';
import { ErrataError } from './errata-error.js';
import type { Errata, ErrataEvent, RequestLike } from './types.js';

/** What one error produced, in every format, and the events it emitted. */
interface Run {
  readonly html: string;
  readonly json: string;
  readonly text: string;
  readonly events: readonly ErrataEvent[];
}

interface Channel {
  readonly name: string;
  /** The channel's content as text a person or a log reader would see (markup decoded). */
  read(run: Run): string;
}

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

/** The text of `<main>` outside the diagnostics `<details>`, and the text inside it (parse5: the HTML spec's parser). */
function pageParts(html: string): { main: string; panel: string } {
  const parts = { main: '', panel: '' };
  const walk = (node: Node, inMain: boolean, inPanel: boolean): void => {
    if (node.nodeName === '#text' && 'value' in node) {
      if (inPanel) parts.panel += node.value;
      else if (inMain) parts.main += node.value;
      return;
    }
    const main = inMain || node.nodeName === 'main';
    const panel = inPanel || node.nodeName === 'details';
    if ('childNodes' in node) for (const child of node.childNodes) walk(child, main, panel);
  };
  walk(parse(html), false, false);
  return parts;
}

const channels: readonly Channel[] = [
  { name: 'page', read: (run) => pageParts(run.html).main },
  { name: 'page source', read: (run) => run.html },
  { name: 'problem+json', read: (run) => JSON.stringify(JSON.parse(run.json)) },
  { name: 'text', read: (run) => run.text },
  { name: 'diagnostics panel', read: (run) => pageParts(run.html).panel },
  { name: 'onError event', read: (run) => JSON.stringify(run.events) },
];

const accepts = { html: 'text/html', json: 'application/problem+json', text: 'text/plain' } as const;

function run(errata: Errata, events: ErrataEvent[], make: () => unknown, request: RequestLike): Run {
  events.length = 0;
  const out: Record<keyof typeof accepts, string> = { html: '', json: '', text: '' };
  for (const [format, accept] of Object.entries(accepts) as [keyof typeof accepts, string][]) {
    out[format] = errata.render(make(), { ...request, headers: { ...request.headers, accept } }).body;
  }
  return { ...out, events: [...events] };
}

/** Where a sample is put: a message, a cause, the request URL (as itself or a parameter) and a header. */
function placements(text: string): { name: string; make: () => unknown; request: RequestLike }[] {
  const isUrl = /^(\/|https?:\/\/)/.test(text);
  const url = isUrl ? text : `/orders?detail=${encodeURIComponent(text)}`;
  const headerSafe = !/[\r\n]/.test(text);
  return [
    {
      name: 'an internal error (message, cause, URL, header)',
      make: () => new Error(`request failed: ${text}`, { cause: new Error(`upstream: ${text}`) }),
      request: { method: 'GET', url, headers: headerSafe ? { 'x-upstream-detail': text } : {} },
    },
    {
      name: 'an exposed 4xx message',
      make: () => new ErrataError('CONFLICT', { message: text, expose: true }),
      request: { method: 'POST', url },
    },
  ];
}

// Development shows the most (diagnostics in every format); production with an authorised viewer
// is the same panel behind a check (and emits an audit event too).
const setups = [
  { name: 'development', options: { mode: 'development' as const } },
  { name: 'production, authorised', options: { mode: 'production' as const, diagnostics: { authorize: () => ({ who: 'oncall@example.com' }) } } },
];

describe.each(setups)('$name', ({ options }) => {
  const events: ErrataEvent[] = [];
  const errata = createErrata({ ...options, onError: (event) => void events.push(event) });

  describe.each(secretKinds.map((entry) => [entry.kind, entry] as const))('%s', (_kind, { samples, nearMisses }) => {
    it('blanks every sample in every channel', () => {
      for (const { text, secret } of samples) {
        for (const place of placements(text)) {
          const result = run(errata, events, place.make, place.request);
          expect(result.events.length, place.name).toBeGreaterThan(0);
          for (const channel of channels) {
            expect(channel.read(result), `${channel.name}, ${place.name}: ${secret}`).not.toContain(secret);
          }
        }
      }
    });

    it('shows every near-miss unchanged where the text is shown', () => {
      for (const text of nearMisses) {
        const result = run(errata, events, () => new Error(`request failed: ${text}`), { method: 'GET', url: '/orders' });
        const exposed = run(errata, events, () => new ErrataError('CONFLICT', { message: text, expose: true }), { method: 'GET', url: '/orders' });
        expect(pageParts(result.html).panel, 'diagnostics panel').toContain(`request failed: ${text}`);
        expect(JSON.parse(result.json).diagnostics.message, 'problem+json').toBe(`request failed: ${text}`);
        expect(result.text, 'text').toContain(`request failed: ${text}`);
        expect((result.events[0] as { message?: string }).message, 'onError event').toBe(`request failed: ${text}`);
        expect(pageParts(exposed.html).main, 'page').toContain(text);
        expect(JSON.parse(exposed.json).detail, 'problem+json detail').toBe(text);
      }
    });
  });
});
