import { describe, expect, it } from 'vitest';
import { readEmailForm, validateEmailForm } from './validation.js';

describe('email form rules', () => {
  it('asks for each missing field', () => {
    expect(validateEmailForm(readEmailForm({}))).toEqual([
      { field: 'name', message: 'Enter your full name' },
      { field: 'email', message: 'Enter your email address' },
    ]);
  });

  it('asks for a well-formed address and accepts one', () => {
    expect(validateEmailForm(readEmailForm({ name: 'Ada', email: 'ada@' })).map((e) => e.field)).toEqual(['email']);
    expect(validateEmailForm(readEmailForm({ name: ' Ada ', email: ' ada@example.com ' }))).toEqual([]);
  });

  it('treats non-string input (arrays, objects from a JSON body) as empty', () => {
    expect(readEmailForm({ name: ['a', 'b'], email: { $ne: '' } })).toEqual({ name: '', email: '' });
    expect(readEmailForm(undefined)).toEqual({ name: '', email: '' });
  });
});
