import type { ResponseContext } from './context.js';
import { summariseCauses } from './diagnostics/collect.js';
import { type ErrorInfo, normalise } from './safety/normalise.js';
import { writeEventLine } from './events.js';
import type { RedactionMemo } from './redaction-memo.js';
import type { Redactor } from './safety/redact.js';
import type { ErrataErrorEvent, ErrataEvent, ErrataOptions, Mode } from './types.js';

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

/** Like `emit`, but nothing escapes: for reporting a failure of errata itself (stderr without a hook). */
export function emitGuarded(hook: ((event: ErrataEvent) => void | Promise<void>) | undefined, event: ErrataEvent): void {
  if (!hook) {
    writeEventLine(event);
    return;
  }
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
  memo: RedactionMemo,
  mode: Mode,
  warnings?: readonly string[],
): void {
  if (!hook) {
    // No logger: a 5xx still goes to stderr (events.ts); a 4xx costs nothing.
    if (ctx.status >= 500) writeEventLine(errorEvent(ctx, info, redactor, memo, mode, isoNow(), warnings));
    return;
  }
  const timestamp = isoNow();
  emit(hook, errorEvent(ctx, info, redactor, memo, mode, timestamp, warnings));
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

function errorEvent(
  ctx: ResponseContext,
  info: ErrorInfo,
  redactor: Redactor,
  memo: RedactionMemo,
  mode: Mode,
  timestamp: string,
  warnings: readonly string[] | undefined,
): ErrataErrorEvent {
  // The request summary and the stack are the costly parts (redaction; V8 formats a stack when it
  // is first read): each is built the first time a reader asks for it, and only once, so a hook
  // that counts or samples errors never pays for them. JSON.stringify reads them like any field.
  // Getters in the literal, not `defineProperty`: the same own enumerable properties, built at a
  // fraction of the cost on the path every logged 500 takes.
  let stack: string | undefined;
  let stackRead = false;
  const event: ErrataErrorEvent = {
    type: 'error',
    traceId: ctx.traceId,
    code: ctx.code,
    status: ctx.status,
    severity: ctx.entry.severity,
    name: info.name,
    message: memo.string(info.message),
    causes: summariseCauses(info, redactor, false),
    mode,
    format: ctx.format,
    timestamp,
    get request() {
      return ctx.summary(); // built on the first call, then the same object
    },
    get stack() {
      if (!stackRead) {
        stackRead = true;
        const raw = info.stack;
        stack = raw ? memo.stack(raw) : undefined;
      }
      return stack;
    },
  };
  // Only a thrown value that had a stack (an Error) has the field; other throws are rare enough
  // that deleting it there costs less than a second shape of this literal everywhere.
  if (!('stack' in info)) delete event.stack;
  if (warnings) event.warnings = warnings;
  return event;
}

let lastMs = -1;
let lastIso = '';
let lastSecond = Number.NaN;
let secondPrefix = '';

/**
 * `new Date().toISOString()`, formatted once per second and finished per millisecond: a storm
 * logs many events per millisecond, and a busy server a new millisecond on nearly every one.
 */
export function isoNow(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    const second = Math.floor(ms / 1000);
    if (second !== lastSecond) {
      lastSecond = second;
      secondPrefix = new Date(second * 1000).toISOString().slice(0, 20); // 2026-12-05T04:14:03.
    }
    const fraction = ms - second * 1000;
    lastIso = `${secondPrefix}${fraction < 10 ? '00' : fraction < 100 ? '0' : ''}${fraction}Z`;
  }
  return lastIso;
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
