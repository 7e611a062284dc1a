import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { asContractError } from './as-contract-error.ts';
import { errorResponse } from './error-response.ts';

/** `app.onError`: every thrown value ends as the error envelope, never as a crash or a stack trace. */
export function createErrorHandler(logError: (message: string, cause: unknown) => void) {
  return (thrown: unknown, c: Context<AppEnv>): Response => {
    const where = `${c.req.method} ${c.req.path} ${c.get('requestId') ?? ''}`.trim();
    const error = asContractError(thrown, (message, cause) => logError(`${message} [${where}]`, cause));
    return errorResponse(c, error);
  };
}
