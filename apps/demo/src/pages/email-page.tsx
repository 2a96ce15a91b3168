import { withPreferences, type Preferences } from '../preferences.js';
import type { EmailForm, FieldError } from '../validation.js';
import { renderPage, type RenderedPage } from './layout.js';

const fields: readonly { name: keyof EmailForm; label: string; hint?: string; type: string; autoComplete: string }[] = [
  { name: 'name', label: 'Full name', type: 'text', autoComplete: 'name' },
  { name: 'email', label: 'Email address', hint: 'We will send a confirmation link to this address.', type: 'email', autoComplete: 'email' },
];

/**
 * GOV.UK's error pattern: "Error: " before the title, an error summary at the top of main (a
 * role=alert region, so it is announced with no script to move focus), each message linking to
 * its field, and the same message inline above the field, tied to it by aria-describedby.
 */
export function emailPage(prefs: Preferences, form: EmailForm, errors: readonly FieldError[], saved = false): RenderedPage {
  const errorFor = (field: keyof EmailForm) => errors.find((e) => e.field === field);
  return renderPage({
    prefs,
    title: `${errors.length ? 'Error: ' : ''}Change your email address`,
    children: (
      <>
        {errors.length ? (
          <div className="demo-error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
            <h2 id="error-summary-title">There is a problem</h2>
            <ul>
              {errors.map((e) => (
                <li key={e.field}>
                  <a href={`#${e.field}`}>{e.message}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <h1>Change your email address</h1>
        {saved ? (
          <p className="demo-note" role="status">
            Your details were saved.
          </p>
        ) : null}
        <form method="post" action={withPreferences('/account/email', prefs)} noValidate>
          {fields.map((f) => {
            const error = errorFor(f.name);
            const describedBy = [f.hint ? `${f.name}-hint` : '', error ? `${f.name}-error` : ''].filter(Boolean).join(' ');
            return (
              <div key={f.name} className={error ? 'demo-field demo-field--error' : 'demo-field'}>
                <label htmlFor={f.name}>{f.label}</label>
                {f.hint ? (
                  <span id={`${f.name}-hint`} className="demo-hint">
                    {f.hint}
                  </span>
                ) : null}
                {error ? (
                  <p id={`${f.name}-error`} className="demo-error-message">
                    <span className="visually-hidden">Error:</span> {error.message}
                  </p>
                ) : null}
                <input
                  id={f.name}
                  name={f.name}
                  type={f.type}
                  autoComplete={f.autoComplete}
                  spellCheck={false}
                  defaultValue={form[f.name]}
                  aria-describedby={describedBy || undefined}
                  aria-invalid={error ? true : undefined}
                />
              </div>
            );
          })}
          <button type="submit">Save</button>
        </form>
      </>
    ),
  });
}
