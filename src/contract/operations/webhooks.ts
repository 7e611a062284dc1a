import {
  createWebhookRequest,
  createdWebhook,
  deleteWebhookQuery,
  deletedWebhook,
  deliveriesQuery,
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
  description: 'Returns the registered webhook endpoints and the event types each receives, without their secrets. Free.',
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
  errors: [],
  summary: 'Register a webhook endpoint (its secret is shown once)',
  description:
    'Registers an HTTPS endpoint to receive job events (workflow.started, workflow.step, workflow.completed, ' +
    'workflow.failed, video.ready, workflow.suspended) as signed POSTs, retried with backoff until it answers 2xx. ' +
    'The signing secret is returned in this response only: store it to verify X-CinematicAds-Signature ' +
    '(HMAC-SHA256 over "<timestamp>.<body>"). Use webhooks for servers that cannot hold a stream open. Free.',
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
  description: 'Deletes the webhook with this id; no more deliveries are made to it, pending retries included. Free.',
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
    'to debug an endpoint that misses events. Free.',
});

export const webhookOperations = [listWebhooks, createWebhook, deleteWebhook, listWebhookDeliveries] as const;
