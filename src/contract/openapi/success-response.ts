import { z } from 'zod';
import type { OperationDefinition } from '../operations/operation-definition.ts';
import { dataEnvelope, topLevelEnvelope } from '../schemas/envelope.ts';
import { rateLimitHeaderRefs } from './components.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

/** The zod schema of the whole success body, envelope included. */
function wireSchemaOf(operation: OperationDefinition): z.ZodType {
  const { output, envelope, name } = operation;
  if (!output) throw new Error(`Operation ${name} answers JSON but has no output schema`);
  if (envelope === 'data') return dataEnvelope(output);
  if (envelope === 'none') return output;
  if (!(output instanceof z.ZodObject)) throw new Error(`Operation ${name}: a top-level envelope needs an object output schema`);
  return topLevelEnvelope(output);
}

function contentOf(operation: OperationDefinition): JsonSchema {
  const example = operation.examples?.response;
  const withExample = (media: JsonSchema) => (example === undefined ? media : { ...media, example });
  const { response } = operation;
  if (response.kind === 'json') {
    return { 'application/json': withExample({ schema: jsonSchemaOf(wireSchemaOf(operation), 'output') }) };
  }
  if (response.kind === 'binary') {
    const schema = { type: 'string', format: 'binary', contentMediaType: response.contentType };
    return { [response.contentType]: withExample({ schema }) };
  }
  if (!operation.output) throw new Error(`Operation ${operation.name} streams events but has no event schema`);
  return {
    [response.contentType]: withExample({
      schema: {
        type: 'string',
        description: 'Server-Sent Events: "id:", "event:" and a JSON "data:" line per event; comment lines are heartbeats',
      },
      // OpenAPI 3.1 has no keyword for the schema of one event; this extension carries it.
      'x-event-schema': jsonSchemaOf(operation.output, 'output'),
    }),
  };
}

export function successResponseOf(operation: OperationDefinition): JsonSchema {
  const headers =
    operation.response.kind === 'binary'
      ? { ...rateLimitHeaderRefs, 'Content-Disposition': { description: 'attachment; filename="…"', schema: { type: 'string' } } }
      : rateLimitHeaderRefs;
  return { description: operation.summary, headers, content: contentOf(operation) };
}
