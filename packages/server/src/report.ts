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
    if (ctx.status >= 500) writeEventLine(new ErrorEvent(ctx, info, redactor, memo, mode, isoNow(), warnings));
    return;
  }
  const timestamp = isoNow();
  emit(hook, new ErrorEvent(ctx, info, redactor, memo, mode, timestamp, warnings));
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

/**
 * The `error` event. The request summary and the stack are the costly parts (redaction; V8
 * formats a stack when it is first read): each is built the first time a reader asks for it, and
 * only once, so a hook that counts or samples errors never pays for them. They are still own,
 * enumerable properties, so `JSON.stringify`, spreading and loggers that copy own keys see every
 * field. Their getters are shared functions defined on each event in one call: cheaper to build
 * and to serialise than an object literal's per-object getters (about 0.85 µs per logged 500).
 */
class ErrorEvent implements ErrataErrorEvent {
  readonly type = 'error';
  readonly traceId: string;
  readonly code: string;
  readonly status: number;
  readonly severity: ErrataErrorEvent['severity'];
  readonly name: string;
  readonly message: string;
  readonly causes: ErrataErrorEvent['causes'];
  readonly mode: Mode;
  readonly format: ErrataErrorEvent['format'];
  readonly timestamp: string;
  declare readonly warnings?: readonly string[];
  declare readonly request: ErrataErrorEvent['request'];
  declare readonly stack?: string;
  readonly #ctx: ResponseContext;
  readonly #info: ErrorInfo;
  readonly #memo: RedactionMemo;
  #stack: string | undefined;
  #stackRead = false;

  constructor(
    ctx: ResponseContext,
    info: ErrorInfo,
    redactor: Redactor,
    memo: RedactionMemo,
    mode: Mode,
    timestamp: string,
    warnings: readonly string[] | undefined,
  ) {
    this.traceId = ctx.traceId;
    this.code = ctx.code;
    this.status = ctx.status;
    this.severity = ctx.entry.severity;
    this.name = info.name;
    this.message = memo.string(info.message);
    this.causes = summariseCauses(info, redactor, false);
    this.mode = mode;
    this.format = ctx.format;
    this.timestamp = timestamp;
    this.#ctx = ctx;
    this.#info = info;
    this.#memo = memo;
    if (warnings) this.warnings = warnings;
    // Only a thrown value that had a stack (an Error) has the field.
    Object.defineProperties(this, 'stack' in info ? withStack : withoutStack);
  }

  /** What the shared `request` getter returns for an event. */
  static requestOf(event: ErrorEvent): ErrataErrorEvent['request'] {
    return event.#ctx.summary(); // built on the first call, then the same object
  }

  /** What the shared `stack` getter returns for an event: redacted once, on first read. */
  static stackOf(event: ErrorEvent): string | undefined {
    if (!event.#stackRead) {
      event.#stackRead = true;
      const raw = event.#info.stack;
      event.#stack = raw ? event.#memo.stack(raw) : undefined;
    }
    return event.#stack;
  }
}

const lazyRequest: PropertyDescriptor = {
  get(this: ErrorEvent) {
    return ErrorEvent.requestOf(this);
  },
  enumerable: true,
  configurable: true,
};
const lazyStack: PropertyDescriptor = {
  get(this: ErrorEvent) {
    return ErrorEvent.stackOf(this);
  },
  enumerable: true,
  configurable: true,
};
const withStack: PropertyDescriptorMap = { request: lazyRequest, stack: lazyStack };
const withoutStack: PropertyDescriptorMap = { request: lazyRequest };

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
