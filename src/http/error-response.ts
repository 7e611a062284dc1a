import type { Context } from 'hono';
import type { CinematicAdsError } from '../contract/errors.ts';
import { wireHeaders } from '../contract/wire-headers.ts';
import type { AppEnv } from './app-env.ts';
import { jsonAnswer } from './response-headers.ts';

/** When the service does not say how long an outage lasts, clients back off this long. */
const defaultUnavailableRetrySeconds = 30;

/**
 * The one mapping from the contract's error to HTTP: its status and the envelope
 * `{success:false, error, code, details?}`, with the request's headers (rate limits, request id).
 */
export function errorResponse(c: Context<AppEnv>, error: CinematicAdsError): Response {
  const extra: Record<string, string> = {};
  // A 401 names the scheme to use, as RFC 9110 asks.
  if (error.status === 401) extra['WWW-Authenticate'] = 'Bearer realm="cinematicads"';
  if (error.status === 503) {
    const hinted = error.details?.retryAfterSeconds;
    extra[wireHeaders.retryAfter] = String(typeof hinted === 'number' && hinted > 0 ? Math.ceil(hinted) : defaultUnavailableRetrySeconds);
  }
  return jsonAnswer(c, error.toWire(), error.status, extra);
}
