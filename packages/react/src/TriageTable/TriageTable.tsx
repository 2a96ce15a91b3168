import type { Severity } from '@errata/catalog';
import { cx } from '../private/cx.js';
import { link } from '../private/link.css.js';
import * as view from '../private/opsView.css.js';
import { visuallyHidden } from '../private/visuallyHidden.css.js';
import { safeHref } from '../safeHref/index.js';

/** One catalog code's recent errors, with the catalog's operator notes. */
export interface TriageGroup {
  readonly code: string;
  /** The code's public title. */
  readonly title: string;
  readonly status: number;
  readonly severity: Severity;
  /** Error events with this code. */
  readonly count: number;
  /** Distinct requests (references) among them: the user impact. */
  readonly distinctRequests: number;
  /** ISO 8601. */
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** Route patterns (or paths, without the observing middleware) where it happened. */
  readonly routes: readonly string[];
  /** From the catalog's operator notes. */
  readonly component: string;
  readonly action: string;
  readonly runbook?: string;
}

export interface TriageTableProps {
  /** The page's `h1`, e.g. "Recent errors". */
  readonly title: string;
  readonly groups: readonly TriageGroup[];
  /** When the list was read, ISO 8601. */
  readonly generatedAt: string;
  /** The next page of groups, when there is one (a same-origin path). */
  readonly nextHref?: string;
}

export const triageTableClass = 'errata-triage-table';

/**
 * The body of the triage list for engineers: recent errors grouped by catalog code, with how
 * many happened and to how many requests, where, and what the catalog says to do about them.
 * Every value must already be redacted. Runbook links pass the same allow-list as page links.
 *
 * @example
 * <TriageTable title="Recent errors" generatedAt="2025-03-04T09:30:00Z" groups={[{ code: 'INTERNAL', ... }]} />
 */
export function TriageTable({ title, groups, generatedAt, nextHref }: TriageTableProps) {
  const next = nextHref ? safeHref(nextHref, { allowRelative: true }) : undefined;
  return (
    <main className={cx(triageTableClass, view.page)}>
      <div className={view.column}>
        <h1 className={view.heading}>{title}</h1>
        <p className={view.muted}>
          Read at <time dateTime={generatedAt}>{generatedAt}</time>.
        </p>
        {groups.length === 0 ? (
          <p>No errors recorded.</p>
        ) : (
          <div className={view.tableWrap}>
            <table className={view.table}>
              <caption>Errors by code, most recent first</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Title</th>
                  <th scope="col">Status</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Events</th>
                  <th scope="col">Requests</th>
                  <th scope="col">First seen</th>
                  <th scope="col">Last seen</th>
                  <th scope="col">Routes</th>
                  <th scope="col">Component</th>
                  <th scope="col">Suggested action</th>
                  <th scope="col">Runbook</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => {
                  const runbook = g.runbook ? safeHref(g.runbook) : undefined;
                  return (
                    <tr key={g.code}>
                      <th scope="row" className={view.mono}>
                        {g.code}
                      </th>
                      <td>{g.title}</td>
                      <td>{g.status}</td>
                      <td>{g.severity}</td>
                      <td>{g.count}</td>
                      <td>{g.distinctRequests}</td>
                      <td>
                        <time dateTime={g.firstSeen}>{g.firstSeen}</time>
                      </td>
                      <td>
                        <time dateTime={g.lastSeen}>{g.lastSeen}</time>
                      </td>
                      <td className={view.mono}>{g.routes.length ? g.routes.join(', ') : '—'}</td>
                      <td>{g.component}</td>
                      <td>{g.action}</td>
                      <td>
                        {runbook ? (
                          <a className={link} href={runbook}>
                            Runbook<span className={visuallyHidden}> for {g.code}</span>
                          </a>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {next ? (
          <p>
            <a className={link} href={next}>
              Next page
            </a>
          </p>
        ) : null}
      </div>
    </main>
  );
}
