import type { Context } from 'hono';
import type { OperationDefinition } from '../contract/operations/operation-definition.ts';
import type { AppEnv } from './app-env.ts';
import { jsonAnswer } from './response-headers.ts';

/**
 * A JSON success per the operation's envelope: `{success:true, data}`; the output's fields beside
 * `success` (the launch [seed], in the schema's field order so the bytes match the docs); or the
 * result as is (the OpenAPI document).
 */
export function jsonResponse(c: Context<AppEnv>, operation: OperationDefinition, result: unknown): Response {
  if (operation.envelope === 'none') return jsonAnswer(c, result);
  if (operation.envelope === 'data') return jsonAnswer(c, { success: true, data: result ?? null });
  return jsonAnswer(c, { success: true, ...inSchemaOrder(operation, result as Record<string, unknown>) });
}

function inSchemaOrder(operation: OperationDefinition, fields: Record<string, unknown>): Record<string, unknown> {
  const shape = (operation.output as { shape?: Record<string, unknown> } | null)?.shape;
  if (!shape) return fields;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) if (fields[key] !== undefined) ordered[key] = fields[key];
  // Fields the schema does not know are kept, after the known ones.
  for (const [key, value] of Object.entries(fields)) if (!(key in ordered) && key !== 'success') ordered[key] = value;
  return ordered;
}
