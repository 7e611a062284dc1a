import { deleteWebhookQuery, deletedWebhook } from '../../src/contract/schemas/webhooks.ts';
import { defineTool } from '../tool-definition.ts';

export const deleteWebhookTool = defineTool({
  name: 'delete_webhook',
  operation: 'delete_webhook',
  toolset: 'webhooks',
  title: 'Delete a webhook',
  description:
    'Deletes a webhook (id from list_webhooks) and its delivery log; pending retries stop. Free, instant.',
  input: deleteWebhookQuery,
  output: deletedWebhook,
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  async handler(args, { api, signal }) {
    const deleted = await api.deleteWebhook(args, { signal });
    return { structured: deleted, summary: `Deleted webhook ${deleted.id}.` };
  },
});
