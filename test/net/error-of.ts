import { CinematicAdsError } from '../../src/contract/errors.ts';

/** Awaits a promise that must reject with the project's error type, and returns that error. */
export async function errorOf(promise: Promise<unknown>): Promise<CinematicAdsError> {
  try {
    await promise;
  } catch (error) {
    if (CinematicAdsError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a CinematicAdsError, but the promise resolved');
}
