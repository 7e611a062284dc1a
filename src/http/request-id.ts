import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import { responseHeaders } from './response-headers.ts';

/** A caller's own id is kept when it is short and plain, so logs on both sides line up. */
const acceptedId = /^[\w=-]{1,200}$/;

/** `X-Request-Id` on every response: the caller's, or a new UUID; the error log quotes it. */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header('X-Request-Id');
    const id = given !== undefined && acceptedId.test(given) ? given : randomUUID();
    c.set('requestId', id);
    responseHeaders(c)['X-Request-Id'] = id;
    await next();
  };
}
