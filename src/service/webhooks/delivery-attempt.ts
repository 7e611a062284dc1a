import { CinematicAdsError } from '../../contract/errors.ts';
import { signWebhook, webhookHeaders } from '../../contract/webhook-signature.ts';
import type { SafeResponse } from '../../net/safe-response.ts';
import type { WebhookNetwork } from './webhook-network.ts';
import { webhookTarget } from './webhook-url-rules.ts';

export interface AttemptInput {
  url: string;
  /** The webhook's signing secret, `whsec_…`. */
  secret: string;
  eventId: string;
  body: string;
  /** When the attempt is signed (the webhook-timestamp). */
  at: Date;
  timeoutMs: number;
  excerptBytes: number;
  /** Aborted when the service shuts down: the attempt is then not an outcome at all. */
  signal: AbortSignal;
}

/** What one attempt met: a 2xx, another status, or no answer (with why). */
export interface AttemptOutcome {
  ok: boolean;
  responseStatus: number | null;
  error: string | null;
}

/**
 * One signed POST through the guarded fetch. Only the status matters: a 2xx body is never read,
 * and of any other answer only a short excerpt is kept to show in the delivery log.
 * Rejects only with the shutdown signal's reason.
 */
export async function attemptDelivery(network: WebhookNetwork, input: AttemptInput): Promise<AttemptOutcome> {
  const timestamp = Math.floor(input.at.getTime() / 1000);
  let response: SafeResponse;
  try {
    const target = webhookTarget(input.url, network);
    const signature = signWebhook({ secret: input.secret, id: input.eventId, timestamp, body: input.body });
    response = await network.fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [webhookHeaders.id]: input.eventId,
        [webhookHeaders.timestamp]: String(timestamp),
        [webhookHeaders.signature]: signature,
      },
      body: input.body,
      timeoutMs: input.timeoutMs,
      // The body is never read past the excerpt, so a large declared length must not fail a 2xx.
      maxBytes: Number.MAX_SAFE_INTEGER,
      signal: input.signal,
    });
  } catch (error) {
    if (input.signal.aborted) throw input.signal.reason;
    return { ok: false, responseStatus: null, error: describeFailure(error) };
  }
  if (response.ok) {
    await response.cancel().catch(() => undefined);
    return { ok: true, responseStatus: response.status, error: null };
  }
  const excerpt = await readExcerpt(response, input.excerptBytes);
  return { ok: false, responseStatus: response.status, error: `The endpoint answered ${response.status}${excerpt ? `: ${excerpt}` : ''}` };
}

function describeFailure(error: unknown): string {
  if (CinematicAdsError.is(error)) {
    if (error.details?.redirects) return 'The endpoint answered with a redirect, which deliveries do not follow; register the final URL';
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The start of the answer, as one line of text; never more than `limit` bytes are read. */
async function readExcerpt(response: SafeResponse, limit: number): Promise<string> {
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A body cut short or too slow: what arrived is excerpt enough.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks).subarray(0, limit));
  return text.replace(/\s+/g, ' ').trim();
}
