import { HTTPException } from 'hono/http-exception';
import { CinematicAdsError } from '../contract/errors.ts';

/**
 * Whatever was thrown, as the contract's error. Ours pass through; Hono's own 4xx keep their
 * status; anything else is a bug or an outage: logged with its cause, answered as a bare 500.
 */
export function asContractError(thrown: unknown, logError: (message: string, cause: unknown) => void): CinematicAdsError {
  if (CinematicAdsError.is(thrown)) {
    if (thrown.status >= 500) logError(`${thrown.code}: ${thrown.message}`, thrown.cause ?? thrown);
    return thrown;
  }
  if (thrown instanceof HTTPException && thrown.status < 500) {
    return CinematicAdsError.fromWire({ error: `The request could not be read (${thrown.message || `HTTP ${thrown.status}`})` }, thrown.status);
  }
  logError('Unexpected error while answering a request', thrown);
  return new CinematicAdsError('internal', 'Internal server error', { cause: thrown });
}
