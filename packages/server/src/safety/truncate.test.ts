import { describe, expect, it } from 'vitest';
import { truncate } from './truncate.js';

describe('truncate', () => {
  it('returns short text unchanged', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('exactly10!', 10)).toBe('exactly10!');
  });

  it('cuts long text to the limit with an ellipsis', () => {
    const result = truncate('x'.repeat(100), 10);
    expect(result).toBe(`${'x'.repeat(9)}…`);
  });

  it('moves the cut back to whitespace so no token is left half-present', () => {
    const token = `AKIA${'A'.repeat(60)}`;
    const result = truncate(`error near ${token}`, 40);
    expect(result).toBe('error near…');
  });

  it('never leaves a lone surrogate', () => {
    const result = truncate('😀'.repeat(10), 6);
    expect(result.length).toBeLessThanOrEqual(6);
    expect(result).toMatch(/^(?:😀)*…$/u);
  });
});
