import { withPreferences, type Preferences } from '../preferences.js';
import type { EmailForm, FieldError } from '../validation.js';
import { ErrorSummary, Field } from './form-parts.js';
import { renderPage, type RenderedPage } from './layout.js';

const fields: readonly { name: keyof EmailForm; label: string; hint?: string; type: string; autoComplete: string }[] = [
  { name: 'name', label: 'Full name', type: 'text', autoComplete: 'name' },
  { name: 'email', label: 'Email address', hint: 'We will send a confirmation link to this address.', type: 'email', autoComplete: 'email' },
];

/** The email-change form, in GOV.UK's error pattern ("Error: " before the title when it has errors). */
export function emailPage(prefs: Preferences, form: EmailForm, errors: readonly FieldError[], saved = false): RenderedPage {
  return renderPage({
    prefs,
    title: `${errors.length ? 'Error: ' : ''}Change your email address`,
    children: (
      <>
        <ErrorSummary errors={errors} />
        <h1>Change your email address</h1>
        {saved ? (
          <p className="demo-note" role="status">
            Your details were saved.
          </p>
        ) : null}
        <form method="post" action={withPreferences('/account/email', prefs)} noValidate>
          {fields.map((f) => (
            <Field key={f.name} {...f} value={form[f.name]} error={errors.find((e) => e.field === f.name)?.message} />
          ))}
          <button type="submit">Save</button>
        </form>
      </>
    ),
  });
}
