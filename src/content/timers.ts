/**
 * Timers that end with the page: each hangs on the page's AbortSignal, so a page torn down (or a content
 * script that stepped aside) leaves nothing scheduled behind.
 */

/** Runs `run` after `ms`, unless the signal aborts first. */
export function after(ms: number, run: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    run();
  }, ms);
  const cancel = () => clearTimeout(timer);
  signal.addEventListener('abort', cancel, { once: true });
}

/** Runs `run` when the browser has nothing else to do (at the latest after `timeout`), unless the signal aborts first. */
export function whenIdle(run: () => void, signal: AbortSignal, timeout = 2000): void {
  if (signal.aborted) return;
  if (typeof requestIdleCallback !== 'function') return after(0, run, signal);
  const handle = requestIdleCallback(() => {
    signal.removeEventListener('abort', cancel);
    run();
  }, { timeout });
  const cancel = () => cancelIdleCallback(handle);
  signal.addEventListener('abort', cancel, { once: true });
}

/** `promise`, or a rejection after `ms` (or when the signal aborts). */
export function withTimeout<T>(promise: Promise<T>, ms: number, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    after(ms, () => reject(new Error('timeout')), signal);
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    promise.then(resolve, reject);
  });
}
