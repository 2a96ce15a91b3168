import * as view from '../private/opsView.css.js';
import { cx } from '../private/cx.js';
import * as styles from './HealthReport.css.js';

/** The health+json status words: pass and warn serve traffic, fail does not. */
export type HealthStatus = 'pass' | 'warn' | 'fail';

export interface HealthComponent {
  readonly name: string;
  readonly status: HealthStatus;
  /** A critical component failing fails readiness. */
  readonly critical: boolean;
  /** Details, for authorised viewers only: when the status began (ISO 8601), */
  readonly since?: string;
  /** the condition that put it there, */
  readonly condition?: string;
  /** the last check's measurement ("12 ms"), */
  readonly observed?: string;
  /** and the code of the last error. */
  readonly lastError?: string;
}

export interface HealthReportProps {
  /** The page's `h1`, e.g. "Readiness". */
  readonly title: string;
  readonly status: HealthStatus;
  /** When the checks ran, ISO 8601. */
  readonly checkedAt: string;
  readonly components: readonly HealthComponent[];
  /** Show the detail columns (since, condition, observed value, last error). */
  readonly detailed: boolean;
}

const statusWords: Record<HealthStatus, string> = { pass: 'pass', warn: 'warn', fail: 'fail' };
const summaries: Record<HealthStatus, string> = {
  pass: 'Every component is working.',
  warn: 'Serving, with reduced capability.',
  fail: 'Not ready: a critical component is failing.',
};

export const healthReportClass = 'errata-health-report';

function Mark({ status }: { status: HealthStatus }) {
  return <span className={view.mark[status]}>{statusWords[status]}</span>;
}

/**
 * The body of a liveness or readiness page for people: the overall status in words, and a table
 * of components. Publicly only each component's status shows; an authorised viewer also sees
 * since when, the condition, the last measurement and the last error code. Labels are for
 * engineers and stay in English, like `DiagnosticsPanel`.
 *
 * @example
 * <HealthReport title="Readiness" status="fail" checkedAt="2025-01-01T12:00:00Z" detailed={false}
 *   components={[{ name: 'search', status: 'fail', critical: true }]} />
 */
export function HealthReport({ title, status, checkedAt, components, detailed }: HealthReportProps) {
  return (
    <main className={cx(healthReportClass, view.page)}>
      <div className={view.column}>
        <h1 className={view.heading}>{title}</h1>
        <p className={styles.summary}>
          Status: <Mark status={status} /> {summaries[status]}
        </p>
        <p className={view.muted}>
          Checked at <time dateTime={checkedAt}>{checkedAt}</time>.
        </p>
        {components.length === 0 ? (
          <p>No components are registered.</p>
        ) : (
          <div className={view.tableWrap}>
            <table className={view.table}>
              <caption>Components</caption>
              <thead>
                <tr>
                  <th scope="col">Component</th>
                  <th scope="col">Status</th>
                  <th scope="col">Critical</th>
                  {detailed ? (
                    <>
                      <th scope="col">Since</th>
                      <th scope="col">Condition</th>
                      <th scope="col">Observed</th>
                      <th scope="col">Last error</th>
                    </>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {components.map((c) => (
                  <tr key={c.name}>
                    <th scope="row" className={view.mono}>
                      {c.name}
                    </th>
                    <td>
                      <Mark status={c.status} />
                    </td>
                    <td>{c.critical ? 'yes' : 'no'}</td>
                    {detailed ? (
                      <>
                        <td>{c.since ? <time dateTime={c.since}>{c.since}</time> : '—'}</td>
                        <td className={view.mono}>{c.condition ?? '—'}</td>
                        <td>{c.observed ?? '—'}</td>
                        <td className={view.mono}>{c.lastError ?? '—'}</td>
                      </>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {detailed ? null : <p className={view.muted}>Reasons are shown only to authorised engineers.</p>}
      </div>
    </main>
  );
}
