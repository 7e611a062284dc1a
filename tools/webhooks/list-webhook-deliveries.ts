import { deliveriesQuery, webhookDeliveryList, webhookParams } from '../../src/contract/schemas/webhooks.ts';
import { defineTool } from '../tool-definition.ts';

export const listWebhookDeliveriesTool = defineTool({
  name: 'list_webhook_deliveries',
  operation: 'list_webhook_deliveries',
  toolset: 'webhooks',
  title: 'List webhook deliveries',
  description:
    'Recent deliveries to a webhook (event, state, attempts, last status or error, next retry), to debug a ' +
    'receiver; resend one with redeliver_webhook_delivery. Free, instant.',
  input: webhookParams.extend(deliveriesQuery.shape),
  output: webhookDeliveryList,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(args, { api, signal }) {
    const list = await api.listWebhookDeliveries(args, { signal });
    const failed = list.deliveries.filter((delivery) => delivery.status === 'failed').length;
    return { structured: list, summary: `${list.deliveries.length} recent deliveries${failed ? `, ${failed} failed` : ''}.` };
  },
});
