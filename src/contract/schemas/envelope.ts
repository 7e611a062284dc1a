import { z } from 'zod';
import { errorCodes, type ErrorCode } from '../errors.ts';

const errorCodeList = Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]];

/** The body of every error response [seed], with the optional machine-readable parts [ext]. */
export const errorEnvelope = z
  .object({
    success: z.literal(false).describe('Always false on an error'),
    error: z.string().describe('What went wrong, as a sentence a person can act on'),
    code: z.enum(errorCodeList).optional().describe('Machine-readable error code, e.g. "insufficient_credits"'),
    details: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Structured detail, e.g. { required, available } for insufficient_credits or { fields } for invalid_request'),
  })
  .describe('Error response');

const successFlag = z.literal(true).describe('Always true on success');

/** `{ success: true, data }`: how every JSON response but the launch wraps its payload. */
export function dataEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ success: successFlag, data });
}

/** `{ success: true, ...fields }`: the launch response's documented exception [seed]. */
export function topLevelEnvelope<T extends z.ZodObject>(fields: T) {
  return z.object({ success: successFlag }).extend(fields.shape);
}
