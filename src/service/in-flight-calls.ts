import { CinematicAdsError } from '../contract/errors.ts';

/**
 * The calls the service is answering right now, so `close()` lets them finish before the store
 * closes under them (a call cut off mid-write would fail with the store's own error, or worse,
 * half-write). Once closing, new calls are refused with a retryable 503.
 */
export interface InFlightCalls {
  run<T>(call: () => Promise<T>): Promise<T>;
  /** Refuses new calls and resolves when the running ones have ended, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
}

export function createInFlightCalls(): InFlightCalls {
  let running = 0;
  let closing = false;
  let idle: (() => void) | undefined;

  return {
    async run(call) {
      if (closing) throw new CinematicAdsError('unavailable', 'The server is shutting down; retry in a moment');
      running += 1;
      try {
        return await call();
      } finally {
        running -= 1;
        if (running === 0) idle?.();
      }
    },
    drain(timeoutMs) {
      closing = true;
      if (running === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        idle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    },
  };
}
