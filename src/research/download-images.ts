import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CinematicAdsError } from '../contract/errors.ts';
import { detectImageFormat } from './image-signature.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';

export interface ImageDownloadOptions {
  safeFetch: SafeFetch;
  dir: string;
  /** Stop after this many saved images. */
  max: number;
  maxBytes: number;
  signal?: AbortSignal;
}

export interface SkippedImage {
  url: string;
  reason: string;
}

export interface ImageDownloads {
  /** Absolute paths of the saved files, in page order. */
  saved: string[];
  skipped: SkippedImage[];
}

/**
 * Saves page images for the offline studio, one after another in page order, until `max` are
 * saved. Only image/* responses within the size limit whose bytes really are PNG, JPEG, WebP or
 * GIF are kept; files are named by content hash, so the same picture is stored once.
 */
export async function downloadImages(urls: readonly string[], options: ImageDownloadOptions): Promise<ImageDownloads> {
  const dir = resolve(options.dir);
  await mkdir(dir, { recursive: true });
  const saved: string[] = [];
  const skipped: SkippedImage[] = [];
  for (const url of urls) {
    if (saved.length >= options.max) {
      skipped.push({ url, reason: `not downloaded: the limit of ${options.max} images was reached` });
      continue;
    }
    try {
      const path = await downloadOne(url, dir, options);
      if (saved.includes(path)) skipped.push({ url, reason: 'same image as one already saved' });
      else saved.push(path);
    } catch (error) {
      // The caller's abort ends the whole research; a bad image only skips that image.
      if (options.signal?.aborted) throw options.signal.reason;
      skipped.push({ url, reason: CinematicAdsError.is(error) ? error.message : String(error) });
    }
  }
  return { saved, skipped };
}

async function downloadOne(url: string, dir: string, options: ImageDownloadOptions): Promise<string> {
  const response = await options.safeFetch(url, {
    accept: ['image/*'],
    maxBytes: options.maxBytes,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.ok) {
    await response.cancel();
    throw new CinematicAdsError('invalid_request', `${url} answered HTTP ${response.status}`);
  }
  const bytes = await response.bytes();
  const format = detectImageFormat(bytes);
  if (!format) throw new CinematicAdsError('invalid_request', `${url} is not a PNG, JPEG, WebP or GIF image`);
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}.${format === 'jpeg' ? 'jpg' : format}`;
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}
