import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a webhook delivery is signed, so the sender (service) and every receiver agree byte for
 * byte: HMAC-SHA256 with the webhook's secret over `${timestamp}.${rawBody}`, hex, prefixed `v1=`
 * so the scheme can change without breaking receivers. The timestamp defeats replays.
 */
export const webhookHeaders = {
  signature: 'X-CinematicAds-Signature',
  timestamp: 'X-CinematicAds-Timestamp',
  event: 'X-CinematicAds-Event',
  delivery: 'X-CinematicAds-Delivery',
} as const;

/** How old a delivery may be before a receiver should refuse it. */
export const defaultSignatureToleranceSeconds = 300;

export interface SignatureInput {
  secret: string;
  /** Unix seconds, as sent in X-CinematicAds-Timestamp. */
  timestamp: number;
  /** The raw request body, exactly as sent. */
  body: string;
}

export function signWebhook({ secret, timestamp, body }: SignatureInput): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifyWebhookSignature(
  input: SignatureInput & { signature: string; nowSeconds?: number; toleranceSeconds?: number },
): boolean {
  const now = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - input.timestamp) > (input.toleranceSeconds ?? defaultSignatureToleranceSeconds)) return false;
  const expected = Buffer.from(signWebhook(input));
  const received = Buffer.from(input.signature);
  return expected.length === received.length && timingSafeEqual(expected, received);
}
