import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { CinematicAdsError } from '../../contract/errors.ts';

/** The MCP spec's code for "resource not found" (the SDK has no constant for it). */
export const resourceNotFoundCode = -32002;

/** Where causes of unexpected errors go (McpServerOptions.logError); never to the client. */
export type LogError = (message: string, cause: unknown) => void;

export function resourceNotFound(uri: string, sentence: string): McpError {
  return new McpError(resourceNotFoundCode, sentence, { uri });
}

/**
 * A failure as a JSON-RPC error a client can act on: unknown ids (including another account's)
 * are "resource not found", bad input is invalid params, other service errors keep their sentence
 * and code in `data`; anything unexpected is logged and answered without its internals.
 */
export function asResourceError(error: unknown, uri: string, logError?: LogError): McpError {
  if (error instanceof McpError) return error;
  if (CinematicAdsError.is(error)) {
    if (error.code === 'not_found') return resourceNotFound(uri, error.message);
    const code = error.status >= 400 && error.status < 500 ? ErrorCode.InvalidParams : ErrorCode.InternalError;
    return new McpError(code, error.message, { uri, code: error.code, status: error.status });
  }
  logError?.(`Reading ${uri} failed`, error);
  return new McpError(ErrorCode.InternalError, `Could not read ${uri} because of an internal error; try again`, { uri });
}

/** Runs a resource read, turning failures into MCP errors. */
export async function readingResource<T>(uri: string, read: () => Promise<T>, logError?: LogError): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw asResourceError(error, uri, logError);
  }
}
