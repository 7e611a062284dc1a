import { z } from 'zod';

/** Room for multipart boundaries, part headers and small text fields around the files. */
const multipartOverheadBytes = 64 * 1024;
/** Uploads whose schema sets no size limit get these ceilings. */
const fallbackFileBytes = 10 * 1024 * 1024;

/** What one multipart body may hold, from its operation's schema. */
export interface MultipartLimits {
  /** The whole body, framing included. */
  maxBytes: number;
  /** Any one file. */
  maxFileBytes: number;
  /** File fields the schema has: more files than that is not a request it accepts. */
  maxFiles: number;
}

type FileProperties = Array<{ maxLength?: number }>;

const fileFieldsCache = new WeakMap<z.ZodObject, FileProperties>();

/** The file fields of a body schema (`z.file()`, "format: binary" in JSON Schema), computed once per schema. */
function fileFieldsOf(body: z.ZodObject): FileProperties {
  let fields = fileFieldsCache.get(body);
  if (!fields) {
    const schema = z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { format?: string; maxLength?: number }> };
    fields = Object.values(schema.properties ?? {}).filter((property) => property.format === 'binary');
    fileFieldsCache.set(body, fields);
  }
  return fields;
}

/**
 * The largest multipart body an operation can legitimately receive, derived from its schema: the
 * sum of its file fields' size limits (`z.file().max(n)`) plus framing. Null when a file field
 * has no limit, so the caller falls back on a configured ceiling.
 */
export function uploadLimitOf(body: z.ZodObject): number | null {
  let total = multipartOverheadBytes;
  for (const property of fileFieldsOf(body)) {
    if (property.maxLength === undefined) return null;
    total += property.maxLength;
  }
  return total;
}

/** The limits a streaming multipart reader enforces for an operation's body. */
export function multipartLimitsOf(body: z.ZodObject): MultipartLimits {
  const files = fileFieldsOf(body);
  const maxFileBytes = Math.max(0, ...files.map((file) => file.maxLength ?? fallbackFileBytes));
  return {
    maxBytes: uploadLimitOf(body) ?? files.length * fallbackFileBytes + multipartOverheadBytes,
    maxFileBytes,
    maxFiles: files.length,
  };
}
