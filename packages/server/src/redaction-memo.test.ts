import { describe, expect, it } from 'vitest';
import { createRedactionMemo } from './redaction-memo.js';
import { createRedactor } from './safety/redact.js';

const redactor = createRedactor();
const pem =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n    at fake (x.js:1:1)\nqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ\n-----END PRIVATE KEY-----';

describe('remembered redaction', () => {
  it('gives exactly what the redactor gives, hit or miss', () => {
    const memo = createRedactionMemo(redactor);
    const stacks = [
      'Error: payment failed for sk_live_4eC39HqLyjWDarjtT1zdp7dc\n    at pay (/srv/app.js:10:5)\n    at run (/srv/app.js:20:3)',
      'Error: boom\n    at handler (file:///srv/app.mjs:4:9)',
      'TypeError: x is undefined',
      `Error: ${pem}\n    at handler (/srv/app.js:1:1)`,
      `Error: see https://user:hunter2@db.internal/x\n    at connect (/srv/db.js:3:3)`,
    ];
    for (let round = 0; round < 2; round++) {
      for (const stack of stacks) expect(memo.stack(stack)).toBe(redactor.string(stack));
      for (const text of ['ledger connection lost', 'token=abc123 failed', '/orders/42']) expect(memo.string(text)).toBe(redactor.string(text));
    }
    // A storm: the same frames (one holding a secret) after messages that differ, then other frames.
    const frames = '\n    at pay (/srv/app.js:10:5)\n    at call (https://user:hunter2@api.internal/x:1:1)';
    for (const stack of ['Error: a', 'Error: token=abc123', 'Error: a', 'Error: b\n    at other (/srv/b.js:1:1)'].map((h) => `${h}${frames}`)) {
      expect(memo.stack(stack)).toBe(redactor.string(stack));
    }
  });

  it('never splits a PEM block between the message and the frames', () => {
    const memo = createRedactionMemo(redactor);
    const out = memo.stack(`Error: ${pem}\n    at handler (/srv/app.js:1:1)`);
    expect(out).not.toContain('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
    expect(out).not.toContain('qhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ');
  });

  it('redacts headers as the redactor redacts the record', () => {
    const memo = createRedactionMemo(redactor);
    const headers = {
      accept: 'text/html',
      cookie: 'session=abc123',
      authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijklmnop',
      'x-note': 'password=hunter2',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      ['__proto__']: 'x',
    } as Record<string, string>;
    for (let round = 0; round < 3; round++) expect(memo.headers(headers)).toEqual(redactor.value(headers));
    expect(JSON.stringify(memo.headers(headers))).not.toMatch(/abc123|hunter2|eyJhbGci/);
    // A header named __proto__ stays a header: an own key, never the record's prototype.
    const out = memo.headers(headers);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toContain('__proto__');
  });

  it('stays bounded: thousands of distinct texts still redact correctly', () => {
    const memo = createRedactionMemo(redactor);
    for (let i = 0; i < 3000; i++) expect(memo.string(`order ${i} api_key=k${i}`)).toBe(`order ${i} api_key=[REDACTED]`);
    expect(memo.string('ledger connection lost')).toBe('ledger connection lost');
  });
});
