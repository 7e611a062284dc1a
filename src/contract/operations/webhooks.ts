import {
  createWebhookRequest,
  createdWebhook,
  deleteWebhookQuery,
  deletedWebhook,
  deliveriesQuery,
  deliveryParams,
  maxWebhooksPerAccount,
  webhookDelivery,
  webhookDeliveryList,
  webhookList,
  webhookParams,
} from '../schemas/webhooks.ts';
import { defineOperation } from './operation-definition.ts';

const common = { auth: true, rateClass: 'default', spendsCredits: false, tags: ['Webhooks'], source: 'ext' } as const;

export const listWebhooks = defineOperation({
  ...common,
  name: 'list_webhooks',
  method: 'GET',
  path: '/api/webhooks',
  input: {},
  output: webhookList,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'List webhook endpoints',
  description:
    'Returns the registered webhook endpoints, the event types each receives and whether it is enabled (with the reason ' +
    'when it was disabled for failing), without their secrets. Free.',
});

export const createWebhook = defineOperation({
  ...common,
  name: 'create_webhook',
  method: 'POST',
  path: '/api/webhooks',
  input: { body: createWebhookRequest },
  output: createdWebhook,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['conflict'],
  summary: 'Register a webhook endpoint (its secret is shown once)',
  description:
    'Registers an HTTPS endpoint to receive job events (workflow.started, workflow.step, workflow.completed, ' +
    'workflow.failed, video.ready, workflow.suspended) as POSTs signed per Standard Webhooks (webhook-id, ' +
    'webhook-timestamp, webhook-signature headers), retried with exponential backoff until it answers 2xx. The signing ' +
    'secret (whsec_…) is returned in this response only: store it to verify deliveries. The URL must resolve to a public ' +
    `address; at most ${maxWebhooksPerAccount} endpoints per account, each URL once. Use webhooks for servers that cannot hold a stream open. Free.`,
});

export const deleteWebhook = defineOperation({
  ...common,
  name: 'delete_webhook',
  method: 'DELETE',
  path: '/api/webhooks',
  input: { query: deleteWebhookQuery },
  output: deletedWebhook,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['not_found'],
  summary: 'Delete a webhook endpoint',
  description: 'Deletes the webhook with this id and its delivery log; no more deliveries are made to it, pending retries included. Free.',
});

export const listWebhookDeliveries = defineOperation({
  ...common,
  name: 'list_webhook_deliveries',
  method: 'GET',
  path: '/api/webhooks/:webhookId/deliveries',
  input: { params: webhookParams, query: deliveriesQuery },
  output: webhookDeliveryList,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['not_found'],
  summary: 'List recent deliveries to a webhook',
  description:
    'Returns the most recent deliveries to a webhook — event, state, attempts, last HTTP status or error, next retry — ' +
    'to debug an endpoint that misses events. Finished deliveries are kept for 30 days. Free.',
});

export const redeliverWebhookDelivery = defineOperation({
  ...common,
  name: 'redeliver_webhook_delivery',
  method: 'POST',
  path: '/api/webhooks/:webhookId/deliveries/:deliveryId/redeliver',
  input: { params: deliveryParams },
  output: webhookDelivery,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['not_found', 'conflict'],
  summary: 'Send a delivery again (same webhook-id)',
  description:
    'Sends a finished delivery (succeeded or failed) again at once, with the same body and webhook-id, and retries it with ' +
    'backoff as a new event would be. Use it after fixing a receiver; a 2xx answer enables a webhook that was disabled ' +
    'for failing. A delivery still being retried answers 409. Free.',
});

export const webhookOperations = [listWebhooks, createWebhook, deleteWebhook, listWebhookDeliveries, redeliverWebhookDelivery] as const;
