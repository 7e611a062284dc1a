import { timingSafeEqual } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * How deliveries are signed: the Standard Webhooks scheme (standardwebhooks.com), so receivers can
 * use any of its libraries. The signature is `v1,<base64 HMAC-SHA256>` keyed by the secret's bytes
 * (`whsec_<base64>`) over `<webhook-id>.<webhook-timestamp>.<raw body>`. The id stays the same
 * across retries and redeliveries of one event, so receivers drop duplicates by it; the timestamp
 * lets them refuse replays.
 */
export const webhookHeaders = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

/** How old (or how far ahead) a delivery's timestamp may be before a receiver should refuse it: the scheme's five minutes. */
export const defaultSignatureToleranceSeconds = 300;

export interface SignatureInput {
  /** The webhook's signing secret, `whsec_<base64>`. */
  secret: string;
  /** The `webhook-id` header: the event id. */
  id: string;
  /** Unix seconds, as sent in `webhook-timestamp`. */
  timestamp: number;
  /** The raw request body, exactly as sent. */
  body: string;
}

/** The `webhook-signature` header value, `v1,<base64>`, computed by the standardwebhooks library. */
export function signWebhook({ secret, id, timestamp, body }: SignatureInput): string {
  return new Webhook(secret).sign(id, new Date(timestamp * 1000), body);
}

export interface VerifyInput {
  secret: string;
  /** The request's headers (any case); `webhook-id`, `webhook-timestamp` and `webhook-signature` are read. */
  headers: Headers | Record<string, string | string[] | undefined>;
  /** The raw request body, exactly as received (not re-serialised JSON). */
  body: string;
  nowSeconds?: number;
  toleranceSeconds?: number;
}

/**
 * For receivers: true when one of the signatures in `webhook-signature` (space-separated, so a
 * rotated secret can be announced beside the old one) matches and the timestamp is within the
 * tolerance. Equivalent to standardwebhooks' `Webhook.verify`, with the clock injectable.
 */
export function verifyWebhookSignature(input: VerifyInput): boolean {
  const id = headerOf(input.headers, webhookHeaders.id);
  const timestampText = headerOf(input.headers, webhookHeaders.timestamp);
  const signatures = headerOf(input.headers, webhookHeaders.signature);
  if (!id || !timestampText || !signatures || !/^\d{1,12}$/.test(timestampText)) return false;
  const timestamp = Number(timestampText);
  const now = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (input.toleranceSeconds ?? defaultSignatureToleranceSeconds)) return false;
  let expected: Buffer;
  try {
    expected = Buffer.from(signWebhook({ secret: input.secret, id, timestamp, body: input.body }));
  } catch {
    // A secret that is not `whsec_<base64>` (or empty) cannot have signed anything.
    return false;
  }
  return signatures.split(' ').some((candidate) => {
    const received = Buffer.from(candidate);
    return received.length === expected.length && timingSafeEqual(received, expected);
  });
}

function headerOf(headers: VerifyInput['headers'], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(entry) ? entry[0] : entry;
}
