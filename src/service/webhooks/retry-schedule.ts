import type { WebhookSettings } from './webhook-settings.ts';

type RetryTiming = Pick<WebhookSettings, 'maxAttempts' | 'firstRetryDelayMs' | 'backoffFactor' | 'maxRetryDelayMs' | 'jitter'>;

/**
 * The wait before the next attempt, after `attemptsMade` attempts of the current round have
 * failed; undefined when the round's attempts are used up. Exponential with jitter, capped.
 * `random` is injectable so a test can pin the jitter.
 */
export function nextRetryDelayMs(attemptsMade: number, timing: RetryTiming, random: () => number = Math.random): number | undefined {
  if (attemptsMade >= timing.maxAttempts) return undefined;
  const exponential = timing.firstRetryDelayMs * timing.backoffFactor ** Math.max(0, attemptsMade - 1);
  const base = Math.min(exponential, timing.maxRetryDelayMs);
  const jittered = base * (1 + timing.jitter * (2 * random() - 1));
  return Math.max(1, Math.round(Math.min(jittered, timing.maxRetryDelayMs)));
}
