import type { Context } from 'hono';
import { CinematicAdsError } from '../contract/errors.ts';

const jsonMediaType = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * The request's JSON object. An empty body reads as `{}` so validation can name the missing
 * fields. Requiring a JSON media type also keeps cookie-authenticated writes out of reach of
 * cross-site HTML forms, which cannot send one.
 */
export async function readJsonBody(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim();
  if (!jsonMediaType.test(mediaType)) {
    // The contract has no 415 code; a 400 whose sentence names the fix serves clients as well.
    throw new CinematicAdsError('invalid_request', `Request body must be JSON: send "Content-Type: application/json" (got "${mediaType || 'none'}")`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CinematicAdsError('invalid_request', 'Request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CinematicAdsError('invalid_request', 'Request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}
