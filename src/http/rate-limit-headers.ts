import type { Context } from 'hono';
import { wireHeaders } from '../contract/wire-headers.ts';
import type { AppEnv } from './app-env.ts';
import type { RateLimitState } from './rate-limiter.ts';
import { responseHeaders } from './response-headers.ts';

/** `X-RateLimit-*` on whatever response the request gets, errors included; `Retry-After` when refused. */
export function setRateLimitHeaders(c: Context<AppEnv>, state: RateLimitState, now: number = Date.now()): void {
  const headers = responseHeaders(c);
  headers[wireHeaders.rateLimitLimit] = String(state.limit);
  headers[wireHeaders.rateLimitRemaining] = String(state.remaining);
  headers[wireHeaders.rateLimitReset] = String(Math.ceil(state.resetAt / 1000));
  if (!state.allowed) headers[wireHeaders.retryAfter] = String(Math.max(1, Math.ceil((state.resetAt - now) / 1000)));
}
