import { errorSummary } from './conditions.js';

/** What a health check may answer; `true`, `undefined` or nothing mean pass, `false` fail. */
export interface CheckResult {
  readonly status?: 'pass' | 'warn' | 'fail';
  /** A measurement to show authorised viewers (health+json `observedValue`). */
  readonly observedValue?: number;
  readonly observedUnit?: string;
  /** Why, for warn and fail (see `conditions`); default `check-warn` / `check-failed`. */
  readonly condition?: string;
}

/** A check is given an AbortSignal that fires at its timeout: pass it to fetch and client calls. */
// biome-ignore lint/suspicious/noConfusingVoidType: a check that returns nothing passes, which `void` says.
export type Check = (signal: AbortSignal) => CheckResult | boolean | undefined | void | Promise<CheckResult | boolean | undefined | void>;

export interface CheckOutcome {
  readonly result: 'pass' | 'warn' | 'fail';
  readonly condition: string;
  readonly observed?: { readonly value: number; readonly unit?: string };
  readonly error?: { readonly name: string; readonly code?: string };
  readonly durationMs: number;
}

export interface CheckTarget {
  readonly name: string;
  readonly check: Check;
  readonly timeoutMs: number;
}

class CheckTimeout extends Error {
  override name = 'CheckTimeout';
}

function fromResult(value: unknown, durationMs: number): CheckOutcome {
  if (value === false) return { result: 'fail', condition: 'check-failed', durationMs };
  if (!value || typeof value !== 'object') return { result: 'pass', condition: 'ok', durationMs };
  const r = value as CheckResult;
  const result = r.status === 'warn' || r.status === 'fail' ? r.status : 'pass';
  const condition = typeof r.condition === 'string' ? r.condition : result === 'pass' ? 'ok' : result === 'warn' ? 'check-warn' : 'check-failed';
  const observed =
    typeof r.observedValue === 'number' && Number.isFinite(r.observedValue)
      ? { value: r.observedValue, ...(typeof r.observedUnit === 'string' ? { unit: r.observedUnit.slice(0, 32) } : {}) }
      : undefined;
  return { result, condition, durationMs, ...(observed ? { observed } : {}) };
}

/**
 * Runs one check under its own timeout and the run's deadline, whichever comes first. A check
 * that hangs is abandoned (its signal aborts) and reported as `check-timeout`; one that throws
 * as `check-failed` with the error's name and code (never its message).
 */
async function runOne(target: CheckTarget, deadline: number, now: () => number): Promise<CheckOutcome> {
  const started = now();
  const ms = Math.max(0, Math.min(target.timeoutMs, deadline - started));
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const timeout = new CheckTimeout(`${target.name} took longer than ${ms} ms`);
      controller.abort(timeout);
      reject(timeout);
    }, ms);
  });
  try {
    const value = await Promise.race([Promise.resolve().then(() => target.check(controller.signal)), timedOut]);
    return fromResult(value, now() - started);
  } catch (error) {
    const durationMs = now() - started;
    // `controller.signal.aborted`, not `instanceof` on what was thrown: a hostile value (a Proxy
    // whose prototype trap throws) must not make the check run itself fail.
    if (controller.signal.aborted) return { result: 'fail', condition: 'check-timeout', durationMs };
    return { result: 'fail', condition: 'check-failed', error: errorSummary(error), durationMs };
  } finally {
    clearTimeout(timer);
  }
}

/** Every check in parallel under one deadline; resolves by the deadline whatever the checks do. */
export async function runChecks(targets: readonly CheckTarget[], deadlineMs: number, now: () => number): Promise<Map<string, CheckOutcome>> {
  const deadline = now() + deadlineMs;
  const outcomes = await Promise.all(targets.map((t) => runOne(t, deadline, now)));
  return new Map(targets.map((t, i) => [t.name, outcomes[i] as CheckOutcome]));
}
