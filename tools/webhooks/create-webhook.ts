import { createWebhookRequest, createdWebhook, maxWebhooksPerAccount, webhookUrl } from '../../src/contract/schemas/webhooks.ts';
import { defineTool } from '../tool-definition.ts';

export const createWebhookTool = defineTool({
  name: 'create_webhook',
  operation: 'create_webhook',
  toolset: 'webhooks',
  title: 'Register a webhook',
  description:
    "Registers an HTTPS endpoint for the account's job events (signed POSTs, retried); returns its signing secret, " +
    `shown once. For servers; in a chat use follow_workflow. At most ${maxWebhooksPerAccount} per account. Free.`,
  // The contract's url description explains the operator's plain-http exception at length; a model needs less.
  input: createWebhookRequest.extend({ url: webhookUrl.describe('HTTPS endpoint to POST events to; it must resolve to a public address') }),
  output: createdWebhook,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async handler(args, { api, signal }) {
    const webhook = await api.createWebhook(args, { signal });
    return {
      structured: webhook,
      summary: `Registered webhook ${webhook.id} for ${webhook.events.join(', ')}; store its secret now, it cannot be shown again.`,
    };
  },
});
