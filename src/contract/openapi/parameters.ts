import type { z } from 'zod';
import type { OperationDefinition } from '../operations/operation-definition.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

/** One OpenAPI parameter per field of a params or query schema, the field's description lifted out. */
function fieldParameters(schema: z.ZodObject | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchemaOf(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...fieldSchema } = property;
    return {
      name,
      in: location,
      required: location === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: fieldSchema,
    };
  });
}

export function parametersOf(operation: OperationDefinition): JsonSchema[] {
  return [
    ...fieldParameters(operation.input.params, 'path'),
    ...fieldParameters(operation.input.query, 'query'),
    ...(operation.spendsCredits ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ...(operation.response.kind === 'sse' ? [{ $ref: '#/components/parameters/LastEventId' }] : []),
  ];
}

/** `/api/workflow/:jobId` → `/api/workflow/{jobId}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
