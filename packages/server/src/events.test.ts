// The event hooks around onError: every error event carries the entry's severity, observers see
// every event without being able to change a response, and without onError a 5xx (or a failure of
// errata itself) still reaches stderr as one JSON line.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createErrata } from './create-errata.js';
import { ErrataError } from './errata-error.js';
import { ErrataOptionsError } from './options.js';
import type { ErrataEvent, ErrataObserver } from './types.js';

const request = { method: 'GET', url: '/orders/42?token=abc', headers: { accept: 'application/json' } };

function captureStderr(): { lines(): ErrataEvent[] } {
  const written: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    expect(args).toHaveLength(1);
    written.push(String(args[0]));
  });
  return { lines: () => written.map((line) => JSON.parse(line) as ErrataEvent) };
}

afterEach(() => vi.restoreAllMocks());

describe('error events', () => {
  it('carry the catalog severity of the code', () => {
    const events: ErrataEvent[] = [];
    const errata = createErrata({ onError: (e) => void events.push(e) });
    errata.render(new Error('boom'), request);
    errata.render(new ErrataError('NOT_FOUND'), request);
    expect(events.map((e) => e.type === 'error' && [e.code, e.severity])).toEqual([
      ['INTERNAL', 'medium'],
      ['NOT_FOUND', 'low'],
    ]);
  });
});

describe('without onError', () => {
  it('writes each 5xx as one redacted JSON line to stderr, and nothing for a 4xx', () => {
    const stderr = captureStderr();
    const errata = createErrata();
    const a = errata.render(new Error('db down password=hunter2'), request);
    errata.render(new ErrataError('NOT_FOUND'), request);
    errata.render(new ErrataError('SERVICE_UNAVAILABLE'), request);
    const lines = stderr.lines();
    expect(lines.map((e) => e.type === 'error' && e.status)).toEqual([500, 503]);
    const first = lines[0] as Extract<ErrataEvent, { type: 'error' }>;
    expect(first.traceId).toBe(a.headers['x-request-id']);
    expect(first.severity).toBe('medium');
    expect(JSON.stringify(lines)).not.toContain('hunter2');
    expect(JSON.stringify(lines)).not.toContain('token=abc');
  });

  it('writes nothing once onError is set', () => {
    const stderr = captureStderr();
    createErrata({ onError: () => undefined }).render(new Error('x'), request);
    expect(stderr.lines()).toEqual([]);
  });
});

describe('observers', () => {
  it('receive every event besides onError, which still gets it', () => {
    const seen: string[] = [];
    const logged: string[] = [];
    const errata = createErrata({ observers: [(e) => void seen.push(e.type)], onError: (e) => void logged.push(e.type) });
    errata.render(new ErrataError('FORBIDDEN'), request);
    expect(seen).toEqual(['error']);
    expect(logged).toEqual(['error']);
  });

  it('cannot change the response by throwing or rejecting, and do not silence the stderr default', () => {
    const stderr = captureStderr();
    const plain = createErrata().render(new Error('x'), request);
    const observed = createErrata({
      observers: [
        () => {
          throw new Error('observer bug');
        },
        (() => Promise.reject(new Error('async observer bug'))) as unknown as ErrataObserver,
      ],
    }).render(new Error('x'), request);
    expect(observed.status).toBe(plain.status);
    expect(JSON.parse(observed.body)).toMatchObject({ code: 'INTERNAL', status: 500 });
    expect(stderr.lines().filter((e) => e.type === 'error')).toHaveLength(2);
  });

  it('see a failure of errata itself as a failure event', () => {
    const seen: ErrataEvent[] = [];
    const errata = createErrata({
      observers: [(e) => void seen.push(e)],
      onError: (e) => {
        if (e.type === 'error') throw new Error('logger down');
      },
    });
    expect(errata.render(new Error('x'), request).status).toBe(500);
    expect(seen.map((e) => e.type)).toEqual(['error', 'failure']);
  });

  it('must be functions', () => {
    expect(() => createErrata({ observers: [42 as never] })).toThrow(ErrataOptionsError);
    expect(() => createErrata({ observers: (() => undefined) as never })).toThrow(/observers/);
  });
});
