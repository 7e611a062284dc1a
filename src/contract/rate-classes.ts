/**
 * Rate limits per endpoint class [seed]: launches 10 requests/hour, SSE streams 10
 * connections/hour, everything else 100 requests/minute, per API key. These are the defaults;
 * the server reads the actual limits from configuration.
 */
export const rateClasses = ['launch', 'stream', 'default'] as const;
export type RateClass = (typeof rateClasses)[number];

export interface RateLimit {
  limit: number;
  windowSeconds: number;
  /** What is counted: requests, or stream connections opened. */
  counts: 'requests' | 'connections';
}

export const defaultRateLimits: Record<RateClass, RateLimit> = {
  launch: { limit: 10, windowSeconds: 3600, counts: 'requests' },
  stream: { limit: 10, windowSeconds: 3600, counts: 'connections' },
  default: { limit: 100, windowSeconds: 60, counts: 'requests' },
};
