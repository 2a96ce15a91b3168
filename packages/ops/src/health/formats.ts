import { createElement } from 'react';
import { HealthReport, type HealthComponent } from '@errata/react';
import type { ThemeName } from '@errata/tokens';
import { renderView } from '../http/view.js';
import type { ComponentHealth, HealthResult } from './health.js';

const probeNames = { live: 'livez', ready: 'readyz' } as const;
const titles = { live: 'Liveness', ready: 'Readiness' } as const;

function detailsOf(c: ComponentHealth) {
  const s = c.state;
  if (!s) return {};
  return {
    since: s.since.toISOString(),
    condition: s.condition,
    ...(s.lastError ? { lastError: s.lastError.code ?? s.lastError.name } : {}),
    ...(s.observed ? { observed: `${s.observed.value}${s.observed.unit ? ` ${s.observed.unit}` : ''}` } : {}),
  };
}

/**
 * `application/health+json` (draft-inadarei-api-health-check): `status`, and `checks` keyed by
 * component, each an array with `componentType`, `status` and `time`. Only authorised viewers get
 * the details: `output` (the condition), `observedValue`/`observedUnit`, and errata's own members
 * `critical`, `since`, `condition`, `lastError` (the draft allows extra members).
 */
export function healthJson(result: HealthResult, detailed: boolean, serviceId?: string): unknown {
  const checks: Record<string, unknown[]> = {};
  for (const c of result.components) {
    const base = { componentType: c.state ? 'component' : 'system', status: c.status, time: result.time };
    if (!detailed || !c.state) {
      checks[c.name] = [base];
      continue;
    }
    const s = c.state;
    checks[c.name] = [
      {
        ...base,
        ...(s.observed ? { observedValue: s.observed.value, ...(s.observed.unit ? { observedUnit: s.observed.unit } : {}) } : {}),
        ...(c.status === 'pass' ? {} : { output: s.condition }),
        critical: c.critical,
        ...(c.excluded ? { excluded: true } : {}),
        since: s.since.toISOString(),
        condition: s.condition,
        ...(s.lastError
          ? { lastError: { name: s.lastError.name, ...(s.lastError.code ? { code: s.lastError.code } : {}), time: s.lastError.at.toISOString() } }
          : {}),
        ...(s.retryAt ? { retryAt: s.retryAt.toISOString() } : {}),
      },
    ];
  }
  return { status: result.status, ...(serviceId ? { serviceId } : {}), description: titles[result.probe].toLowerCase(), checks };
}

/**
 * Kubernetes' text form: `ok` when passing and not verbose; otherwise one line per component
 * (`[+]search ok`, `[-]search failed: reason withheld`) and `readyz check passed|failed`.
 * The reason is the condition and since when, for authorised viewers only.
 */
export function kubernetesText(result: HealthResult, verbose: boolean, detailed: boolean): string {
  const name = probeNames[result.probe];
  if (result.status !== 'fail' && !verbose) return 'ok\n';
  const lines = result.components.map((c) => {
    const reason = detailed && c.state ? `${c.state.condition} since ${c.state.since.toISOString()}` : 'reason withheld';
    if (c.excluded) return `[+]${c.name} excluded: ${c.status === 'pass' ? 'ok' : detailed ? reason : 'reason withheld'}`;
    if (c.status === 'pass') return `[+]${c.name} ok`;
    if (c.status === 'warn') return `[+]${c.name} degraded${detailed ? `: ${reason}` : ''}`;
    return `[-]${c.name} failed: ${reason}`;
  });
  return `${lines.join('\n')}\n${name} check ${result.status === 'fail' ? 'failed' : 'passed'}\n`;
}

/** The accessible page, from @errata/react's `HealthReport`. */
export function healthPage(result: HealthResult, detailed: boolean, theme: ThemeName, serviceName?: string): { html: string; styleHash: string } {
  const components: HealthComponent[] = result.components.map((c) => ({
    name: c.name,
    status: c.status,
    critical: c.critical,
    ...(detailed ? detailsOf(c) : {}),
  }));
  const title = titles[result.probe];
  return renderView(createElement(HealthReport, { title, status: result.status, checkedAt: result.time, components, detailed }), title, theme, serviceName);
}
