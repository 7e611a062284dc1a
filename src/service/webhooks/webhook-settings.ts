import type { Config } from '../../config.ts';
import { maxWebhooksPerAccount } from '../../contract/schemas/webhooks.ts';

/** How webhooks are delivered: every default resolved once, here. */
export interface WebhookSettings {
  /** Attempts per delivery (the first one included) before it is failed. */
  maxAttempts: number;
  /** Wait before the first retry; each later wait is `backoffFactor` times longer, up to `maxRetryDelayMs`. */
  firstRetryDelayMs: number;
  backoffFactor: number;
  maxRetryDelayMs: number;
  /** Each wait is stretched or shrunk by up to this fraction at random, so failed deliveries do not retry in lockstep. */
  jitter: number;
  /** Time an endpoint has to answer one attempt (connection, headers; the body is not read). */
  attemptTimeoutMs: number;
  /** Deliveries in a row that fail every retry before the endpoint is disabled. */
  disableAfterFailedDeliveries: number;
  /** Attempts in flight at once, over all endpoints, and per endpoint. */
  concurrency: number;
  perEndpointConcurrency: number;
  maxEndpointsPerAccount: number;
  /** How long a finished delivery stays in the log. */
  retentionMs: number;
  /** Bytes of a failed answer's body kept as the delivery's error; the rest is never read. */
  responseExcerptBytes: number;
}

/**
 * 10 s, 40 s, 2.7 min, 11 min, 43 min, 2.8 h, 4 h: eight attempts over about eight hours, enough
 * for a receiver that is down for a deploy or an outage to catch up.
 */
export function webhookSettings(config: Config): WebhookSettings {
  const configured = config.webhooks ?? {};
  return {
    maxAttempts: configured.maxAttempts ?? 8,
    firstRetryDelayMs: configured.firstRetryDelayMs ?? 10_000,
    backoffFactor: 4,
    maxRetryDelayMs: configured.maxRetryDelayMs ?? 4 * 60 * 60_000,
    jitter: 0.2,
    attemptTimeoutMs: configured.attemptTimeoutMs ?? 10_000,
    disableAfterFailedDeliveries: configured.disableAfterFailedDeliveries ?? 5,
    concurrency: 32,
    perEndpointConcurrency: 8,
    maxEndpointsPerAccount: maxWebhooksPerAccount,
    retentionMs: 30 * 24 * 60 * 60_000,
    responseExcerptBytes: 300,
  };
}
