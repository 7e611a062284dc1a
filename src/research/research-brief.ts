import type { SafeFetch } from '../net/safe-fetch.ts';
import type { Brief } from '../studio/brief.ts';
import { researchPage } from './research-page.ts';

export interface BriefResearch {
  brief: Brief;
  /** What was fetched or skipped, as sentences for a log or the job's events. */
  notes: string[];
}

/**
 * Fills a brief's `source` from its `url` when the caller did not supply facts: the page is read
 * through the SSRF-guarded fetch and its images saved locally for the offline painters.
 */
export async function researchBrief(
  brief: Brief,
  options: { safeFetch: SafeFetch; imagesDir: string; signal?: AbortSignal },
): Promise<BriefResearch> {
  if (!brief.url || brief.source) return { brief, notes: [] };
  const page = await researchPage(brief.url, {
    safeFetch: options.safeFetch,
    imagesDir: options.imagesDir,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const notes = [
    `Read ${page.finalUrl}: "${page.facts.title ?? 'untitled'}", ${page.facts.claims?.length ?? 0} claims, ${page.facts.images?.length ?? 0} images saved.`,
    ...page.skippedImages.map((skipped) => `Image ${skipped.url} skipped: ${skipped.reason}.`),
  ];
  return { brief: { ...brief, source: page.facts }, notes };
}
