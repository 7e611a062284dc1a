import { access } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { StepContext } from './step-context.ts';

export interface ResearchOutput {
  /** Source images the painters can load, as absolute local paths; the index matches `imageIndex`. */
  images: string[];
}

/**
 * Gathers what the creative steps draw on. Page facts arrive in the brief already extracted (the
 * service fetches pages through its SSRF-guarded fetch); here the studio keeps the images it can
 * actually read from disk, so a bad path is a notice now rather than a failure mid-render.
 */
export async function research(ctx: StepContext): Promise<ResearchOutput> {
  const images: string[] = [];
  for (const ref of ctx.brief.source?.images ?? []) {
    if (/^https?:\/\//i.test(ref)) {
      ctx.notice(`Image ${ref} was not used: the studio reads local files only; the service downloads page images first.`);
      continue;
    }
    const path = isAbsolute(ref) ? ref : resolve(ref);
    try {
      await access(path);
      images.push(path);
    } catch {
      ctx.notice(`Image ${ref} was not used: no readable file at that path.`);
    }
  }
  return { images };
}
