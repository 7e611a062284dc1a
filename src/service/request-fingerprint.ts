import { createHash } from 'node:crypto';
import type { z } from 'zod';

/**
 * What identifies a request for `Idempotency-Key`: the operation and its arguments as the schema
 * reads them (defaults filled, keys sorted), so `{"type":"cinematic"}` and the same body with
 * `"quality":"standard"` spelled out, or its fields in another order, are the same request.
 */
export function requestFingerprint(operation: string, schema: z.ZodType, args: unknown): string {
  const parsed = schema.safeParse(args ?? {});
  const canonical = stableJson(parsed.success ? parsed.data : (args ?? {}));
  return createHash('sha256').update(`${operation}\n${canonical}`).digest('base64url');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
