import { z } from 'zod';
import { timestamp } from './dates.ts';
import { webhookId } from './ids.ts';

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

/** Endpoints registered per account, at most. */
export const maxWebhooksPerAccount = 20;

const maxUrlLength = 2048;

/**
 * http(s) here; the server requires https except for a literal IP address its operator allow-listed
 * (a receiver on the operator's own machine), which only the server can know.
 */
export const webhookUrl = z
  .string()
  .trim()
  .max(maxUrlLength, `must be at most ${maxUrlLength} characters`)
  .refine(
    (value) => URL.canParse(value) && ['https:', 'http:'].includes(new URL(value).protocol),
    'must be an absolute https URL such as "https://hooks.example.com/cinematicads"',
  )
  .describe(
    'HTTPS endpoint deliveries are POSTed to; it must resolve to a public address. Plain http is accepted only for a ' +
      'literal IP address the server operator allow-listed (CINEMATICADS_ALLOW_PRIVATE), such as a receiver on 127.0.0.1 for local tests',
  );

export const webhook = z
  .object({
    id: webhookId,
    url: z.string().describe('The endpoint deliveries are POSTed to'),
    events: z.array(webhookEventType).describe('Event types delivered to it'),
    description: z.string().optional().describe('Note to recognise the endpoint by'),
    createdAt: timestamp.describe('When it was registered'),
    enabled: z
      .boolean()
      .describe(
        'false once the endpoint kept failing (several deliveries in a row failed every retry): events are then logged but not sent. ' +
          'A successful redelivery (POST …/deliveries/{deliveryId}/redeliver) enables it again',
      ),
    disabledAt: timestamp.nullable().describe('When it was disabled (null while enabled)'),
    disabledReason: z.string().nullable().describe('Why it was disabled, with the last error (null while enabled)'),
  })
  .describe('A registered webhook endpoint');

export const webhookList = z.object({ webhooks: z.array(webhook).describe('Registered endpoints, newest first') }).describe('Webhook endpoints');

export const createWebhookRequest = z
  .object({
    url: webhookUrl,
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
      .describe(
        'Signing secret (whsec_<base64>), shown only in this response. Deliveries are signed per Standard Webhooks: verify the ' +
          'webhook-signature header over "<webhook-id>.<webhook-timestamp>.<raw body>" with it (any Standard Webhooks library does)',
      ),
  })
  .describe('The registered webhook, with its signing secret');

export const deleteWebhookQuery = z.object({ id: webhookId }).describe('Query naming the webhook to delete');

export const deletedWebhook = z
  .object({ id: webhookId, deleted: z.literal(true).describe('No more deliveries will be made to it') })
  .describe('A deleted webhook');

export const deliveryStates = ['pending', 'succeeded', 'failed'] as const;

export const webhookDeliveryId = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a delivery id string') })
  .trim()
  .min(1, 'is required')
  .max(100, 'must be at most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a delivery id such as "whd_0m2x9k4f7Qa" (letters, digits, "_" and "-")')
  .describe('Delivery id, from GET /api/webhooks/{webhookId}/deliveries');

export const webhookDelivery = z
  .object({
    id: webhookDeliveryId,
    eventId: z
      .string()
      .describe('Event id: the body\'s "id" and the webhook-id header, the same on every retry and redelivery, so receivers drop duplicates by it'),
    event: webhookEventType,
    status: z
      .enum(deliveryStates)
      .describe('pending: being retried; succeeded: a 2xx answer; failed: every retry failed, or not sent because the endpoint was disabled'),
    attempts: z.number().int().min(0).describe('Attempts made so far'),
    responseStatus: z.number().int().nullable().describe('HTTP status of the last attempt (null when no answer came)'),
    error: z.string().nullable().describe('Why the last attempt failed, if it did'),
    createdAt: timestamp.describe('When the event occurred'),
    lastAttemptAt: timestamp.nullable().describe('When the last attempt was made (null before the first)'),
    nextAttemptAt: timestamp.nullable().describe('When the next attempt is due (null when none is)'),
  })
  .describe('One event delivery to a webhook and its attempts');

export const webhookParams = z.object({ webhookId }).describe('Path parameters naming a webhook');

export const deliveryParams = z.object({ webhookId, deliveryId: webhookDeliveryId }).describe('Path parameters naming a delivery of a webhook');

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
