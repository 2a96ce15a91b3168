import { describe, expect, it } from 'vitest';
import { readSignInForm, validateSignInForm } from './sign-in-form.js';

describe('sign-in form', () => {
  it('asks for each empty field, in page order', () => {
    expect(validateSignInForm(readSignInForm({ email: '  ', password: '' }))).toEqual([
      { field: 'email', message: 'Enter your email address' },
      { field: 'password', message: 'Enter your password' },
    ]);
    expect(validateSignInForm(readSignInForm({ email: 'ada@example.com', password: 'x' }))).toEqual([]);
  });

  it('reads anything posted without failing, and never keeps an unsafe next', () => {
    expect(readSignInForm(undefined)).toEqual({ email: '', password: '', next: '/' });
    expect(readSignInForm({ email: ['a'], password: 1, next: '//evil.com' })).toEqual({ email: '', password: '', next: '/' });
    expect(readSignInForm({ email: 'ada@example.com', password: 'pw', next: '/session-expired' }).next).toBe('/session-expired');
  });
});
