import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * The headers every response to a request carries — request id, CORS, rate limits — gathered as
 * a plain object and written once, when the response is made. Hono's `c.header` would build a
 * web `Headers` per request instead, which on Node costs more than the rest of a quick request's
 * own work (allocation, then conversion back for the socket); a plain object goes straight through.
 */
export function responseHeaders(c: Context<AppEnv>): Record<string, string> {
  let headers = c.get('headers');
  if (!headers) {
    headers = {};
    c.set('headers', headers);
  }
  return headers;
}

/** A JSON answer with the request's headers. */
export function jsonAnswer(c: Context<AppEnv>, body: unknown, status = 200, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...responseHeaders(c), ...extra, 'Content-Type': 'application/json' } });
}

/** For responses Hono builds itself (streams): hands the gathered headers to `c.header`. */
export function applyResponseHeaders(c: Context<AppEnv>): void {
  for (const [name, value] of Object.entries(responseHeaders(c))) c.header(name, value);
}
