import type { Catalog, CatalogEntry } from '@errata/catalog';

export interface AlertRulesOptions {
  /** The error reference's base URL (the server's `referenceBaseUrl`): each alert links its code's page, `<base><code-in-kebab-case>`. */
  readonly referenceBaseUrl?: string;
  /** The rate window; default `5m`. */
  readonly window?: string;
  /** Dependencies whose own code's runbook a down alert should link (from `ops.dependencies`). */
  readonly dependencies?: readonly { readonly name: string; readonly code: string }[];
}

/**
 * Error-rate thresholds (share of all requests answered with the code), by the code's status
 * class and severity. A 5xx is our fault: alert early. A 4xx is mostly the caller's: alert only
 * when it is a large share (a broken client release, a bad deploy of a form).
 */
export const errorRateThresholds = {
  server: { high: 0.005, medium: 0.01, low: 0.05 },
  client: { high: 0.05, medium: 0.1, low: 0.25 },
} as const;

interface Rule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
}

const kebab = (code: string) => code.toLowerCase().replaceAll('_', '-');
const pascal = (code: string) =>
  code
    .toLowerCase()
    .split('_')
    .map((w) => (w[0]?.toUpperCase() ?? '') + w.slice(1))
    .join('');
const percent = (share: number) => `${+(share * 100).toFixed(2)}%`;

function links(entry: CatalogEntry, options: AlertRulesOptions): Record<string, string> {
  return {
    ...(entry.operator.runbook ? { runbook_url: entry.operator.runbook } : {}),
    ...(options.referenceBaseUrl ? { reference_url: `${options.referenceBaseUrl.replace(/\/?$/, '/')}${kebab(entry.code)}` } : {}),
  };
}

function errorRule(entry: CatalogEntry, window: string, options: AlertRulesOptions): Rule {
  const server = entry.status >= 500;
  const threshold = errorRateThresholds[server ? 'server' : 'client'][entry.severity];
  const selector = `code="${entry.code}"`;
  return {
    alert: `Errata${pascal(entry.code)}ErrorRate`,
    // Against every request the observing middleware measured; no traffic gives no ratio, no alert.
    expr: `sum(rate(errata_errors_total{${selector}}[${window}])) / sum(rate(http_server_request_duration_seconds_count[${window}])) > ${threshold}`,
    for: server ? '5m' : '15m',
    labels: { severity: server && entry.severity !== 'low' ? 'critical' : 'warning', errata_code: entry.code },
    annotations: {
      summary: `More than ${percent(threshold)} of requests fail with ${entry.code} (${entry.status})`,
      description: `${entry.operator.summary} Component: ${entry.operator.component}. ${entry.operator.remediation}`,
      ...links(entry, options),
    },
  };
}

/**
 * Prometheus alerting rules from the catalog: one error-rate rule per error code (thresholds in
 * `errorRateThresholds`), dependency down, fallback rate, render failures and store failures.
 * Each annotation links the code's runbook and, with `referenceBaseUrl`, its reference page.
 * Returns the rule file as YAML (`promtool check rules` accepts it).
 */
export function alertRules(catalog: Catalog, options: AlertRulesOptions = {}): string {
  const window = options.window ?? '5m';
  if (!/^\d{1,4}[smh]$/.test(window)) throw new RangeError(`window must be a Prometheus duration such as 5m, got ${JSON.stringify(window)}`);
  const errors = catalog.entries.filter((e) => e.kind === 'error').map((e) => errorRule(e, window, options));
  const entry = (code: string) => (catalog.has(code) ? catalog.get(code) : catalog.get('INTERNAL'));
  const dependencyRules: Rule[] = [
    {
      alert: 'ErrataDependencyDown',
      expr: 'max by (dependency) (errata_dependency_up) == 0',
      for: '1m',
      labels: { severity: 'critical', errata_code: 'DEPENDENCY_FAILED' },
      annotations: {
        summary: 'Dependency {{ $labels.dependency }} is down',
        description:
          'errata marks it down (a failing check, an open circuit, or by hand). Readiness fails if it is critical. See its condition in the readiness details.',
        ...links(entry('DEPENDENCY_FAILED'), options),
      },
    },
    ...(options.dependencies ?? [])
      .filter((d) => d.code !== 'DEPENDENCY_FAILED' && catalog.has(d.code))
      .map(
        (d): Rule => ({
          alert: `ErrataDependencyDown${pascal(d.name.replaceAll('-', '_'))}`,
          expr: `max(errata_dependency_up{dependency="${d.name}"}) == 0`,
          for: '1m',
          labels: { severity: 'critical', errata_code: d.code },
          annotations: {
            summary: `Dependency ${d.name} is down`,
            description: catalog.get(d.code).operator.remediation,
            ...links(catalog.get(d.code), options),
          },
        }),
      ),
    {
      alert: 'ErrataFallbackRate',
      expr: `sum by (dependency, condition) (rate(errata_fallbacks_total[${window}])) > 0.1`,
      for: '10m',
      labels: { severity: 'warning', errata_code: 'DEGRADED' },
      annotations: {
        summary: 'Users get fallbacks for {{ $labels.dependency }} ({{ $labels.condition }})',
        description: 'More than one fallback every 10 seconds for 10 minutes: pages show the DEGRADED banner.',
        ...links(entry('DEGRADED'), options),
      },
    },
    {
      alert: 'ErrataRenderFailures',
      expr: 'increase(errata_render_failures_total[10m]) > 0',
      for: '0m',
      labels: { severity: 'warning', errata_code: 'INTERNAL' },
      annotations: {
        summary: 'errata sent its static fallback page',
        description: 'Rendering an error page failed (a catalog, brand or onError bug); the failure event is in the logs.',
        ...links(entry('INTERNAL'), options),
      },
    },
    {
      alert: 'ErrataStoreFailures',
      expr: 'sum by (operation) (increase(errata_store_failures_total[10m])) > 0',
      for: '5m',
      labels: { severity: 'warning', errata_code: 'DEPENDENCY_FAILED' },
      annotations: {
        summary: 'The triage store fails to {{ $labels.operation }}',
        description: 'Error pages still go out, but recent errors are not recorded or cannot be read (Redis down?).',
      },
    },
  ];
  return yaml([
    { name: 'errata-errors', rules: errors },
    { name: 'errata-dependencies', rules: dependencyRules },
  ]);
}

/**
 * The rule file's fixed shape written out by hand rather than with a YAML library: every scalar
 * goes through JSON.stringify, which YAML reads as a double-quoted string, so nothing a catalog
 * says can change the structure. `promtool check rules` verifies the output in the tests.
 */
function yaml(groups: readonly { name: string; rules: readonly Rule[] }[]): string {
  const q = JSON.stringify;
  const out = ['# Generated by @errata/ops alertRules() from the error catalog. Regenerate, do not edit.', 'groups:'];
  for (const group of groups) {
    out.push(`  - name: ${q(group.name)}`, '    rules:');
    for (const rule of group.rules) {
      out.push(`      - alert: ${q(rule.alert)}`, `        expr: ${q(rule.expr)}`, `        for: ${q(rule.for)}`, '        labels:');
      for (const [k, v] of Object.entries(rule.labels)) out.push(`          ${k}: ${q(v)}`);
      out.push('        annotations:');
      for (const [k, v] of Object.entries(rule.annotations)) out.push(`          ${k}: ${q(v)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
