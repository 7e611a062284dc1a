import { z } from 'zod';
import { webhookPayload } from '../schemas/webhook-payload.ts';
import { webhookHeaders } from '../webhook-signature.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

const deliveryHeaders = [
  {
    name: webhookHeaders.id,
    description: 'Event id (the body\'s "id"): the same on every retry and redelivery of the event; drop a delivery whose id you have processed',
  },
  { name: webhookHeaders.timestamp, description: 'Unix seconds when this attempt was signed; refuse ones more than 5 minutes away from now' },
  {
    name: webhookHeaders.signature,
    description:
      'Standard Webhooks signature: "v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>" keyed by the ' +
      'base64-decoded part of the whsec_ secret>"; several may be sent, separated by spaces',
  },
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
        responses: {
          '200': {
            description:
              'Any 2xx answer within 10 seconds acknowledges the delivery; anything else (or no answer, or a redirect, which is not followed) is retried with exponential backoff',
          },
        },
      },
    };
  }
  return section;
}
