import { z } from 'zod';

/**
 * The REST API's Idempotency-Key header as a tool argument: MCP has no headers, and a model that
 * retries a call after a timeout must not pay twice.
 */
export const idempotencyKey = z
  .string()
  .trim()
  .min(8, 'must be at least 8 characters')
  .max(200, 'must be at most 200 characters')
  .optional()
  .describe('A unique string (e.g. a UUID): a repeat with the same key returns the first answer and spends nothing');
