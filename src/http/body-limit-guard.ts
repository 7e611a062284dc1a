import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CinematicAdsError } from '../contract/errors.ts';
import type { OperationDefinition } from '../contract/operations/operation-definition.ts';
import { multipartLimitsOf } from './upload-limit.ts';

/** JSON bodies are small: a batch of launches fits many times over. */
export const jsonBodyLimitBytes = 1024 * 1024;

/**
 * Answers 413 the moment a body passes the operation's limit. A JSON body is counted as it
 * streams in (and is small). A multipart upload is refused here only when its Content-Length
 * already says it is too large — before a byte of it is read; otherwise the multipart reader
 * enforces the limits while it streams (see multipart-body.ts), so an upload is never buffered
 * whole just to be measured.
 */
export function bodyLimitGuard(operation: OperationDefinition): MiddlewareHandler {
  const { body, bodyEncoding } = operation.input;
  if (bodyEncoding === 'multipart' && body) {
    const { maxBytes } = multipartLimitsOf(body);
    return async (c, next) => {
      const declared = Number(c.req.header('Content-Length'));
      if (!c.req.header('Transfer-Encoding') && Number.isFinite(declared) && declared > maxBytes) throw tooLarge(operation, maxBytes);
      await next();
    };
  }
  return bodyLimit({
    maxSize: jsonBodyLimitBytes,
    onError: () => {
      throw tooLarge(operation, jsonBodyLimitBytes);
    },
  });
}

function tooLarge(operation: OperationDefinition, maxBytes: number): CinematicAdsError {
  return new CinematicAdsError('payload_too_large', `Request body is too large: at most ${formatBytes(maxBytes)} for ${operation.method} ${operation.path}`, {
    details: { maxBytes },
  });
}

/** "10.1 MB", "64 KB": a limit as a person reads it in an error sentence. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}
