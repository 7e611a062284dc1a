import { posix } from 'node:path';
import { CinematicAdsError } from '../../contract/errors.ts';
import type { BinaryResponse } from '../../contract/operations.ts';
import type { SafeFetch } from '../../net/safe-fetch.ts';
import { looksLikeMp4, mp4SignatureLength } from './mp4-signature.ts';
import { peekStream } from './peeked-stream.ts';

export interface RemoteVideoLimits {
  maxBytes: number;
  timeoutMs: number;
}

const maxRedirects = 5;

/**
 * Streams an MP4 from an allowed host through the SSRF-guarded fetch (which re-checks the host
 * list and every resolved address on each redirect, and counts the bytes against `maxBytes` as
 * they arrive). Nothing is answered until the response is known to be a 2xx `video/mp4` whose
 * bytes start like an MP4, so a refusal is still a clean error rather than a broken download.
 */
export async function fetchRemoteVideo(fetch: SafeFetch, url: URL, limits: RemoteVideoLimits, signal?: AbortSignal): Promise<BinaryResponse> {
  const response = await fetch(url, {
    headers: { accept: 'video/mp4' },
    maxBytes: limits.maxBytes,
    timeoutMs: limits.timeoutMs,
    maxRedirects,
    ...(signal ? { signal } : {}),
  });
  const where = shown(response.finalUrl);
  if (!response.ok) {
    await response.cancel();
    throw new CinematicAdsError('bad_gateway', `${where} answered HTTP ${response.status} instead of the video`, {
      details: { source: where, status: response.status },
    });
  }
  if (response.mediaType !== 'video/mp4') {
    await response.cancel();
    throw new CinematicAdsError('bad_gateway', `${where} is ${response.mediaType ?? 'of no declared type'}, not an MP4 video (video/mp4)`, {
      details: { source: where, contentType: response.mediaType ?? null },
    });
  }
  const peeked = await peekStream(response.body, mp4SignatureLength);
  if (!looksLikeMp4(peeked.head)) {
    await peeked.cancel();
    throw new CinematicAdsError('bad_gateway', `${where} is labelled video/mp4 but its bytes are not an MP4 file`, {
      details: { source: where },
    });
  }
  return { contentType: 'video/mp4', filename: fileNameOf(response.finalUrl), body: peeked.stream };
}

/** The last path segment when it names an .mp4, else a neutral name. */
function fileNameOf(finalUrl: string): string {
  const name = decodeSafely(posix.basename(new URL(finalUrl).pathname));
  return /\.mp4$/i.test(name) ? name : 'video.mp4';
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Without the query: signed CDN URLs carry credentials there. */
function shown(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`.slice(0, 300);
}
