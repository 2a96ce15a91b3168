import type { DependencyState } from '../dependencies/registry.js';

export type HealthStatus = 'pass' | 'warn' | 'fail';
export type Probe = 'live' | 'ready';

export interface ComponentHealth {
  readonly name: string;
  readonly status: HealthStatus;
  readonly critical: boolean;
  readonly excluded: boolean;
  readonly state?: DependencyState;
}

export interface HealthResult {
  readonly probe: Probe;
  readonly status: HealthStatus;
  /** ISO 8601: when the states were read. */
  readonly time: string;
  readonly components: readonly ComponentHealth[];
}

const statusOf = (state: DependencyState): HealthStatus => (state.status === 'healthy' ? 'pass' : state.status === 'degraded' ? 'warn' : 'fail');

/**
 * Liveness: the process can serve, so it passes whatever the dependencies say (restarting a
 * process because its database is down only adds a restart to the outage). Readiness: fails
 * when a critical dependency is down, warns when any dependency is not healthy; excluded
 * components (Kubernetes' `?exclude=`) are listed but do not count.
 */
export function healthOf(probe: Probe, states: readonly DependencyState[], excluded: ReadonlySet<string>, time: Date): HealthResult {
  if (probe === 'live') {
    return { probe, status: 'pass', time: time.toISOString(), components: [{ name: 'ping', status: 'pass', critical: true, excluded: false }] };
  }
  const components = states.map(
    (state): ComponentHealth => ({ name: state.name, status: statusOf(state), critical: state.critical, excluded: excluded.has(state.name), state }),
  );
  let status: HealthStatus = 'pass';
  for (const c of components) {
    if (c.excluded || c.status === 'pass') continue;
    if (c.status === 'fail' && c.critical) status = 'fail';
    else if (status === 'pass') status = 'warn';
  }
  return { probe, status, time: time.toISOString(), components };
}

/** The IETF health-check draft's status code: 200 for pass and warn, 503 for fail. */
export const httpStatusOf = (status: HealthStatus): number => (status === 'fail' ? 503 : 200);
