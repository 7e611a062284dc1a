import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

/** `format` already says it; zod's long regexes for these would only bloat the document. */
const selfDescribingFormats = new Set(['date', 'date-time']);

/**
 * One schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), inlined: nothing in the contract
 * registers ids, so the output holds no `$ref` that would dangle once embedded in the document.
 */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      if (typeof jsonSchema.format === 'string' && selfDescribingFormats.has(jsonSchema.format)) delete jsonSchema.pattern;
    },
  }) as JsonSchema;
  return rest;
}
