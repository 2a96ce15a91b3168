/** The email-change form's rules, shared by the page and its API twin. */
export interface EmailForm {
  readonly name: string;
  readonly email: string;
}

export interface FieldError {
  readonly field: keyof EmailForm;
  readonly message: string;
}

const emailShape = /^[^\s@]{1,64}@[^\s@.]{1,63}(\.[^\s@.]{1,63})+$/;

export function readEmailForm(input: Record<string, unknown> | undefined): EmailForm {
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 500) : '');
  return { name: text(input?.name).trim(), email: text(input?.email).trim() };
}

/** Messages follow the GOV.UK pattern: say what to do, not what went wrong. */
export function validateEmailForm(form: EmailForm): FieldError[] {
  const errors: FieldError[] = [];
  if (form.name === '') errors.push({ field: 'name', message: 'Enter your full name' });
  else if (form.name.length > 100) errors.push({ field: 'name', message: 'Full name must be 100 characters or fewer' });
  if (form.email === '') errors.push({ field: 'email', message: 'Enter your email address' });
  else if (!emailShape.test(form.email)) errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' });
  return errors;
}
