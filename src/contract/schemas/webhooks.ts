import { z } from 'zod';
import { timestamp } from './dates.ts';
import { webhookId } from './ids.ts';
import { httpsUrl } from './urls.ts';

/** The event types of the seed, in the order of a job's life. */
export const webhookEventTypes = [
  'workflow.started',
  'workflow.step',
  'workflow.completed',
  'workflow.failed',
  'video.ready',
  'workflow.suspended',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export const webhookEventType = z
  .enum(webhookEventTypes, { error: `must be one of ${webhookEventTypes.map((type) => `"${type}"`).join(', ')}` })
  .describe(
    'workflow.started, workflow.step (a step completed), workflow.completed, workflow.failed (credits refunded), ' +
      'video.ready (a video can be downloaded), workflow.suspended (waiting for human review)',
  );

export const webhook = z
  .object({
    id: webhookId,
    url: z.string().describe('The HTTPS endpoint deliveries are POSTed to'),
    events: z.array(webhookEventType).describe('Event types delivered to it'),
    description: z.string().optional().describe('Note to recognise the endpoint by'),
    createdAt: timestamp.describe('When it was registered'),
  })
  .describe('A registered webhook endpoint');

export const webhookList = z.object({ webhooks: z.array(webhook).describe('Registered endpoints, newest first') }).describe('Webhook endpoints');

export const createWebhookRequest = z
  .object({
    url: httpsUrl.describe('HTTPS endpoint to POST events to; it must resolve to a public address'),
    events: z
      .array(webhookEventType)
      .min(1, 'must list at least one event type')
      .refine((events) => new Set(events).size === events.length, 'must not list an event type twice')
      .describe('Event types to deliver'),
    description: z.string().trim().max(200, 'must be at most 200 characters').optional().describe('Note to recognise the endpoint by'),
  })
  .describe('A webhook endpoint to register');

export const createdWebhook = webhook
  .extend({
    secret: z
      .string()
      .describe('Signing secret: shown only in this response. Verify each delivery\'s X-CinematicAds-Signature with it (HMAC-SHA256)'),
  })
  .describe('The registered webhook, with its signing secret');

export const deleteWebhookQuery = z.object({ id: webhookId }).describe('Query naming the webhook to delete');

export const deletedWebhook = z
  .object({ id: webhookId, deleted: z.literal(true).describe('No more deliveries will be made to it') })
  .describe('A deleted webhook');

export const deliveryStates = ['pending', 'succeeded', 'failed'] as const;

export const webhookDelivery = z
  .object({
    id: z.string().describe('Delivery id, also sent as the X-CinematicAds-Delivery header'),
    event: webhookEventType,
    status: z.enum(deliveryStates).describe('pending: being retried; succeeded: a 2xx answer; failed: retries exhausted'),
    attempts: z.number().int().min(0).describe('Attempts made so far'),
    responseStatus: z.number().int().nullable().describe('HTTP status of the last attempt (null when no answer came)'),
    error: z.string().nullable().describe('Why the last attempt failed, if it did'),
    createdAt: timestamp.describe('When the event occurred'),
    nextAttemptAt: timestamp.nullable().describe('When the next retry is due (null when none is)'),
  })
  .describe('One event delivery to a webhook and its attempts');

export const webhookParams = z.object({ webhookId }).describe('Path parameters naming a webhook');

export const deliveriesQuery = z
  .object({
    limit: z.coerce
      .number<number>({ error: 'must be a whole number from 1 to 100' })
      .int('must be a whole number from 1 to 100')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .default(20)
      .describe('Deliveries to return (1–100, default 20)'),
  })
  .describe('How many deliveries to list');

export const webhookDeliveryList = z
  .object({ deliveries: z.array(webhookDelivery).describe('Most recent first') })
  .describe('Delivery log of a webhook');
