import type { ResponseContext } from './context.js';
import { summariseCauses } from './diagnostics/collect.js';
import { type ErrorInfo, normalise } from './safety/normalise.js';
import type { Redactor } from './safety/redact.js';
import type { ErrataEvent, ErrataOptions, Mode } from './types.js';

/**
 * Call the host's hook. A synchronous throw propagates (the caller sends the fallback and reports
 * that); an async rejection is swallowed, since the response is already decided.
 */
export function emit(hook: ((event: ErrataEvent) => void | Promise<void>) | undefined, event: ErrataEvent): void {
  if (!hook) return;
  const result: unknown = hook(event);
  if (result && typeof (result as PromiseLike<void>).then === 'function') {
    Promise.resolve(result).catch(() => undefined);
  }
}

/** Like `emit`, but nothing escapes: for reporting a failure of errata itself. */
export function emitGuarded(hook: ((event: ErrataEvent) => void | Promise<void>) | undefined, event: ErrataEvent): void {
  try {
    emit(hook, event);
  } catch {
    // The logger is broken too; the fallback response still goes out.
  }
}

/**
 * Stage 8: one structured, redacted event for the host's logger (same trace id as the page),
 * and an audit event when diagnostics were shown to an authorised viewer in production. The
 * redaction of the stack and request happens here, only when there is a hook to receive it.
 */
export function reportError(
  hook: ErrataOptions['onError'],
  ctx: ResponseContext,
  info: ErrorInfo,
  redactor: Redactor,
  mode: Mode,
  warnings?: readonly string[],
): void {
  if (!hook) return;
  const timestamp = new Date().toISOString();
  emit(hook, {
    type: 'error',
    traceId: ctx.traceId,
    code: ctx.code,
    status: ctx.status,
    name: info.name,
    message: redactor.string(info.message),
    ...(info.stack ? { stack: redactor.string(info.stack) } : {}),
    causes: summariseCauses(info, redactor, false),
    request: ctx.summary(),
    mode,
    format: ctx.format,
    ...(warnings ? { warnings } : {}),
    timestamp,
  });
  if (ctx.viewer && ctx.viewer !== 'development') {
    emit(hook, {
      type: 'audit',
      action: 'diagnostics-shown',
      who: ctx.viewer,
      traceId: ctx.traceId,
      code: ctx.code,
      request: { method: ctx.method, path: ctx.summary().path },
      timestamp,
    });
  }
}

/** Name and redacted message of something that failed inside errata (not the original error). */
export function describeFailure(failure: unknown, redactor: Redactor): { name: string; message: string } {
  try {
    const info = normalise(failure);
    return { name: info.name, message: redactor.string(info.message.slice(0, 1000)) };
  } catch {
    return { name: 'Error', message: 'unknown failure' };
  }
}
