import type { MiddlewareHandler } from 'hono';
import { wireHeaders } from '../contract/wire-headers.ts';
import type { AppEnv } from './app-env.ts';
import { responseHeaders } from './response-headers.ts';

const allowMethods = 'GET, HEAD, POST, DELETE, OPTIONS';
// The Mcp-* headers are Streamable HTTP's (/mcp); which origins may use /mcp at all is decided there.
const allowHeaders = [wireHeaders.authorization, 'Content-Type', wireHeaders.idempotencyKey, wireHeaders.lastEventId, 'Mcp-Session-Id', 'Mcp-Protocol-Version'].join(', ');
const exposeHeaders = [
  wireHeaders.rateLimitLimit,
  wireHeaders.rateLimitRemaining,
  wireHeaders.rateLimitReset,
  wireHeaders.retryAfter,
  'X-Request-Id',
  'Content-Disposition',
  'Content-Range',
  'Mcp-Session-Id',
].join(', ');

/**
 * Any origin may call the API with a Bearer key (the key is the authority, not the page), but no
 * origin gets credentialed requests: the session cookie stays usable only by same-site pages.
 * Browsers may read the rate-limit, retry and request-id headers. (Not hono/cors: it touches
 * `c.res` before the handler, which makes Hono rebuild every response as a full web Response.)
 */
export function corsPolicy(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Only browsers send Origin, and only they read these headers.
    if (c.req.header('Origin') === undefined) return next();
    const headers = responseHeaders(c);
    headers['Access-Control-Allow-Origin'] = '*';
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined) {
      const preflight = { ...headers, 'Access-Control-Allow-Methods': allowMethods, 'Access-Control-Allow-Headers': allowHeaders, 'Access-Control-Max-Age': '600' };
      return new Response(null, { status: 204, headers: preflight });
    }
    headers['Access-Control-Expose-Headers'] = exposeHeaders;
    return next();
  };
}
