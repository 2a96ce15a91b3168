import type { ErrataEvent, ErrataObserver, ErrataOptions } from './types.js';

type Hook = NonNullable<ErrataOptions['onError']>;

/**
 * The default when the host sets no `onError`: what must not go unnoticed (a 5xx, a failure of
 * errata itself) goes to stderr as one JSON line, which every log pipeline collects. Never throws.
 */
export function writeEventLine(event: ErrataEvent): void {
  if (event.type === 'audit' || (event.type === 'error' && event.status < 500)) return;
  try {
    // console.error with one string writes exactly that line to stderr (and test runners can
    // attribute it to a test).
    console.error(JSON.stringify(event));
  } catch {
    // A closed stderr must not turn into a failed response.
  }
}

/**
 * The one hook the pipeline calls: the observers (guarded: they can never change a response),
 * then the host's `onError`, or the stderr default without one. With no observers it is the
 * host's hook itself (or none), so an instance without observers does no extra work.
 */
export function eventHook(onError: Hook | undefined, observers: readonly ErrataObserver[]): Hook | undefined {
  if (observers.length === 0) return onError;
  return (event) => {
    for (const observer of observers) {
      try {
        const result: unknown = observer(event);
        if (result && typeof (result as PromiseLike<void>).then === 'function') Promise.resolve(result).catch(() => undefined);
      } catch {
        // An observer's bug is its own; the response and the host's logger are unaffected.
      }
    }
    if (onError) return onError(event);
    writeEventLine(event);
  };
}
