import { CinematicAdsError } from '../contract/errors.ts';
import { parseContentType } from '../net/content-type.ts';
import { decodeHtml } from './decode-html.ts';
import { downloadImages } from './download-images.ts';
import { extractPageFacts } from './extract-page-facts.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';
import type { SourceFacts } from '../studio/brief.ts';
import type { SkippedImage } from './download-images.ts';

export interface ResearchOptions {
  /** The SSRF-guarded fetch: the page and every image go through it. */
  safeFetch: SafeFetch;
  /** When given, page images are downloaded here and `facts.images` lists the local files. */
  imagesDir?: string;
  maxImages?: number;
  maxPageBytes?: number;
  maxImageBytes?: number;
  signal?: AbortSignal;
}

export interface PageResearch {
  /** The page's facts; `images` are local paths when `imagesDir` was given, else absolute URLs. */
  facts: SourceFacts;
  /** The page URL after redirects (what relative links were resolved against). */
  finalUrl: string;
  /** Every image URL the page offered, in preference order. */
  imageUrls: string[];
  /** Images found but not saved, and why. */
  skippedImages: SkippedImage[];
}

const htmlTypes = ['text/html', 'application/xhtml+xml'];

/**
 * Fetches one page (HTML only, size-limited), extracts its facts and, optionally, saves up to
 * `maxImages` of its images so the offline studio, which reads local files only, can paint them.
 * A 4xx page is the caller's bad URL (invalid_request); a 5xx is retryable (unavailable).
 */
export async function researchPage(url: string, options: ResearchOptions): Promise<PageResearch> {
  const signalInit = options.signal ? { signal: options.signal } : {};
  const response = await options.safeFetch(url, { accept: htmlTypes, maxBytes: options.maxPageBytes ?? 5 * 1024 * 1024, ...signalInit });
  if (!response.ok) {
    await response.cancel();
    const code = response.status >= 500 ? 'unavailable' : 'invalid_request';
    throw new CinematicAdsError(code, `The page at ${response.finalUrl} answered HTTP ${response.status}`, {
      details: { url, finalUrl: response.finalUrl, status: response.status },
    });
  }
  const html = decodeHtml(await response.bytes(), parseContentType(response.headers.get('content-type'))?.charset);
  const facts = extractPageFacts(html, response.finalUrl);
  const imageUrls = facts.images ?? [];
  if (options.imagesDir === undefined) return { facts, finalUrl: response.finalUrl, imageUrls, skippedImages: [] };

  const downloads = await downloadImages(imageUrls, {
    safeFetch: options.safeFetch,
    dir: options.imagesDir,
    max: options.maxImages ?? 4,
    maxBytes: options.maxImageBytes ?? 8 * 1024 * 1024,
    ...signalInit,
  });
  const { images: _remote, ...rest } = facts;
  return {
    facts: downloads.saved.length > 0 ? { ...rest, images: downloads.saved } : rest,
    finalUrl: response.finalUrl,
    imageUrls,
    skippedImages: downloads.skipped,
  };
}
