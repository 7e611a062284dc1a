import { operationErrors } from './operation-errors.ts';
import { operations } from './operations.ts';
import type { OperationDefinition } from './operations/operation-definition.ts';
import { buildComponents } from './openapi/components.ts';
import { errorComponentName, errorStatuses } from './openapi/error-responses.ts';
import type { JsonSchema } from './openapi/json-schema.ts';
import { openApiPath, parametersOf } from './openapi/parameters.ts';
import { requestBodyOf } from './openapi/request-body.ts';
import { successResponseOf } from './openapi/success-response.ts';
import { buildWebhookSection } from './openapi/webhook-section.ts';

export interface OpenApiOptions {
  /** Service version, shown as `info.version`. */
  version: string;
  /** Base URL of the server, e.g. "https://ads.example.com"; left out, clients use the document's origin. */
  serverUrl?: string;
}

const authenticated = [{ bearerAuth: [] }, { sessionCookie: [] }];

function operationObject(operation: OperationDefinition): JsonSchema {
  const requestBody = requestBodyOf(operation);
  const responses: JsonSchema = { '200': successResponseOf(operation) };
  for (const status of errorStatuses(operationErrors(operation))) {
    responses[String(status)] = { $ref: `#/components/responses/${errorComponentName(status)}` };
  }
  return {
    operationId: operation.name,
    summary: operation.summary,
    description: operation.description,
    tags: [...operation.tags],
    security: operation.auth ? authenticated : [],
    parameters: parametersOf(operation),
    ...(requestBody ? { requestBody } : {}),
    responses,
    'x-rate-class': operation.rateClass,
    'x-spends-credits': operation.spendsCredits,
    'x-source': operation.source,
  };
}

/** The OpenAPI 3.1 document, derived from the operation table and nothing else. */
export function buildOpenApiDocument({ version, serverUrl }: OpenApiOptions): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const operation of operations) {
    const path = (paths[openApiPath(operation.path)] ??= {});
    path[operation.method.toLowerCase()] = operationObject(operation);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'CinematicAds API',
      version,
      description:
        'Video-ad generation: launch workflows, follow them live, review, download. JSON responses are ' +
        '{ success, data?, error? }; the launch response is the one exception, its fields at the top level.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    tags: [...new Set(operations.flatMap((operation) => operation.tags))].map((name) => ({ name })),
    paths,
    webhooks: buildWebhookSection(),
    components: buildComponents(),
  };
}
