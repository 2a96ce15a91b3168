import { withPreferences, type Preferences } from '../preferences.js';
import type { SignInError, SignInForm } from '../sign-in-form.js';
import { ErrorSummary, Field } from './form-parts.js';
import { renderPage, type RenderedPage } from './layout.js';

/** Where the session-expired and unauthenticated pages send people. The password is never prefilled. */
export function signInPage(prefs: Preferences, form: SignInForm, errors: readonly SignInError[]): RenderedPage {
  const errorFor = (field: SignInError['field']) => errors.find((e) => e.field === field)?.message;
  return renderPage({
    prefs,
    title: `${errors.length ? 'Error: ' : ''}Sign in`,
    children: (
      <>
        <ErrorSummary errors={errors} />
        <h1>Sign in</h1>
        <p className="demo-note">This is a demo: any email address and password will do, and nothing is stored.</p>
        <form method="post" action={withPreferences('/sign-in', prefs)} noValidate>
          <input type="hidden" name="next" value={form.next} />
          <Field
            name="email"
            label="Email address"
            type="email"
            autoComplete="email"
            className="demo-input-wide"
            value={form.email}
            error={errorFor('email')}
          />
          <Field name="password" label="Password" type="password" autoComplete="current-password" className="demo-input-wide" error={errorFor('password')} />
          <button type="submit">Sign in</button>
        </form>
        <p>
          Cannot sign in? <a href={withPreferences('/support', prefs)}>Contact support</a>.
        </p>
      </>
    ),
  });
}
