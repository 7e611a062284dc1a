import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { CinematicAdsError } from '../contract/errors.ts';
import type { Readable } from 'node:stream';

/** The encodings asked for: decoded here so the byte limit applies to what the caller receives. */
export const acceptedEncodings = 'gzip, deflate, br';

/**
 * Undoes Content-Encoding. zlib streams produce output in small chunks as they are read, so a
 * decompression bomb stops at the body's byte limit instead of inflating in memory.
 */
export function decodeContent(source: Readable, encodingHeader: string | undefined, url: string): { body: Readable; decoded: boolean } {
  const encoding = (encodingHeader ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return { body: source, decoded: false };
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!decoder) {
    source.destroy();
    throw new CinematicAdsError('unavailable', `Could not fetch ${url}: unsupported content encoding "${encoding}"`, {
      details: { url, contentEncoding: encoding },
    });
  }
  // pipeline() destroys both sides when either fails or is destroyed, closing the socket.
  pipeline(source, decoder, () => undefined);
  return { body: decoder, decoded: true };
}
