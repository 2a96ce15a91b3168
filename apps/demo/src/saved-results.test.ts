import { describe, expect, it } from 'vitest';
import { SavedResults } from './saved-results.js';

describe('SavedResults', () => {
  it('keeps the most recently used entries within its capacity, with when each was saved', () => {
    let now = 1000;
    const saved = new SavedResults<string>(2, () => now);
    saved.set('a', 'A');
    now = 2000;
    saved.set('b', 'B');
    saved.get('a'); // a is now the most recent
    saved.set('c', 'C');
    expect(saved.get('b')).toBeUndefined();
    expect(saved.get('a')).toEqual({ value: 'A', savedAt: 1000 });
    expect(saved.get('c')).toEqual({ value: 'C', savedAt: 2000 });
  });
});
