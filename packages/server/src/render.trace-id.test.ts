import { describe, expect, it } from 'vitest';
import { traceparentCases } from '@errata/test/corpora';
import { parsePage } from '@errata/test/page';
import { createErrata } from './create-errata.js';
import type { ErrataEvent } from './types.js';

describe('trace ids', () => {
  const events: ErrataEvent[] = [];
  const errata = createErrata({ mode: 'production', onError: (e) => void events.push(e) });
  const render = (headers: Record<string, string>) => {
    events.length = 0;
    const res = errata.render(new Error('x'), { headers: { accept: 'text/html', ...headers } });
    const event = events.find((e) => e.type === 'error');
    return { res, pageId: parsePage(res.body).traceId, eventId: event?.traceId };
  };

  it('uses a valid traceparent’s trace-id everywhere', () => {
    const { res, pageId, eventId } = render({ traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
    expect(pageId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(eventId).toBe(pageId);
    expect(res.headers['x-request-id']).toBe(pageId);
  });

  it('never echoes an invalid traceparent', () => {
    for (const bad of [
      '00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01',
      'ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      '00-00000000000000000000000000000000-b7ad6b7169203331-01',
      '00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01',
      '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-extra',
      '00-0af7651916cd43dd8448eb211c80319c<script>-b7ad6b7169203331-01',
    ]) {
      const { res, pageId, eventId } = render({ traceparent: bad });
      expect(pageId).toMatch(/^[0-9a-f]{32}$/);
      expect(pageId).not.toBe('0af7651916cd43dd8448eb211c80319c');
      expect(res.body).not.toContain(bad);
      expect(res.body.toLowerCase()).not.toContain('0af7651916cd43dd8448eb211c80319c');
      expect(eventId).toBe(pageId);
    }
  });

  it('uses a sane x-request-id and replaces a hostile one', () => {
    expect(render({ 'x-request-id': 'req-42.a:b_c' }).pageId).toBe('req-42.a:b_c');
    const hostile = render({ 'x-request-id': 'a b<c>\r\nX-Evil: 1' });
    expect(hostile.pageId).toMatch(/^[0-9a-f]{32}$/);
    expect(hostile.res.headers['x-request-id']).toBe(hostile.pageId);
  });

  it('generates a fresh id per request without headers', () => {
    const a = render({}).pageId;
    const b = render({}).pageId;
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  describe('W3C trace-context vectors: page, problem+json, header and event agree; invalid ids are never echoed', () => {
    for (const { value, note, expected } of traceparentCases) {
      it(note, () => {
        events.length = 0;
        const json = errata.render(new Error('x'), { headers: { accept: 'application/json', traceparent: value } });
        const body = JSON.parse(json.body);
        const event = events.find((e) => e.type === 'error');
        expect(body.traceId).toBe(json.headers['x-request-id']);
        expect(event?.traceId).toBe(body.traceId);
        if (expected) {
          expect(body.traceId).toBe(expected.traceId);
        } else {
          expect(body.traceId).toMatch(/^[0-9a-f]{32}$/);
          const claimed = /[0-9a-fA-F]{32}/.exec(value)?.[0];
          if (claimed) expect(body.traceId).not.toBe(claimed.toLowerCase());
          if (value.trim().length > 8) expect(json.body).not.toContain(value.trim());
        }
      });
    }
  });
});
