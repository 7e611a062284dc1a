import { webhookList } from '../../src/contract/schemas/webhooks.ts';
import { noInput } from '../no-input.ts';
import { defineTool } from '../tool-definition.ts';

export const listWebhooksTool = defineTool({
  name: 'list_webhooks',
  operation: 'list_webhooks',
  toolset: 'webhooks',
  title: 'List webhooks',
  description:
    'Registered webhook endpoints, their event types and whether each is enabled (or why not), without secrets. ' +
    'Free, instant.',
  input: noInput,
  output: webhookList,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(_args, { api, signal }) {
    const list = await api.listWebhooks({}, { signal });
    const disabled = list.webhooks.filter((webhook) => !webhook.enabled).length;
    return { structured: list, summary: `${list.webhooks.length} webhook(s)${disabled ? `, ${disabled} disabled for failing` : ''}.` };
  },
});
