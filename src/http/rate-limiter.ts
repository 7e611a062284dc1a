/** One limit: `limit` hits per fixed window of `windowSeconds`. */
export interface RateRule {
  limit: number;
  windowSeconds: number;
}

/** The window a key stands in after a hit. */
export interface RateLimitState {
  limit: number;
  /** Hits left in this window (0 when refused). */
  remaining: number;
  /** Unix milliseconds at which the window resets. */
  resetAt: number;
  /** False when this hit went over the limit. */
  allowed: boolean;
}

/**
 * The counter port. Shaped after rate-limiter-flexible's `consume(key)` (remainingPoints,
 * msBeforeNext), so a Redis-backed limiter shared by several processes can replace the memory one.
 */
export interface RateLimiter {
  hit(key: string, rule: RateRule): Promise<RateLimitState>;
}
