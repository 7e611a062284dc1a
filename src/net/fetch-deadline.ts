import { CinematicAdsError } from '../contract/errors.ts';

/** One budget for a whole fetch: resolution, every redirect hop, headers and body. */
export interface FetchDeadline {
  /** Aborts with the timeout error, or with the caller's own abort reason. */
  signal: AbortSignal;
  /** Stops the clock and detaches from the caller's signal; safe to call more than once. */
  clear(): void;
}

export function startDeadline(timeoutMs: number, url: string, outer?: AbortSignal): FetchDeadline {
  const controller = new AbortController();
  const onOuterAbort = (): void => controller.abort(outer?.reason);
  const timer = setTimeout(() => {
    controller.abort(
      new CinematicAdsError('unavailable', `Timed out after ${timeoutMs} ms fetching ${url}`, { details: { url, timeoutMs } }),
    );
  }, timeoutMs);
  // A response nobody reads must not keep the process alive; the socket does while it is in use.
  timer.unref();
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}

/** Settles with `promise`, or rejects with the abort reason as soon as `signal` aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
