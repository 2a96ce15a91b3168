import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoNow } from './report.js';

describe('isoNow', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is exactly toISOString for every millisecond, across second, minute and year boundaries', () => {
    const moments = [
      Date.UTC(2026, 11, 5, 4, 14, 3, 115),
      Date.UTC(2026, 11, 5, 4, 14, 3, 115), // the same millisecond again
      Date.UTC(2026, 11, 5, 4, 14, 3, 7),
      Date.UTC(2026, 11, 5, 4, 14, 3, 42),
      Date.UTC(2026, 11, 5, 4, 14, 3, 999),
      Date.UTC(2026, 11, 5, 4, 14, 4, 0),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999),
      Date.UTC(2027, 0, 1, 0, 0, 0, 1),
      Date.UTC(2026, 11, 5, 4, 14, 3, 500), // the clock stepped back
    ];
    const now = vi.spyOn(Date, 'now');
    for (const ms of moments) {
      now.mockReturnValue(ms);
      expect(isoNow()).toBe(new Date(ms).toISOString());
    }
  });
});
