import { preferenceParams, withPreferences, type Preferences } from '../preferences.js';
import type { ReferenceCheck, ReferenceLookup } from '../support-reference.js';
import { ErrorSummary, Field } from './form-parts.js';
import { renderPage, type RenderedPage } from './layout.js';

/** Fictional contact details: a reserved `.example` domain and a UK number set aside for drama. */
export const supportContact = {
  email: 'support@errata-demo.example',
  phone: '020 7946 0123',
  phoneHref: 'tel:+442079460123',
  hours: 'Monday to Friday, 9am to 5pm (UK time)',
} as const;

const referenceError = 'Enter the reference as it is shown on the error page: 32 letters and numbers';

/** Where every error page's "Contact support" goes: how to reach us, and why the reference matters. */
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' });

/** What the person learns about their reference: never more than whether we have it, when, and the page's title. */
function Found({ reference, found }: { reference: string; found: ReferenceLookup }) {
  if (found.kind === 'known') {
    return (
      <>
        We found reference <code>{reference}</code>: “{found.title}”, on <time dateTime={found.time.toISOString()}>{when.format(found.time)}</time>.
      </>
    );
  }
  if (found.kind === 'unknown') {
    return (
      <>
        We have no record of reference <code>{reference}</code> yet. It may be older than we keep, or from another service; send it to us anyway.
      </>
    );
  }
  return (
    <>
      Reference <code>{reference}</code> looks right, but we cannot check it just now.
    </>
  );
}

export function supportPage(prefs: Preferences, pasted: { value: string; check: ReferenceCheck; found?: ReferenceLookup }): RenderedPage {
  const invalid = pasted.check.kind === 'invalid';
  const reference = pasted.check.kind === 'valid' ? pasted.check.reference : undefined;
  const mailto = `mailto:${supportContact.email}${reference ? `?subject=${encodeURIComponent(`Reference ${reference}`)}` : ''}`;
  return renderPage({
    prefs,
    title: `${invalid ? 'Error: ' : ''}Contact support`,
    children: (
      <>
        <ErrorSummary errors={invalid ? [{ field: 'reference', message: referenceError }] : []} />
        <h1>Contact support</h1>
        <p>If something went wrong, we can help. Quote the reference shown on the error page so we can find exactly what happened.</p>

        <h2>Email</h2>
        <p>
          <a href={mailto}>{supportContact.email}</a>
        </p>
        <p className="demo-muted">We answer within 2 working days.</p>

        <h2>Phone</h2>
        <p>
          <a href={supportContact.phoneHref}>{supportContact.phone}</a>
        </p>
        <p className="demo-muted">{supportContact.hours}</p>

        <h2 id="reference-heading">Your reference</h2>
        <p>
          Every error page shows a reference under the heading “Reference”. It looks like <code>4bf92f3577b34da6a3ce929d0e0e4736</code>. It tells us when the
          problem happened and what went wrong, without you having to describe it.
        </p>
        {reference ? (
          <p className="demo-note" role="status">
            {pasted.found ? (
              <Found reference={reference} found={pasted.found} />
            ) : (
              <>
                Reference <code>{reference}</code> looks right.
              </>
            )}{' '}
            <a href={mailto}>Email it to us</a> or read it out when you call.
          </p>
        ) : null}
        <form method="get" action="/support" aria-labelledby="reference-heading" noValidate>
          {preferenceParams(prefs).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <Field
            name="reference"
            label="Reference (optional)"
            hint="Paste it from the error page to check it before you contact us."
            type="text"
            autoComplete="off"
            className="demo-input-code"
            value={pasted.value}
            error={invalid ? referenceError : undefined}
          />
          <button type="submit">Check reference</button>
        </form>
        <p>
          <a href={withPreferences('/', prefs)}>Go to the home page</a>
        </p>
      </>
    ),
  });
}
