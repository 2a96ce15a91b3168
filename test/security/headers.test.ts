import { describe, expect, it } from 'vitest';
import { allowErrorHeaders, headerValue } from '../../packages/server/src/safety/headers.js';
import { resolveTraceId } from '../../packages/server/src/safety/trace.js';
import { xssPayloads } from '../corpora/corpora.js';

describe('XSS payloads in header and trace-id positions', () => {
  it.each(xssPayloads.map((entry) => [entry.name, entry] as const))('%s', (_name, { value }) => {
    const sanitised = headerValue(value);
    if (sanitised !== undefined) {
      // Exactly what Node's setHeader and fetch's Headers accept, never a line break.
      expect(sanitised).toMatch(/^[\x20-\x7e]{1,1024}$/);
      expect(() => new Headers({ 'WWW-Authenticate': sanitised })).not.toThrow();
    }
    const allowed = allowErrorHeaders({ 'WWW-Authenticate': value, Allow: value, 'Retry-After': value, Location: value });
    expect(Object.keys(allowed).every((key) => key === 'www-authenticate' || key === 'allow')).toBe(true);
    for (const header of Object.values(allowed)) expect(header).not.toMatch(/[\r\n\0]/);
    if (allowed['allow'] !== undefined) expect(allowed['allow']).toMatch(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+(, [!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/);

    const traceId = resolveTraceId({ traceparent: value, 'x-request-id': value });
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
  });
});
