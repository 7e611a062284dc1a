import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CinematicAdsError } from '../contract/errors.ts';
import type { OperationDefinition } from '../contract/operations/operation-definition.ts';
import { uploadLimitOf } from './upload-limit.ts';

/** JSON bodies are small: a batch of launches fits many times over. */
export const jsonBodyLimitBytes = 1024 * 1024;
/** Uploads whose schema sets no size limit get this ceiling. */
const fallbackUploadLimitBytes = 10 * 1024 * 1024 + 64 * 1024;

/** Counts the body as it streams in and answers 413 the moment it passes the operation's limit. */
export function bodyLimitGuard(operation: OperationDefinition): MiddlewareHandler {
  const { body, bodyEncoding } = operation.input;
  const maxSize = bodyEncoding === 'multipart' && body ? (uploadLimitOf(body) ?? fallbackUploadLimitBytes) : jsonBodyLimitBytes;
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new CinematicAdsError('payload_too_large', `Request body is too large: at most ${formatBytes(maxSize)} for ${operation.method} ${operation.path}`);
    },
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}
