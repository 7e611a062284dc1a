import type { z } from 'zod';
import type { webhook, webhookDelivery } from '../../contract/schemas/webhooks.ts';
import type { DeliveryRecord, WebhookRecord } from './webhook-records.ts';

export type WebhookView = z.output<typeof webhook>;
export type DeliveryView = z.output<typeof webhookDelivery>;

/** An endpoint as the API shows it: never its secret. */
export function webhookView(record: WebhookRecord): WebhookView {
  return {
    id: record.id,
    url: record.url,
    events: record.events,
    ...(record.description ? { description: record.description } : {}),
    createdAt: record.createdAt,
    enabled: !record.disabled,
    disabledAt: record.disabled?.at ?? null,
    disabledReason: record.disabled?.reason ?? null,
  };
}

export function deliveryView(record: DeliveryRecord): DeliveryView {
  return {
    id: record.id,
    eventId: record.eventId,
    event: record.event,
    status: record.status,
    attempts: record.attempts,
    responseStatus: record.responseStatus,
    error: record.error,
    createdAt: record.createdAt,
    lastAttemptAt: record.lastAttemptAt,
    nextAttemptAt: record.nextAttemptAt,
  };
}
