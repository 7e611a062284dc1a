import type { Config } from '../config.ts';
import { defaultRateLimits, rateClasses, type RateClass } from '../contract/rate-classes.ts';
import type { RateRule } from './rate-limiter.ts';

/** The limit of each class: the configured one, else the contract's default. */
export function rateLimitRules(config: Pick<Config, 'rateLimits'>): Record<RateClass, RateRule> {
  const rules = {} as Record<RateClass, RateRule>;
  for (const rateClass of rateClasses) {
    const { limit, windowSeconds } = config.rateLimits?.[rateClass] ?? defaultRateLimits[rateClass];
    rules[rateClass] = { limit, windowSeconds };
  }
  return rules;
}
