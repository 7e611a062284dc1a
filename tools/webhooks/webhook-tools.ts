import type { ToolDefinition } from '../tool-definition.ts';
import { createWebhookTool } from './create-webhook.ts';
import { deleteWebhookTool } from './delete-webhook.ts';
import { listWebhookDeliveriesTool } from './list-webhook-deliveries.ts';
import { listWebhooksTool } from './list-webhooks.ts';
import { redeliverWebhookDeliveryTool } from './redeliver-webhook-delivery.ts';

export const webhookTools: ToolDefinition[] = [
  listWebhooksTool,
  createWebhookTool,
  deleteWebhookTool,
  listWebhookDeliveriesTool,
  redeliverWebhookDeliveryTool,
];
