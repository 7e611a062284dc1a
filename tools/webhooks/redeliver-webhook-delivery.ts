import { deliveryParams, webhookDelivery } from '../../src/contract/schemas/webhooks.ts';
import { defineTool } from '../tool-definition.ts';

export const redeliverWebhookDeliveryTool = defineTool({
  name: 'redeliver_webhook_delivery',
  operation: 'redeliver_webhook_delivery',
  toolset: 'webhooks',
  title: 'Redeliver a webhook event',
  description:
    'Sends a finished delivery again (same body and webhook-id), e.g. after fixing the receiver; a 2xx re-enables a ' +
    'disabled webhook. Free; seconds.',
  input: deliveryParams,
  output: webhookDelivery,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async handler(args, { api, signal }) {
    const delivery = await api.redeliverWebhookDelivery(args, { signal });
    return { structured: delivery, summary: `Delivery ${delivery.id} (${delivery.event}) is ${delivery.status} after ${delivery.attempts} attempt(s).` };
  },
});
