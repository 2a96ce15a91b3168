import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED, truncatedMarker } from './redact.js';
import { passesLuhn } from './redact-text.js';

const redactor = createRedactor();

describe('redactor.string', () => {
  it.each([
    ['Authorization: Bearer abc.def', 'Authorization: [REDACTED]'],
    ['got Bearer 0123456789abcdef from upstream', 'got Bearer [REDACTED] from upstream'],
    ['Basic dXNlcjpwYXNzd29yZA== sent', 'Basic [REDACTED] sent'],
    ['Cookie: sid=1; theme=dark', 'Cookie: [REDACTED]'],
    ['postgres://app:s3cret@db.internal:5432/app', 'postgres://[REDACTED]@db.internal:5432/app'],
    ['https://me@example.com:pa@ss@host/x', 'https://[REDACTED]@host/x'],
    ['GET /cb?code=abc123&state=ok&page=2', 'GET /cb?code=[REDACTED]&state=ok&page=2'],
    ['/x?X-Amz-Signature=deadbeef&id=1', '/x?X-Amz-Signature=[REDACTED]&id=1'],
    ['{"password": "hunter2", "user": "bob"}', '{"password": "[REDACTED]", "user": "bob"}'],
    ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = [REDACTED]'],
    ['card 4242-4242-4242-4242.', 'card [REDACTED].'],
    // A URL inside another URL's parameter: the outer value is searched for parameters too.
    ['/login?next=https://api.example.com/cb?key=SECRETVALUE123&x=1', '/login?next=https://api.example.com/cb?key=[REDACTED]&x=1'],
    ['/login?next=https%3A%2F%2Fapi.example.com%2Fcb%3Fkey%3DSECRETVALUE123', '/login?next=https%3A%2F%2Fapi.example.com%2Fcb%3Fkey%3D[REDACTED]'],
    ['/login?next=https%3A%2F%2Fapi%2Fcb%3Fsig%3DSECRETVALUE123%26page%3D2&x=1', '/login?next=https%3A%2F%2Fapi%2Fcb%3Fsig%3D[REDACTED]%26page%3D2&x=1'],
    [
      '/a?next=https%253A%252F%252Fapi%252Fcb%253Fcode%253DSECRETVALUE123%2526page%253D2',
      '/a?next=https%253A%252F%252Fapi%252Fcb%253Fcode%253D[REDACTED]%2526page%253D2',
    ],
    ['/a?next=%2Fcb%3Fpage%3D2%26token%3DSECRETVALUE123', '/a?next=%2Fcb%3Fpage%3D2%26token%3D[REDACTED]'],
    // A plain value may hold `%26`: it is blanked whole, not cut there.
    ['/a?password=abc%26def&page=2', '/a?password=[REDACTED]&page=2'],
    ['/a?token=abc?def=1', '/a?token=[REDACTED]'],
  ])('%s', (input, expected) => {
    expect(redactor.string(input)).toBe(expected);
  });

  it('leaves ordinary text alone', () => {
    const text = 'Order ORD-2026-000417 for +1 415 555 0132 on 2026-11-21: Basic authentication failed; see https://example.com/help?page=2';
    expect(redactor.string(text)).toBe(text);
  });

  it('leaves ordinary nested return paths alone', () => {
    for (const text of [
      '/login?next=/dashboard',
      '/login?next=%2Fdashboard%3Forder%3DORD-2026-000417&lang=en',
      'https://app.example.com/login?next=https://app.example.com/orders?id=ORD-2026-000417&page=2',
    ]) {
      expect(redactor.string(text)).toBe(text);
    }
  });

  it('keeps "token:" prose but blanks token-shaped values after it', () => {
    expect(redactor.string('Invalid token: expired')).toBe('Invalid token: expired');
    expect(redactor.string('{"error":"CSRF token: mismatch."}')).toBe('{"error":"CSRF token: mismatch."}');
    for (const [input, expected] of [
      ['token: 123456', `token: ${REDACTED}`],
      ['token: fakeTokenValue', `token: ${REDACTED}`],
      ['token: abcdefghijklmnopqrst', `token: ${REDACTED}`],
      ['token: fake-token-value', `token: ${REDACTED}`],
      ['token=expired', `token=${REDACTED}`],
      ['"token": "expired"', `"token": "${REDACTED}"`],
      ['access_token: expired', `access_token: ${REDACTED}`],
      ['x-csrf-token: expired', `x-csrf-token: ${REDACTED}`],
      ['password: expired', `password: ${REDACTED}`],
    ]) {
      expect(redactor.string(input ?? ''), input).toBe(expected);
    }
  });

  it('leaves digit runs that fail the Luhn check', () => {
    expect(redactor.string('ref 1234 5678 9012 3456')).toBe('ref 1234 5678 9012 3456');
  });

  it('blanks a PEM private key, also an unterminated one', () => {
    expect(redactor.string('key: -----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY----- done')).toBe(`key: ${REDACTED} done`);
    expect(redactor.string('-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn')).toBe(REDACTED);
    expect(redactor.string('-----BEGIN CERTIFICATE-----')).toBe('-----BEGIN CERTIFICATE-----');
  });

  it('is idempotent', () => {
    const once = redactor.string('/x?access_token=abc&password=p Authorization: Bearer x');
    expect(redactor.string(once)).toBe(once);
    expect(once).not.toContain(']]');
  });

  it('applies extra patterns, whatever their flags', () => {
    const custom = createRedactor({ patterns: [/ACME-[0-9]{6}/y] });
    expect(custom.string('ids ACME-123456 and ACME-654321')).toBe(`ids ${REDACTED} and ${REDACTED}`);
    expect(custom.string('again ACME-123456')).toBe(`again ${REDACTED}`);
  });

  it('caps input before matching, and returns quickly on hostile input', () => {
    const hostile = [
      'a'.repeat(1e6),
      '-----BEGIN '.repeat(1e5),
      '1'.repeat(1e6),
      '4 '.repeat(5e5),
      'eyJ-'.repeat(3e5),
      'token='.repeat(2e5),
      'http://'.repeat(2e5),
      '?a='.repeat(3e5),
      'Basic '.repeat(2e5),
      '%3Fkey%3D'.repeat(1e5),
      '?key=%3F'.repeat(1e5),
      `?next=${'%25'.repeat(3e5)}`,
      `?key%3D${'%'.repeat(1e6)}`,
      '&a%253D'.repeat(1e5),
      `token: ${'a'.repeat(1e6)}`,
    ];
    for (const input of hostile) {
      // Best of three, so a GC pause on a busy machine is not mistaken for slowness. A generous
      // guard: linear regexes take a few ms here; a backtracking one takes seconds every time.
      let fastest = Infinity;
      for (let round = 0; round < 3; round += 1) {
        const started = performance.now();
        const output = redactor.string(input);
        fastest = Math.min(fastest, performance.now() - started);
        expect(output.length).toBeLessThanOrEqual(64 * 1024 + truncatedMarker.length);
      }
      expect(fastest).toBeLessThan(100);
    }
    expect(redactor.string('a'.repeat(1e6)).endsWith(truncatedMarker)).toBe(true);
  });

  it('does not cut a token in half at the cap when whitespace is near', () => {
    const secret = `ghp_${'a'.repeat(36)}`;
    const text = `${'word '.repeat(13_106)}${secret} tail`;
    const output = redactor.string(text);
    expect(output).not.toContain('ghp_');
  });

  it('returns an empty string for non-strings', () => {
    expect(redactor.string(42 as unknown as string)).toBe('');
  });
});

describe('redactor.value', () => {
  it('blanks sensitive keys at any depth, folding case, dashes, underscores and spaces', () => {
    const input = {
      user: { name: 'Ann', Password: 'p', 'X-Api-Key': 'k', access_token: 't', 'Refresh Token': 'r', nested: [{ SESSION_ID: 's', auth: 'a', author: 'Bo' }] },
    };
    expect(redactor.value(input)).toEqual({
      user: {
        name: 'Ann',
        Password: REDACTED,
        'X-Api-Key': REDACTED,
        access_token: REDACTED,
        'Refresh Token': REDACTED,
        nested: [{ SESSION_ID: REDACTED, auth: REDACTED, author: 'Bo' }],
      },
    });
  });

  it('blanks a sensitive key even when its value is an object', () => {
    expect(redactor.value({ credentials: { user: 'u', pass: 'p' } })).toEqual({ credentials: REDACTED });
  });

  it('accepts extra keys as folded strings or RegExps', () => {
    const custom = createRedactor({ keys: ['national id', /^ssn$/i] });
    expect(custom.value({ National_ID: '1', SSN: '2', lesson: '3' })).toEqual({ National_ID: REDACTED, SSN: REDACTED, lesson: '3' });
  });

  it('refuses bad options clearly', () => {
    expect(() => createRedactor({ keys: [5 as unknown as string] })).toThrow(/strings or RegExps/);
    expect(() => createRedactor({ patterns: ['x' as unknown as RegExp] })).toThrow(/RegExps/);
  });

  it('redacts secrets inside string values and keys', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    expect(redactor.value({ note: `token ${jwt}`, [jwt]: 1 })).toEqual({ note: `token ${REDACTED}`, [REDACTED]: 1 });
  });

  it('handles cycles, Maps, Sets, Dates, binary data, errors and Proxies', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const shared = { a: 1 };
    const input: Record<string, unknown> = {
      map: new Map<unknown, unknown>([
        ['cookie', 'c'],
        ['ok', 1],
        [3, 'three'],
      ]),
      set: new Set(['x', 'Bearer abcdefgh']),
      when: new Date(0),
      bad: new Date('nope'),
      buffer: Buffer.from('password'),
      view: new Uint8Array(4),
      proxy,
      error: new Error('failed for sk_live_0000000000FAKE00000000'),
      twice: [shared, shared],
      fn: () => 1,
      sym: Symbol('s'),
      big: 5n,
    };
    input.self = input;
    expect(redactor.value(input)).toEqual({
      map: { cookie: REDACTED, ok: 1, 3: 'three' },
      set: ['x', `Bearer ${REDACTED}`],
      when: '1970-01-01T00:00:00.000Z',
      bad: 'Invalid Date',
      buffer: '[Binary]',
      view: '[Binary]',
      proxy: '[Proxy]',
      error: { name: 'Error', message: `failed for ${REDACTED}`, stack: expect.stringContaining(REDACTED) as unknown },
      twice: [{ a: 1 }, { a: 1 }],
      fn: '[Function]',
      sym: '[Symbol]',
      big: '5',
      self: '[Circular]',
    });
  });

  it('reads URLs and query parameters as text and entries', () => {
    expect(
      redactor.value({
        url: new URL('https://user:pw@example.com/a?token=t1&page=2'),
        query: new URLSearchParams('page=2&api_key=k1&password=p1'),
      }),
    ).toEqual({
      url: `https://${REDACTED}@example.com/a?token=${REDACTED}&page=2`,
      query: { page: '2', api_key: REDACTED, password: REDACTED },
    });
  });

  it('blanks a secret in a URL nested in a parameter, wherever the URL sits', () => {
    const plain = 'https://app.example.com/login?next=https://api.example.com/cb?api_key=SECRETVALUE123&x=1';
    const encoded = 'https://app.example.com/login?next=https%3A%2F%2Fapi.example.com%2Fcb%3Fkey%3DSECRETVALUE123';
    for (const text of [plain, encoded]) {
      const url = new URL(text);
      const summary = { method: 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: { referer: text } };
      const output = JSON.stringify(redactor.value({ text, url: text, link: [url], params: url.searchParams, request: summary }));
      expect(output, text).not.toContain('SECRETVALUE123');
      expect(output).toContain('/login');
    }
    expect(redactor.value({ next: new URL(encoded).searchParams.get('next') })).toEqual({ next: `https://api.example.com/cb?key=${REDACTED}` });
  });

  it('never invokes getters', () => {
    let calls = 0;
    const input = {
      get computed(): string {
        calls += 1;
        return 'x';
      },
      plain: 'y',
    };
    expect(redactor.value(input)).toEqual({ computed: '[Getter]', plain: 'y' });
    expect(calls).toBe(0);
  });

  it('bounds depth, breadth and total size', () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let index = 0; index < 50; index += 1) deep = { next: deep };
    expect(JSON.stringify(redactor.value(deep))).toContain('[Object]');
    const wide = Object.fromEntries(Array.from({ length: 1000 }, (_, index) => [`k${index}`, index]));
    expect(Object.keys(redactor.value(wide) as object).length).toBeLessThanOrEqual(101);
    const long = redactor.value(Array.from({ length: 1000 }, (_, index) => index)) as unknown[];
    expect(long).toHaveLength(101);
    expect(String(long.at(-1))).toContain('900 more');
    const big = redactor.value({ text: 'x'.repeat(100_000) }) as { text: string };
    expect(big.text.length).toBeLessThanOrEqual(8 * 1024 + truncatedMarker.length);
  });

  it('keeps a __proto__ key as data', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const output = redactor.value(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.keys(output)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('passesLuhn', () => {
  it('checks the Luhn digit', () => {
    expect(passesLuhn('4242 4242 4242 4242')).toBe(true);
    expect(passesLuhn('378282246310005')).toBe(true);
    expect(passesLuhn('4242 4242 4242 4241')).toBe(false);
  });
});
