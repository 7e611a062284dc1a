import type { Context } from 'hono';
import { CinematicAdsError } from '../contract/errors.ts';
import { defaultRateLimits, type RateClass } from '../contract/rate-classes.ts';
import type { Caller, ServiceHost } from '../service/service-ports.ts';
import type { AppEnv } from './app-env.ts';
import { authenticateCaller } from './caller-auth.ts';
import { clientAddress } from './client-address.ts';
import { setRateLimitHeaders } from './rate-limit-headers.ts';
import type { RateLimiter, RateRule } from './rate-limiter.ts';

export interface RequestGate {
  /**
   * Authenticates (when a credential is sent), counts the request against its rate class — per
   * credential, else per client address — and sets the rate-limit headers. Throws 429 over the
   * limit and 401 when `auth` is required and no valid credential came.
   */
  admit(c: Context<AppEnv>, rateClass: RateClass, auth: boolean): Promise<Caller | null>;
}

export function createRequestGate(deps: { host: ServiceHost; limiter: RateLimiter; rules: Record<RateClass, RateRule> }): RequestGate {
  return {
    async admit(c, rateClass, auth) {
      const caller = await authenticateCaller(c, deps.host);
      const subject = caller ? `credential:${caller.credentialId}` : `address:${clientAddress(c)}`;
      const state = await deps.limiter.hit(`${rateClass}:${subject}`, deps.rules[rateClass]);
      setRateLimitHeaders(c, state);
      if (!state.allowed) {
        const rule = deps.rules[rateClass];
        const counted = defaultRateLimits[rateClass].counts;
        const what = rule.limit === 1 ? counted.slice(0, -1) : counted;
        throw new CinematicAdsError(
          'rate_limited',
          `Rate limit exceeded: ${rule.limit} ${what} per ${describeWindow(rule.windowSeconds)} for this endpoint class; retry after the seconds in Retry-After`,
        );
      }
      if (auth && !caller) {
        throw new CinematicAdsError('unauthorized', 'Missing or invalid credentials: send "Authorization: Bearer <API key>" or a valid session cookie');
      }
      return caller;
    },
  };
}

function describeWindow(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? 'hour' : `${seconds / 3600} hours`;
  if (seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}
