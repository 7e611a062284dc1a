import type { Context } from 'hono';
import { CinematicAdsError } from '../contract/errors.ts';
import { wireHeaders } from '../contract/wire-headers.ts';

/**
 * Where a reconnecting stream resumes: the `Last-Event-ID` header browsers send, else a
 * `lastEventId` query parameter for clients that cannot set headers. Undefined: from the start.
 */
export function readLastEventId(c: Context): string | undefined {
  const value = c.req.header(wireHeaders.lastEventId) ?? c.req.query('lastEventId');
  if (value === undefined || value === '') return undefined;
  if (value.length > 200 || /[\r\n\0]/.test(value)) {
    throw new CinematicAdsError('invalid_request', 'Invalid Last-Event-ID: send the id of the last event received, as it came');
  }
  return value;
}
