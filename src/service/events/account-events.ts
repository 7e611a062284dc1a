import { randomBytes } from 'node:crypto';
import type { WebhookPayload } from '../../contract/schemas/webhook-payload.ts';
import type { EventBus } from './event-bus.ts';

/** An account-level event (`workflow.started`, `video.ready`…), shaped as the webhook body it becomes. */
export interface AccountEvent {
  accountId: string;
  payload: WebhookPayload;
}

type PayloadDraft = WebhookPayload extends infer P ? (P extends WebhookPayload ? Omit<P, 'id' | 'createdAt'> : never) : never;

/**
 * What the rest of the service (webhook delivery, next issue) listens to: every account's job
 * lifecycle on one topic. In process by default; a Redis pub/sub bus fits the same port.
 */
export interface AccountEvents {
  emit(accountId: string, draft: PayloadDraft, at: Date): AccountEvent;
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: AccountEvent) => void): () => void;
}

const topic = 'account-events';

export function createAccountEvents(bus: EventBus<AccountEvent>): AccountEvents {
  return {
    emit(accountId, draft, at) {
      const payload = { ...draft, id: `evt_${randomBytes(12).toString('base64url')}`, createdAt: at.toISOString() } as WebhookPayload;
      const event = { accountId, payload };
      bus.publish(topic, event);
      return event;
    },
    subscribe: (listener) => bus.subscribe(topic, listener),
  };
}
