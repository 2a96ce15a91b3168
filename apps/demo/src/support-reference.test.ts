import { describe, expect, it } from 'vitest';
import { checkReference } from './support-reference.js';

describe('checkReference', () => {
  it('accepts a pasted trace id, forgiving spaces, dashes and capitals', () => {
    const id = '4bf92f3577b34da6a3ce929d0e0e4736';
    expect(checkReference(id)).toEqual({ kind: 'valid', reference: id });
    expect(checkReference(`  ${id.toUpperCase()}\n`)).toEqual({ kind: 'valid', reference: id });
    expect(checkReference('4bf92f35-77b3-4da6-a3ce-929d0e0e4736')).toEqual({ kind: 'valid', reference: id });
  });

  it('treats nothing as nothing, and anything else as a wrong reference', () => {
    expect(checkReference(undefined)).toEqual({ kind: 'empty' });
    expect(checkReference(['a'])).toEqual({ kind: 'empty' });
    expect(checkReference('   ')).toEqual({ kind: 'empty' });
    expect(checkReference('4bf92f3577b34da6')).toEqual({ kind: 'invalid' });
    expect(checkReference('<script>alert(1)</script>')).toEqual({ kind: 'invalid' });
    expect(checkReference('g'.repeat(32))).toEqual({ kind: 'invalid' });
  });
});
