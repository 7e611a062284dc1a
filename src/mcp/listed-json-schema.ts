import type { JsonSchema } from './tool-schemas.ts';

/**
 * `tools/list` is read into the model's context in every conversation, so what it carries is
 * chosen: the whole list stays under 8,000 tokens, where peer servers spend 40–65k.
 * - Inputs keep their structure and the descriptions of their fields — how a model learns to
 *   call — but not the length, range and pattern limits, which the server checks and explains when
 *   broken, nor the descriptions of the fields' own parts, which their field's description sums
 *   up (a batch's workflows repeat launch_workflow's fields, which its description points to).
 * - Outputs list their top-level fields and types: the result's summary and JSON text carry the
 *   rest, and a looser schema is still true of every result.
 * Validation always uses the tools' full zod schemas.
 */
const limits = new Set(['minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

export function listedInputSchema(json: JsonSchema): JsonSchema {
  return listedInput(json, 0) as JsonSchema;
}

export function listedOutputSchema(json: JsonSchema): JsonSchema {
  const properties = (json.properties ?? {}) as Record<string, unknown>;
  return { type: 'object', properties: Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, typeOnly(schema)])) };
}

/** `level`: 0 for the arguments object, 1 for its fields, 2 for their parts, and so on. */
function listedInput(schema: unknown, level: number): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const listed: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (limits.has(key) || (key === 'description' && level > 1)) continue;
    if (key === 'properties') {
      listed[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([name, field]) => [name, listedInput(field, level + 1)]));
    } else if (key === 'items' || key === 'additionalProperties') {
      listed[key] = listedInput(value, level + 1);
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      // Alternatives are not a level of nesting.
      listed[key] = (value as unknown[]).map((alternative) => listedInput(alternative, level));
    } else {
      listed[key] = value;
    }
  }
  return listed;
}

/** A field as its type alone; a field of several types (a nullable one) as `anyOf` single types, the portable spelling. */
function typeOnly(schema: unknown): JsonSchema {
  const types = new Set<string>();
  const collect = (part: unknown) => {
    if (typeof part !== 'object' || part === null) return;
    const { type, anyOf, oneOf, const: constant } = part as JsonSchema;
    if (typeof type === 'string') types.add(type);
    else if (Array.isArray(type)) for (const each of type) types.add(String(each));
    else if (constant !== undefined) types.add(constant === null ? 'null' : typeof constant);
    for (const alternative of [...((anyOf as unknown[]) ?? []), ...((oneOf as unknown[]) ?? [])]) collect(alternative);
  };
  collect(schema);
  // "integer" is a "number": listing both would add nothing.
  if (types.has('integer') && types.has('number')) types.delete('integer');
  const list = [...types];
  if (list.length <= 1) return list.length === 1 ? { type: list[0]! } : {};
  return { anyOf: list.map((type) => ({ type })) };
}
