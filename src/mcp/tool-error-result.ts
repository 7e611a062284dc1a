import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CinematicAdsError } from '../contract/errors.ts';

/**
 * A failed call as an `isError` result the model can read and act on: the REST API's sentence
 * word for word (the 402 text included), then its error body with the machine-readable code.
 * Not a protocol error: those are for broken clients, and models do not see them.
 */
export function toolErrorResult(error: CinematicAdsError): CallToolResult {
  return {
    isError: true,
    content: [
      { type: 'text', text: error.message },
      { type: 'text', text: JSON.stringify(error.toWire()) },
    ],
  };
}

/** Anything thrown, as the contract's error; what is not ours is a bug, answered without its details. */
export function asToolError(thrown: unknown, logError: (message: string, cause: unknown) => void): CinematicAdsError {
  if (CinematicAdsError.is(thrown)) {
    if (thrown.status >= 500) logError(`${thrown.code}: ${thrown.message}`, thrown.cause ?? thrown);
    return thrown;
  }
  logError('Unexpected error in a tool call', thrown);
  return new CinematicAdsError('internal', 'Internal server error', { cause: thrown });
}
