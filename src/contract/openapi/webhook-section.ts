import { z } from 'zod';
import { webhookPayload } from '../schemas/webhook-payload.ts';
import { webhookHeaders } from '../webhook-signature.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

const deliveryHeaders = [
  { name: webhookHeaders.signature, description: 'v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>" keyed by the webhook secret>' },
  { name: webhookHeaders.timestamp, description: 'Unix seconds when the delivery was signed; refuse old ones to stop replays' },
  { name: webhookHeaders.event, description: 'The event type, as in the body' },
  { name: webhookHeaders.delivery, description: 'Delivery id, as listed by GET /api/webhooks/{webhookId}/deliveries' },
].map((header) => ({ ...header, in: 'header', required: true, schema: { type: 'string' } }));

/** OpenAPI 3.1 `webhooks`: what we POST to a registered endpoint, one entry per event type. */
export function buildWebhookSection(): Record<string, JsonSchema> {
  const section: Record<string, JsonSchema> = {};
  for (const option of webhookPayload.options) {
    const type = option.shape.type;
    const eventType = type.value;
    section[eventType] = {
      post: {
        operationId: `webhook_${eventType.replace('.', '_')}`,
        summary: type.description ?? eventType,
        parameters: deliveryHeaders,
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(option as z.ZodType, 'output') } } },
        responses: { '200': { description: 'Any 2xx answer acknowledges the delivery; anything else is retried with backoff' } },
      },
    };
  }
  return section;
}
