import type { CinematicAds } from '../contract/interface.ts';
import { createWebhookRequest, deleteWebhookQuery, deliveriesQuery, deliveryParams, webhookParams } from '../contract/schemas/webhooks.ts';
import { parseOrThrow } from '../contract/validation.ts';
import type { Caller } from './service-ports.ts';
import type { Webhooks } from './webhooks/webhooks.ts';

export type WebhookMethods = Pick<
  CinematicAds,
  'listWebhooks' | 'createWebhook' | 'deleteWebhook' | 'listWebhookDeliveries' | 'redeliverWebhookDelivery'
>;

/** One account's webhooks: every id is looked up within that account (another account's is a 404). */
export function webhookMethods(ctx: { caller: Caller; webhooks: Webhooks }): WebhookMethods {
  const { account } = ctx.caller;
  const { webhooks } = ctx;
  return {
    async listWebhooks() {
      return { webhooks: await webhooks.list(account.id) };
    },
    async createWebhook(args, options) {
      return webhooks.create(account.id, parseOrThrow(createWebhookRequest, args, 'request body'), options?.signal);
    },
    async deleteWebhook(args) {
      const { id } = parseOrThrow(deleteWebhookQuery, args, 'query');
      return webhooks.remove(account.id, id);
    },
    async listWebhookDeliveries(args) {
      const { webhookId } = parseOrThrow(webhookParams, args, 'path');
      const { limit } = parseOrThrow(deliveriesQuery, { limit: args.limit }, 'query');
      return { deliveries: await webhooks.deliveries(account.id, webhookId, limit) };
    },
    async redeliverWebhookDelivery(args) {
      const { webhookId, deliveryId } = parseOrThrow(deliveryParams, args, 'path');
      return webhooks.redeliver(account.id, webhookId, deliveryId);
    },
  };
}
