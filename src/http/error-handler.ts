import type { Context } from 'hono';
import { asContractError } from './as-contract-error.ts';
import { errorResponse } from './error-response.ts';

/** `app.onError`: every thrown value ends as the error envelope, never as a crash or a stack trace. */
export function createErrorHandler(logError: (message: string, cause: unknown) => void) {
  return (thrown: unknown, c: Context): Response => {
    const error = asContractError(thrown, (message, cause) => logError(`${message} [${c.req.method} ${c.req.path} ${c.get('requestId') ?? ''}]`, cause));
    return errorResponse(c, error);
  };
}
