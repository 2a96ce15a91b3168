import type { Severity } from '@errata/catalog';
import { DiagnosticsPanel, type DiagnosticsPanelProps } from '../DiagnosticsPanel/index.js';
import { cx } from '../private/cx.js';
import { link } from '../private/link.css.js';
import * as view from '../private/opsView.css.js';
import { safeHref } from '../safeHref/index.js';

export interface TriageEventProps {
  /** The reference the user quoted (the trace id). */
  readonly reference: string;
  readonly code: string;
  /** The code's public title. */
  readonly title: string;
  readonly status: number;
  readonly severity: Severity;
  /** ISO 8601. */
  readonly time: string;
  /** The route pattern, when the observing middleware saw it. */
  readonly route?: string;
  /** From the catalog's operator notes. */
  readonly component: string;
  readonly action: string;
  readonly runbook?: string;
  /** The redacted error and request, as on an authorised error page. */
  readonly diagnostics: DiagnosticsPanelProps;
}

export const triageEventClass = 'errata-triage-event';

/**
 * The body of one error looked up by its reference, for operators: what it was, where, what the
 * catalog says to do, and the redacted diagnostics. Every value must already be redacted.
 *
 * @example
 * <TriageEvent reference="4bf9..." code="INTERNAL" title="Something went wrong" status={500} severity="medium"
 *   time="2025-03-04T09:02:10Z" component="application" action="Fix the bug." diagnostics={{ ... }} />
 */
export function TriageEvent({ reference, code, title, status, severity, time, route, component, action, runbook, diagnostics }: TriageEventProps) {
  const runbookHref = runbook ? safeHref(runbook) : undefined;
  return (
    <main className={cx(triageEventClass, view.page)}>
      <div className={view.column}>
        <h1 className={view.heading}>
          {code}: {title}
        </h1>
        <dl className={view.terms}>
          <dt>Reference</dt>
          <dd className={view.mono}>{reference}</dd>
          <dt>Time</dt>
          <dd>
            <time dateTime={time}>{time}</time>
          </dd>
          <dt>Status</dt>
          <dd>{status}</dd>
          <dt>Severity</dt>
          <dd>{severity}</dd>
          <dt>Route</dt>
          <dd className={view.mono}>{route ?? '—'}</dd>
          <dt>Component</dt>
          <dd>{component}</dd>
          <dt>Suggested action</dt>
          <dd>{action}</dd>
          <dt>Runbook</dt>
          <dd>
            {runbookHref ? (
              <a className={link} href={runbookHref}>
                {runbookHref}
              </a>
            ) : (
              '—'
            )}
          </dd>
        </dl>
        <DiagnosticsPanel {...diagnostics} />
      </div>
    </main>
  );
}
