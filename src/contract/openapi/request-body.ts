import type { OperationDefinition } from '../operations/operation-definition.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

export function requestBodyOf(operation: OperationDefinition): JsonSchema | undefined {
  const { body, bodyEncoding = 'json' } = operation.input;
  if (!body) return undefined;
  const schema = jsonSchemaOf(body, 'input');
  const mediaType = bodyEncoding === 'multipart' ? 'multipart/form-data' : 'application/json';
  const example = operation.examples?.request;
  return {
    // A body whose fields are all optional may be left out.
    required: Array.isArray(schema.required) && schema.required.length > 0,
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    content: { [mediaType]: { schema, ...(example === undefined ? {} : { example }) } },
  };
}
