import { cx } from '../private/cx.js';
import * as styles from './DiagnosticsPanel.css.js';

/** One stack frame with the source around it. */
export interface DiagnosticsFrame {
  /** Path relative to the service's working directory. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly lines: readonly { readonly number: number; readonly text: string; readonly current: boolean }[];
}

export interface DiagnosticsCause {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly stack?: string;
}

/** What an engineer sees about one error. Every string must be redacted before it gets here. */
export interface DiagnosticsPanelProps {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  readonly frames: readonly DiagnosticsFrame[];
  readonly causes: readonly DiagnosticsCause[];
  readonly request: {
    readonly method: string;
    readonly path: string;
    readonly query: Readonly<Record<string, unknown>>;
    readonly headers: Readonly<Record<string, unknown>>;
  };
}

/** Stable hook for hosts and tests, like the theme classes: not hashed by the build. */
export const diagnosticsClass = 'errata-diagnostics';
const headingId = 'errata-diagnostics-heading';

/**
 * The developer details of an error page (development mode, or an authorised engineer in
 * production), for the `diagnostics` slot of `ErrorPage`: the error, code frames around the
 * failing lines, the stack, the causes and the request. The labels are for engineers and stay in
 * English whatever the page's language.
 *
 * @example
 * <ErrorPage ... diagnostics={<DiagnosticsPanel name="TypeError" message="x is undefined" frames={[]} causes={[]}
 *   request={{ method: 'GET', path: '/orders', query: {}, headers: {} }} />} />
 */
export function DiagnosticsPanel({ name, message, stack, frames, causes, request }: DiagnosticsPanelProps) {
  return (
    // The surrounding <details> summary already says "Diagnostics": the heading names the error.
    <section className={cx(diagnosticsClass, styles.root)} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {name}
      </h2>
      <p>{message}</p>
      {frames.map((frame, index) => (
        <figure key={index} className={styles.frame}>
          <figcaption>
            <code>{`${frame.file}:${frame.line}:${frame.column}`}</code>
          </figcaption>
          <pre className={styles.code}>
            <code>
              {frame.lines.map((line, i) => {
                const text = `${String(line.number).padStart(5)} | ${line.text}${i < frame.lines.length - 1 ? '\n' : ''}`;
                return line.current ? (
                  <mark key={i} className={styles.current}>
                    {text}
                  </mark>
                ) : (
                  text
                );
              })}
            </code>
          </pre>
        </figure>
      ))}
      {stack ? (
        <>
          <h3 className={styles.subheading}>Stack</h3>
          <pre className={styles.code}>{stack}</pre>
        </>
      ) : null}
      {causes.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Causes</h3>
          <ol>
            {causes.map((cause, index) => (
              <li key={index}>
                <strong>{cause.name}</strong>
                {cause.code ? ` (${cause.code})` : ''}
                {`: ${cause.message}`}
                {cause.stack ? <pre className={styles.code}>{cause.stack}</pre> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <h3 className={styles.subheading}>Request</h3>
      <dl className={styles.terms}>
        <dt>Method</dt>
        <dd>{request.method}</dd>
        <dt>Path</dt>
        <dd>
          <code>{request.path}</code>
        </dd>
        <dt>Query</dt>
        <dd>
          <pre className={styles.code}>{json(request.query)}</pre>
        </dd>
        <dt>Headers</dt>
        <dd>
          <pre className={styles.code}>{json(request.headers)}</pre>
        </dd>
      </dl>
    </section>
  );
}

/** Pretty JSON of already-redacted data; a value JSON cannot hold shows as a note, never throws. */
function json(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? '{}';
  } catch {
    return '(not serialisable)';
  }
}
