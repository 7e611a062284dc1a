import type { WebhookEventType } from '../../contract/schemas/webhooks.ts';
import type { SealedSecret } from './webhook-secret-box.ts';

/** A registered endpoint as stored. The signing secret is kept sealed (see webhook-secret-box.ts). */
export interface WebhookRecord {
  id: string;
  accountId: string;
  url: string;
  events: WebhookEventType[];
  description?: string;
  createdAt: string;
  secret: SealedSecret;
  /** Deliveries in a row that failed every retry; a success resets it. */
  failedDeliveriesInARow: number;
  disabled?: { at: string; reason: string };
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

/** One event on its way to one endpoint, and what its attempts met. */
export interface DeliveryRecord {
  id: string;
  webhookId: string;
  accountId: string;
  /** The event id: sent as webhook-id, the same on every attempt. */
  eventId: string;
  event: WebhookEventType;
  /** The body, serialised once so every attempt (and a redelivery) sends the same bytes. */
  body: string;
  status: DeliveryStatus;
  attempts: number;
  /** `attempts` when the current round began: a redelivery starts a fresh retry budget. */
  roundStartedAtAttempt: number;
  /** Asked for by the account (a redelivery): sent even while the endpoint is disabled. */
  manual: boolean;
  responseStatus: number | null;
  error: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
}
