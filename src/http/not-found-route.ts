import type { Context } from 'hono';
import { CinematicAdsError } from '../contract/errors.ts';
import type { AppEnv } from './app-env.ts';
import type { RequestGate } from './request-gate.ts';

/** `app.notFound`: counted like any request (so probing is throttled) and answered in the envelope. */
export function createNotFoundHandler(gate: RequestGate) {
  return async (c: Context<AppEnv>): Promise<Response> => {
    await gate.admit(c, 'default', false);
    throw new CinematicAdsError('not_found', `No route ${c.req.method} ${c.req.path}; the routes are listed at /openapi.json`);
  };
}
