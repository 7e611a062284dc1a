import type { RateLimiter, RateLimitState, RateRule } from './rate-limiter.ts';

interface Window {
  count: number;
  resetAt: number;
}

/** Entries are swept once the map grows past this many keys, so idle keys cannot pile up. */
const sweepThreshold = 10_000;

/** Fixed windows in a Map: exact for one process, lost on restart (acceptable for limits). */
export function createMemoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, Window>();

  function sweep(at: number): void {
    for (const [key, window] of windows) if (window.resetAt <= at) windows.delete(key);
  }

  return {
    async hit(key: string, rule: RateRule): Promise<RateLimitState> {
      const at = now();
      let window = windows.get(key);
      if (!window || window.resetAt <= at) {
        if (windows.size >= sweepThreshold) sweep(at);
        window = { count: 0, resetAt: at + rule.windowSeconds * 1000 };
        windows.set(key, window);
      }
      window.count += 1;
      const allowed = window.count <= rule.limit;
      return { limit: rule.limit, remaining: Math.max(0, rule.limit - window.count), resetAt: window.resetAt, allowed };
    },
  };
}
