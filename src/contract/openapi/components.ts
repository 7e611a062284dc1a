import { defaultRateLimits } from '../rate-classes.ts';
import { errorEnvelope } from '../schemas/envelope.ts';
import { sessionCookieName, wireHeaders } from '../wire-headers.ts';
import { errorResponseComponents } from './error-responses.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

/** Headers on every response, success or error. */
export const rateLimitHeaderRefs: JsonSchema = {
  [wireHeaders.rateLimitLimit]: { $ref: '#/components/headers/RateLimitLimit' },
  [wireHeaders.rateLimitRemaining]: { $ref: '#/components/headers/RateLimitRemaining' },
  [wireHeaders.rateLimitReset]: { $ref: '#/components/headers/RateLimitReset' },
};

const integerHeader = (description: string) => ({ description, schema: { type: 'integer', minimum: 0 } });

const { launch, stream, default: others } = defaultRateLimits;

export function buildComponents(): JsonSchema {
  return {
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer', description: 'API key from your account settings: "Authorization: Bearer <key>"' },
      sessionCookie: { type: 'apiKey', in: 'cookie', name: sessionCookieName, description: 'Web session (HTTP-only cookie)' },
    },
    schemas: { ErrorResponse: jsonSchemaOf(errorEnvelope, 'output') },
    headers: {
      RateLimitLimit: integerHeader(
        'Requests allowed in the window of this endpoint class ' +
          `(by default launches ${launch.limit}/hour, streams ${stream.limit}/hour, others ${others.limit}/minute)`,
      ),
      RateLimitRemaining: integerHeader('Requests left in the current window'),
      RateLimitReset: integerHeader('When the window resets, in unix seconds'),
      RetryAfter: integerHeader('Seconds to wait before retrying'),
    },
    parameters: {
      IdempotencyKey: {
        name: wireHeaders.idempotencyKey,
        in: 'header',
        required: false,
        description: 'Any unique string (a UUID); a repeat with the same key returns the first response and spends nothing',
        schema: { type: 'string', minLength: 1, maxLength: 200 },
      },
      LastEventId: {
        name: wireHeaders.lastEventId,
        in: 'header',
        required: false,
        description: 'Id of the last event received; the events after it are replayed first',
        schema: { type: 'string' },
      },
    },
    responses: errorResponseComponents(rateLimitHeaderRefs),
  };
}
