import { type Check, type CheckOutcome, runChecks } from './checks.js';
import { boundedCondition, conditionOf, errorSummary } from './conditions.js';

export const dependencyStatuses = ['healthy', 'degraded', 'down'] as const;
export type DependencyStatus = (typeof dependencyStatuses)[number];

export interface DependencySpec {
  /** `[a-z0-9_-]`, 1 to 64 characters: it is a metric label and a health+json key. */
  readonly name: string;
  /** A critical dependency that is down fails readiness. Default true. */
  readonly critical?: boolean;
  /** The catalog code its failure maps to (alert annotations link its runbook). Default `DEPENDENCY_FAILED`. */
  readonly code?: string;
  /** The notice code pages show while it is not healthy (`DEGRADED`, `READ_ONLY`, ...), or false for none. Default `DEGRADED`. */
  readonly banner?: string | false;
  /** Run on readiness probes (cached, single flight); without one, state comes from policies and `set()`. */
  readonly check?: Check;
  /** This check's own timeout; default (and at most) the run's deadline. */
  readonly timeoutMs?: number;
}

export interface DependencyState {
  readonly name: string;
  readonly critical: boolean;
  readonly code: string;
  readonly banner: string | false;
  readonly status: DependencyStatus;
  /** When `status` last changed. */
  readonly since: Date;
  /** What put it there (`ok` when healthy): see `conditions`. */
  readonly condition: string;
  readonly lastError?: { readonly name: string; readonly code?: string; readonly at: Date };
  readonly observed?: { readonly value: number; readonly unit?: string };
  readonly checkedAt?: Date;
  readonly checkMs?: number;
  /** When an open circuit lets a trial call through, if known. */
  readonly retryAt?: Date;
}

/** Who said what about a dependency. Its status is the worst of them. */
export type StateSource = 'check' | 'policy' | 'manual';

interface SourceState {
  status: DependencyStatus;
  condition: string;
  retryAt?: Date | undefined;
}

export interface Report {
  readonly condition?: string;
  readonly error?: unknown;
  readonly retryAt?: Date;
}

export interface DependencyRegistry {
  register(spec: DependencySpec): void;
  /** Set a dependency's state by hand (a maintenance switch, an event from elsewhere). */
  set(name: string, status: DependencyStatus, report?: Report): void;
  /** What a source (checks, a resilience policy) says; `watchPolicies` and the checks use it. */
  report(name: string, source: StateSource, status: DependencyStatus, report?: Report): void;
  /** A fallback was served instead of the dependency's answer: counted, with the condition that triggered it. */
  fallback(name: string, reason: unknown): string;
  get(name: string): DependencyState | undefined;
  list(): readonly DependencyState[];
  /** Runs the checks (at most once per `cacheMs`; concurrent callers share one run) and returns every state. */
  refresh(): Promise<readonly DependencyState[]>;
}

export interface RegistryOptions {
  /** The whole check run's deadline; keep it under the probe's timeout. */
  readonly deadlineMs: number;
  /** How long a run's results are reused. */
  readonly cacheMs: number;
  readonly now: () => number;
  readonly onChange: (state: DependencyState) => void;
  readonly onFallback: (name: string, condition: string) => void;
}

const rank: Record<DependencyStatus, number> = { healthy: 0, degraded: 1, down: 2 };
const namePattern = /^[a-z0-9_-]{1,64}$/;

interface Entry {
  spec: DependencySpec;
  sources: Partial<Record<StateSource, SourceState>>;
  state: DependencyState;
}

export function createDependencyRegistry(options: RegistryOptions): DependencyRegistry {
  const entries = new Map<string, Entry>();
  let inFlight: Promise<readonly DependencyState[]> | undefined;
  let lastRun = Number.NEGATIVE_INFINITY;

  const entry = (name: string): Entry => {
    const found = entries.get(name);
    if (!found) throw new RangeError(`dependency ${JSON.stringify(String(name).slice(0, 80))} is not registered`);
    return found;
  };

  /** The state from every source: the worst status wins, and its condition with it. */
  function recompute(e: Entry, extra: Partial<DependencyState>): void {
    let worst: SourceState = { status: 'healthy', condition: 'ok' };
    for (const source of ['policy', 'check', 'manual'] as const) {
      const s = e.sources[source];
      if (s && rank[s.status] > rank[worst.status]) worst = s;
    }
    const previous = e.state;
    const changed = worst.status !== previous.status;
    const next: DependencyState = {
      ...previous,
      ...extra,
      status: worst.status,
      condition: worst.condition,
      since: changed ? new Date(options.now()) : previous.since,
      retryAt: worst.retryAt,
    };
    e.state = next;
    if (changed || next.condition !== previous.condition) options.onChange(next);
  }

  const registry: DependencyRegistry = {
    register(spec) {
      if (!spec || typeof spec.name !== 'string' || !namePattern.test(spec.name)) {
        throw new TypeError(`dependency name must match ${namePattern} (it becomes a metric label), got ${JSON.stringify(spec?.name)}`);
      }
      if (entries.has(spec.name)) throw new TypeError(`dependency ${spec.name} is registered twice`);
      if (spec.check !== undefined && typeof spec.check !== 'function') throw new TypeError(`dependency ${spec.name}: check must be a function`);
      const state: DependencyState = {
        name: spec.name,
        critical: spec.critical ?? true,
        code: spec.code ?? 'DEPENDENCY_FAILED',
        banner: spec.banner ?? 'DEGRADED',
        status: 'healthy',
        since: new Date(options.now()),
        condition: 'ok',
      };
      entries.set(spec.name, { spec, sources: {}, state });
      options.onChange(state);
    },

    set(name, status, report = {}) {
      registry.report(name, 'manual', status, { condition: 'manual', ...report });
    },

    report(name, source, status, report = {}) {
      const e = entry(name);
      if (!(status in rank)) throw new TypeError(`status must be one of ${Object.keys(rank).join(', ')}`);
      const condition = status === 'healthy' ? 'ok' : boundedCondition(report.condition ?? (report.error ? conditionOf(report.error) : 'error'));
      e.sources[source] = { status, condition, retryAt: report.retryAt };
      const error = report.error === undefined ? undefined : { ...errorSummary(report.error), at: new Date(options.now()) };
      recompute(e, error ? { lastError: error } : {});
    },

    fallback(name, reason) {
      entry(name);
      const condition = typeof reason === 'string' ? boundedCondition(reason) : conditionOf(reason);
      options.onFallback(name, condition);
      return condition;
    },

    get: (name) => entries.get(name)?.state,
    list: () => [...entries.values()].map((e) => e.state),

    refresh() {
      if (options.now() - lastRun < options.cacheMs) return Promise.resolve(registry.list());
      inFlight ??= run().finally(() => {
        lastRun = options.now();
        inFlight = undefined;
      });
      return inFlight;
    },
  };

  async function run(): Promise<readonly DependencyState[]> {
    const targets = [...entries.values()]
      .filter((e) => e.spec.check)
      .map((e) => ({ name: e.spec.name, check: e.spec.check as Check, timeoutMs: Math.min(e.spec.timeoutMs ?? options.deadlineMs, options.deadlineMs) }));
    if (targets.length === 0) return registry.list();
    const outcomes = await runChecks(targets, options.deadlineMs, options.now);
    for (const [name, outcome] of outcomes) apply(name, outcome);
    return registry.list();
  }

  function apply(name: string, outcome: CheckOutcome): void {
    const e = entries.get(name);
    if (!e) return;
    const status: DependencyStatus = outcome.result === 'pass' ? 'healthy' : outcome.result === 'warn' ? 'degraded' : 'down';
    e.sources.check = { status, condition: status === 'healthy' ? 'ok' : boundedCondition(outcome.condition) };
    const at = new Date(options.now());
    recompute(e, {
      checkedAt: at,
      checkMs: outcome.durationMs,
      observed: outcome.observed,
      ...(outcome.error ? { lastError: { ...outcome.error, at } } : {}),
    });
  }

  return registry;
}
