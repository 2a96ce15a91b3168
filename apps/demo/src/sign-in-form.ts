import { safeNextPath } from './next-path.js';

/** The sign-in form as posted. The password is never echoed back into the page. */
export interface SignInForm {
  readonly email: string;
  readonly password: string;
  /** Where to go afterwards: always a same-origin path (`/` when the posted one is unsafe). */
  readonly next: string;
}

export interface SignInError {
  readonly field: 'email' | 'password';
  readonly message: string;
}

export function readSignInForm(input: Record<string, unknown> | undefined): SignInForm {
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 500) : '');
  return { email: text(input?.email).trim(), password: text(input?.password), next: safeNextPath(input?.next) };
}

/** GOV.UK's wording: say what to do. Any non-empty password signs in; this is a demo. */
export function validateSignInForm(form: SignInForm): SignInError[] {
  const errors: SignInError[] = [];
  if (form.email === '') errors.push({ field: 'email', message: 'Enter your email address' });
  if (form.password === '') errors.push({ field: 'password', message: 'Enter your password' });
  return errors;
}
