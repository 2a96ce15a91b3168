/**
 * GOV.UK's error pattern, shared by the demo's forms: an error summary at the top of main (a
 * role=alert region, so it is announced with no script to move focus), each message linking to
 * its field, and the same message inline above the field, tied to it by aria-describedby.
 */

export interface SummaryError {
  /** The id of the field the message is about. */
  readonly field: string;
  readonly message: string;
}

export function ErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  if (errors.length === 0) return null;
  return (
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
  );
}

export interface FieldProps {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly type: string;
  readonly autoComplete: string;
  readonly value?: string;
  readonly error?: string;
  readonly className?: string;
}

export function Field(f: FieldProps) {
  const describedBy = [f.hint ? `${f.name}-hint` : '', f.error ? `${f.name}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={f.error ? 'demo-field demo-field--error' : 'demo-field'}>
      <label htmlFor={f.name}>{f.label}</label>
      {f.hint ? (
        <span id={`${f.name}-hint`} className="demo-hint">
          {f.hint}
        </span>
      ) : null}
      {f.error ? (
        <p id={`${f.name}-error`} className="demo-error-message">
          <span className="visually-hidden">Error:</span> {f.error}
        </p>
      ) : null}
      <input
        id={f.name}
        name={f.name}
        type={f.type}
        autoComplete={f.autoComplete}
        spellCheck={false}
        defaultValue={f.value}
        className={f.className}
        aria-describedby={describedBy || undefined}
        aria-invalid={f.error ? true : undefined}
      />
    </div>
  );
}
