/**
 * Runs `work` with a signal that aborts after `ms` (or when `outer` aborts) and settles as soon as
 * it does, with `onTimeout()` as the reason: a parser that never yields again cannot keep the
 * caller waiting, and one that checks its signal stops working too.
 */
export async function withTimeLimit<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, onTimeout: () => Error, outer?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(onTimeout()), ms);
  const forward = () => controller.abort(outer?.reason);
  if (outer?.aborted) forward();
  else outer?.addEventListener('abort', forward, { once: true });
  const aborted = new Promise<never>((_resolve, reject) => {
    if (controller.signal.aborted) reject(controller.signal.reason);
    else controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  try {
    return await Promise.race([work(controller.signal), aborted]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
    // The losing promise must not surface as an unhandled rejection.
    aborted.catch(() => {});
  }
}
