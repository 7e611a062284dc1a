import { errorCodes, type ErrorCode } from '../errors.ts';
import { wireHeaders } from '../wire-headers.ts';
import type { JsonSchema } from './json-schema.ts';

/** What each error status means [seed], and the name of its shared response component. */
const statusMeanings: Record<number, { component: string; meaning: string }> = {
  400: { component: 'BadRequest', meaning: 'Bad request: a missing parameter or an invalid format' },
  401: { component: 'Unauthorized', meaning: 'Unauthorized: missing or expired API key or session' },
  402: { component: 'PaymentRequired', meaning: 'Insufficient credits, or the trial has expired' },
  403: { component: 'Forbidden', meaning: 'Forbidden: a workflow reserved to another plan, or a restricted resource' },
  404: { component: 'NotFound', meaning: 'Not found' },
  409: { component: 'Conflict', meaning: 'Conflict: the resource is not in a state that allows this' },
  413: { component: 'PayloadTooLarge', meaning: 'Too large' },
  429: { component: 'TooManyRequests', meaning: 'Rate limit exceeded: wait for Retry-After seconds' },
  500: { component: 'InternalError', meaning: 'Internal server error' },
  502: { component: 'BadGateway', meaning: 'Bad gateway: the server a file was fetched from answered with an error or not the expected media' },
  503: { component: 'ServiceUnavailable', meaning: 'Service temporarily unavailable (queue or store): retry later' },
};

/** The seed's own example of an error body. */
const examples: Record<number, unknown> = {
  402: { success: false, error: 'Insufficient credits. Required: 2, available: 0', code: 'insufficient_credits' },
};

export function errorComponentName(status: number): string {
  const entry = statusMeanings[status];
  if (!entry) throw new Error(`No error response is described for HTTP status ${status}; add it to statusMeanings`);
  return entry.component;
}

export function errorStatuses(codes: readonly ErrorCode[]): number[] {
  return [...new Set(codes.map((code) => errorCodes[code].status))].sort((a, b) => a - b);
}

/** `components.responses`: one shared response per error status, listing the codes it carries. */
export function errorResponseComponents(rateLimitHeaders: JsonSchema): Record<string, JsonSchema> {
  const allCodes = Object.keys(errorCodes) as ErrorCode[];
  const components: Record<string, JsonSchema> = {};
  for (const status of errorStatuses(allCodes)) {
    const codes = allCodes.filter((code) => errorCodes[code].status === status);
    const headers = status === 429 || status === 503
      ? { ...rateLimitHeaders, [wireHeaders.retryAfter]: { $ref: '#/components/headers/RetryAfter' } }
      : rateLimitHeaders;
    const example = examples[status];
    components[errorComponentName(status)] = {
      description: `${statusMeanings[status]!.meaning} (code: ${codes.join(' or ')})`,
      headers,
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/ErrorResponse' },
          ...(example ? { example } : {}),
        },
      },
    };
  }
  return components;
}
