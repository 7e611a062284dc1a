import { z } from 'zod';

/** Room for multipart boundaries, part headers and small text fields around the files. */
const multipartOverheadBytes = 64 * 1024;

/**
 * The largest multipart body an operation can legitimately receive, derived from its schema: the
 * sum of its file fields' size limits (`z.file().max(n)`) plus framing. Null when a file field
 * has no limit, so the caller falls back on a configured ceiling.
 */
export function uploadLimitOf(body: z.ZodObject): number | null {
  const schema = z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { format?: string; maxLength?: number }> };
  let total = multipartOverheadBytes;
  for (const property of Object.values(schema.properties ?? {})) {
    if (property.format !== 'binary') continue;
    if (property.maxLength === undefined) return null;
    total += property.maxLength;
  }
  return total;
}
