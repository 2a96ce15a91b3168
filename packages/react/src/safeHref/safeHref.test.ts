import { describe, expect, test } from 'vitest';
import { safeHref } from './safeHref.js';

// Each of these is a way to run script, leave the site, or smuggle credentials past a reader.
const hostile: readonly [string, unknown][] = [
  ['javascript scheme', 'javascript:alert(1)'],
  ['javascript, mixed case', 'JaVaScRiPt:alert(1)'],
  ['javascript, leading space', ' javascript:alert(1)'],
  ['javascript, leading control character', '\u0001javascript:alert(1)'],
  ['javascript, tab inside the scheme', 'java\tscript:alert(1)'],
  ['javascript, newline inside the scheme', 'java\nscript:alert(1)'],
  ['javascript, NUL inside the scheme', 'java\u0000script:alert(1)'],
  ['javascript, numeric entity', '&#106;avascript:alert(1)'],
  ['javascript, named entity colon', 'javascript&colon;alert(1)'],
  ['javascript, percent-encoded colon', 'javascript%3Aalert(1)'],
  ['javascript, non-breaking space', '\u00A0javascript:alert(1)'],
  ['data URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['data URL, upper case', 'DATA:text/html,<script>alert(1)</script>'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['file URL', 'file:///etc/passwd'],
  ['ftp URL', 'ftp://example.com/'],
  ['mailto (not on the allow-list)', 'mailto:help@example.com'],
  ['protocol-relative', '//evil.example/'],
  ['protocol-relative with backslash', '/\\evil.example/'],
  ['double backslash', '\\\\evil.example/'],
  ['backslash after slash in a path', '/\\/evil.example'],
  ['malformed https without slashes', 'https:evil.example'],
  ['malformed https with one slash', 'https:/evil.example'],
  ['https with credentials', 'https://trusted.example@evil.example/'],
  ['https with user and password', 'https://user:pass@evil.example/'],
  ['https with empty host', 'https://'],
  ['https with a space in the host', 'https://evil example/'],
  ['bare user@host', 'trusted.example@evil.example'],
  ['bare word (relative without a leading ./ or /)', 'evil.example'],
  ['empty string', ''],
  ['whitespace only', '   '],
  ['very long', `https://example.com/${'a'.repeat(9000)}`],
  ['number', 42],
  ['null', null],
  ['undefined', undefined],
  ['object with toString', { toString: () => 'https://example.com/' }],
  ['URL object', new URL('https://example.com/')],
];

const allowed: readonly [string, string, string][] = [
  ['https URL', 'https://example.com/help', 'https://example.com/help'],
  ['http URL', 'http://example.com', 'http://example.com/'],
  ['upper-case scheme, normalised', 'HTTPS://Example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
  ['international domain, normalised', 'https://exämple.com/', 'https://xn--exmple-cua.com/'],
  ['root-relative path', '/account?tab=security', '/account?tab=security'],
  ['dot-relative path', './retry', './retry'],
  ['parent-relative path', '../home', '../home'],
  ['query only', '?retry=1', '?retry=1'],
  ['fragment only', '#main', '#main'],
  ['root', '/', '/'],
];

describe('safeHref', () => {
  test.each(hostile)('drops %s', (_name, input) => {
    expect(safeHref(input)).toBeUndefined();
  });

  test.each(allowed)('keeps %s', (_name, input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  test('relative paths can be refused', () => {
    expect(safeHref('/account', { allowRelative: false })).toBeUndefined();
    expect(safeHref('#main', { allowRelative: false })).toBeUndefined();
    expect(safeHref('https://example.com/', { allowRelative: false })).toBe('https://example.com/');
  });
});
