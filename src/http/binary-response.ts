import type { Context } from 'hono';
import type { BinaryResponse } from '../contract/operations.ts';
import type { OperationDefinition } from '../contract/operations/operation-definition.ts';
import type { AppEnv } from './app-env.ts';
import { contentDisposition } from './content-disposition.ts';
import { responseHeaders } from './response-headers.ts';

/** A downloaded file, streamed as the service produces it, never buffered whole. */
export function binaryResponse(c: Context<AppEnv>, operation: OperationDefinition, result: BinaryResponse): Response {
  const contentType = result.contentType || (operation.response.kind === 'binary' ? operation.response.contentType : 'application/octet-stream');
  const body = result.body instanceof ReadableStream ? result.body : ReadableStream.from(result.body);
  return new Response(body, {
    headers: {
      ...responseHeaders(c),
      'Content-Type': contentType,
      'Content-Disposition': contentDisposition(result.filename ?? `${operation.name}.${extensionFor(contentType)}`),
      'Cache-Control': 'private, no-store',
    },
  });
}

function extensionFor(contentType: string): string {
  if (contentType.includes('zip')) return 'zip';
  if (contentType.includes('mp4')) return 'mp4';
  return 'bin';
}
