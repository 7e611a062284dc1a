import { z } from 'zod';
import type { ToolDefinition } from '../../tools/tool-definition.ts';
import { listedInputSchema, listedOutputSchema } from './listed-json-schema.ts';

export type JsonSchema = Record<string, unknown>;

/** What a tool is registered with: the JSON Schemas clients read (see listed-json-schema.ts), and the carriers the SDK is handed. */
export interface ToolSchemas {
  inputJson: JsonSchema;
  outputJson: JsonSchema;
  /** Accept any object and list as `inputJson`: the tool's own schema validates in the handler. */
  inputCarrier: z.ZodObject;
  /** Accept any object and list as `outputJson`: the handler validates its result against the tool's schema. */
  outputCarrier: z.ZodObject;
}

const cache = new WeakMap<ToolDefinition, ToolSchemas>();

/**
 * The SDK validates arguments against the registered schema and, on failure, answers with its
 * own wording ("MCP error -32602: Input validation error: …"). We want the REST API's sentence and
 * code instead, so the SDK gets a carrier that accepts any object yet lists the tool's real
 * JSON Schema (zod merges `.meta()` into the generated schema), and the handler validates.
 * Computed once per tool, not per `tools/list` or per session.
 */
export function toolSchemas(tool: ToolDefinition): ToolSchemas {
  let schemas = cache.get(tool);
  if (!schemas) {
    const inputJson = listedInputSchema(jsonSchemaOf(tool.input, 'input'));
    const outputJson = listedOutputSchema(jsonSchemaOf(tool.output, 'output'));
    schemas = { inputJson, outputJson, inputCarrier: carrierOf(inputJson), outputCarrier: carrierOf(outputJson) };
    cache.set(tool, schemas);
  }
  return schemas;
}

/**
 * JSON Schema 2020-12 (MCP's default dialect), without `$schema` (a schema that does not name its
 * dialect is read as 2020-12) and without the root description (the tool's description says it):
 * each would cost every tool ~13 tokens of `tools/list`.
 */
function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, description: _description, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as JsonSchema;
  return json;
}

function carrierOf(json: JsonSchema): z.ZodObject {
  // Keys set to undefined drop the carrier's own `additionalProperties: {}` and the generator's `$schema` from the listing.
  return z.looseObject({}).meta({ additionalProperties: undefined, description: undefined, ...json, $schema: undefined });
}
