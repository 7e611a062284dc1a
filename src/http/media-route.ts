import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Context, Hono } from 'hono';
import { CinematicAdsError } from '../contract/errors.ts';
import type { ServiceHost } from '../service/service-ports.ts';
import type { AppEnv } from './app-env.ts';
import { parseByteRange } from './byte-range.ts';
import type { RequestGate } from './request-gate.ts';
import { jsonAnswer, responseHeaders } from './response-headers.ts';

const notFound = () => new CinematicAdsError('not_found', 'No such media file, or its link has expired');

/**
 * `GET /media/*`: finished files behind signed, expiring URLs. The signature is the credential,
 * so no auth header is needed (players and <video> tags cannot send one); a bad or expired one is
 * a plain 404. Range requests are honoured so players can seek.
 */
export function registerMediaRoute(app: Hono<AppEnv>, deps: { host: ServiceHost; gate: RequestGate }): void {
  app.get('/media/*', async (c) => {
    await deps.gate.admit(c, 'default', false);
    const url = new URL(c.req.url);
    const media = await deps.host.openMedia(url.pathname, url.searchParams);
    if (!media) throw notFound();
    const handle = await open(media.file, 'r').catch(() => null);
    if (!handle) throw notFound();
    try {
      return await sendFile(c, handle, media.contentType);
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  });
}

async function sendFile(c: Context<AppEnv>, handle: FileHandle, contentType: string): Promise<Response> {
  const { size } = await handle.stat();
  const span = parseByteRange(c.req.header('Range'), size);
  const headers: Record<string, string> = { ...responseHeaders(c), 'Content-Type': contentType, 'Accept-Ranges': 'bytes', 'Cache-Control': 'private' };
  if (span === 'unsatisfiable') {
    await handle.close();
    const refusal = new CinematicAdsError('invalid_request', `Range not satisfiable: the file has ${size} bytes`);
    return jsonAnswer(c, refusal.toWire(), 416, { 'Content-Range': `bytes */${size}` });
  }
  const { start, end } = span === 'full' ? { start: 0, end: size - 1 } : span;
  headers['Content-Length'] = String(Math.max(0, end - start + 1));
  if (span !== 'full') headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  const status = span === 'full' ? 200 : 206;
  // HEAD (answered by this GET route) and empty files send no body: close the file now.
  if (c.req.method === 'HEAD' || size === 0) {
    await handle.close();
    return new Response(null, { status, headers });
  }
  const body = Readable.toWeb(handle.createReadStream({ start, end, autoClose: true })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}
