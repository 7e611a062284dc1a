import { readFile } from 'node:fs/promises';
import type { ServiceHost } from '../service/service-ports.ts';
import type { McpServerOptions } from './mcp-server-options.ts';

/**
 * `readMedia` for the in-process service: a signed media URL is checked and opened from the data
 * folder, so results can be read over stdio with no HTTP server running. Anything that is not a
 * valid, unexpired link of ours reads as null (its origin does not matter: the signature does).
 */
export function inProcessMediaReader(host: Pick<ServiceHost, 'openMedia'>): NonNullable<McpServerOptions['readMedia']> {
  return async (url) => {
    if (!URL.canParse(url)) return null;
    const parsed = new URL(url);
    const media = await host.openMedia(parsed.pathname, parsed.searchParams);
    if (!media) return null;
    const bytes = await readFile(media.file).catch(() => null);
    return bytes ? { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), mimeType: media.contentType } : null;
  };
}
