import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The peer address of the connection, used to rate-limit requests that carry no valid
 * credential. Forwarded-for headers are not trusted: any client could set them.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // `app.request` in tests has no socket behind it.
    return 'unknown';
  }
}
