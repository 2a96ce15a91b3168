import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path.js';

describe('safeNextPath', () => {
  it('keeps a same-origin path with its query and fragment', () => {
    expect(safeNextPath('/session-expired')).toBe('/session-expired');
    expect(safeNextPath('/search?q=circuit&theme=dark#results')).toBe('/search?q=circuit&theme=dark#results');
    expect(safeNextPath('/')).toBe('/');
    // Encoded text is fine where it cannot change the host: a space or a backslash in a query.
    expect(safeNextPath('/search?q=retry%20budget%5C')).toBe('/search?q=retry%20budget%5C');
  });

  it.each([
    ['protocol-relative', '//evil.com'],
    ['protocol-relative with a path', '//evil.com/session-expired'],
    ['backslash after the slash', '/\\evil.com'],
    ['two backslashes', '\\\\evil.com'],
    ['backslash later on', '/a\\..\\\\evil.com'],
    ['absolute URL', 'https://evil.com'],
    ['absolute URL to this path', 'https://evil.com/session-expired'],
    ['javascript: scheme', 'javascript:alert(1)'],
    ['data: scheme', 'data:text/html,<script>alert(1)</script>'],
    ['relative path', 'session-expired'],
    ['empty', ''],
    ['tab the URL parser drops', '/\t/evil.com'],
    ['newline the URL parser drops', '/\n/evil.com'],
    ['leading space', ' /session-expired'],
    ['encoded slash', '/%2Fevil.com'],
    ['encoded slashes', '%2F%2Fevil.com'],
    ['encoded backslash', '/%5Cevil.com'],
    ['encoded backslash, lower case', '/%5cevil.com'],
    ['double-encoded slash', '/%252Fevil.com'],
    ['encoded tab', '/%09/evil.com'],
    ['encoded javascript:', 'javascript%3Aalert(1)'],
    ['malformed escape', '/%E0%A4%A'],
  ])('refuses %s (%j) with /', (_name, value) => {
    expect(safeNextPath(value)).toBe('/');
  });

  it('refuses values that are not strings, and very long ones', () => {
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath(['/a', '/b'])).toBe('/');
    expect(safeNextPath({ toString: () => '/a' })).toBe('/');
    expect(safeNextPath(`/${'a'.repeat(2000)}`)).toBe('/');
  });
});
