import type { Context } from 'hono';
import { CinematicAdsError } from '../contract/errors.ts';
import { wireHeaders } from '../contract/wire-headers.ts';

/** Printable ASCII without spaces, up to 255 characters: room for UUIDs and client-made keys alike. */
const keyPattern = /^[\x21-\x7e]{1,255}$/;

/** The `Idempotency-Key` header of a paid POST, checked; undefined when not sent. */
export function readIdempotencyKey(c: Context): string | undefined {
  const key = c.req.header(wireHeaders.idempotencyKey);
  if (key === undefined) return undefined;
  if (!keyPattern.test(key)) {
    throw new CinematicAdsError('invalid_request', 'Invalid Idempotency-Key header: use 1 to 255 printable characters without spaces');
  }
  return key;
}
