import type { ErrataEvent } from './types.js';

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
