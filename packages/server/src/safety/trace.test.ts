import { describe, expect, it } from 'vitest';
import { generateTraceId, parseTraceparent, resolveTraceId } from './trace.js';

const valid = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('parseTraceparent', () => {
  it('splits a valid value into its fields', () => {
    expect(parseTraceparent(valid)).toEqual({ version: '00', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', parentId: '00f067aa0ba902b7', flags: '01' });
  });

  it('refuses values longer than 512 characters, even for future versions', () => {
    expect(parseTraceparent(`cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-${'a'.repeat(400)}`)).toBeDefined();
    expect(parseTraceparent(`cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-${'a'.repeat(500)}`)).toBeUndefined();
  });

  it('reads version 00 the same with surrounding spaces or tabs, and refuses all-zero ids and uppercase hex', () => {
    const fields = { version: '00', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', parentId: '00f067aa0ba902b7', flags: '01' };
    expect(parseTraceparent(` \t${valid}\t `)).toEqual(fields);
    expect(parseTraceparent('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeUndefined();
    expect(parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01')).toBeUndefined();
    expect(parseTraceparent(valid.toUpperCase())).toBeUndefined();
    expect(parseTraceparent(`${valid}-extra`)).toBeUndefined();
  });

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 1, [valid], { toString: () => valid }]) expect(parseTraceparent(value)).toBeUndefined();
  });
});

describe('resolveTraceId', () => {
  it('uses a valid traceparent from Node headers, a fetch Headers or any casing', () => {
    expect(resolveTraceId({ traceparent: valid })).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(resolveTraceId(new Headers({ TraceParent: valid }))).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(resolveTraceId({ TRACEPARENT: valid })).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('falls back to a sane x-request-id', () => {
    expect(resolveTraceId({ traceparent: 'garbage', 'x-request-id': 'req-42.a:b_c' })).toBe('req-42.a:b_c');
    expect(resolveTraceId(new Headers({ 'X-Request-Id': 'abc' }))).toBe('abc');
  });

  it('never echoes an invalid value: it generates an id instead', () => {
    const hostile = ['<script>alert(1)</script>', 'a'.repeat(129), 'id with spaces', '', 'x\r\ny'];
    for (const id of hostile) {
      const result = resolveTraceId({ traceparent: `00-${id}`, 'x-request-id': id });
      expect(result).toMatch(/^[0-9a-f]{32}$/);
      expect(result).not.toContain(id === '' ? 'never' : id);
    }
  });

  it('treats two traceparent headers as none (per the spec test suite)', () => {
    const other = '00-12345678901234567890123456789012-1234567890123456-01';
    expect(resolveTraceId({ traceparent: [valid, other] })).toMatch(/^[0-9a-f]{32}$/);
    expect(resolveTraceId({ traceparent: [valid, other] })).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('survives hostile header objects', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = {
      get traceparent(): string {
        throw new Error('boom');
      },
    };
    for (const headers of [proxy, throwing, null, undefined, 'traceparent', 5]) expect(resolveTraceId(headers)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('generateTraceId', () => {
  it('gives distinct, non-zero 32-hex ids across pool refills', () => {
    const ids = new Set(Array.from({ length: 1000 }, generateTraceId));
    expect(ids.size).toBe(1000);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(id).not.toMatch(/^0+$/);
    }
  });
});
