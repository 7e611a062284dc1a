import { join, relative } from 'node:path';
import type { Format } from '../../contract/workflow-catalog.ts';
import type { Storyboard } from '../storyboard.ts';
import { outputName } from './output-naming.ts';
import type { StepContext } from './step-context.ts';

export interface VideoTrackRecord {
  variantId: string;
  format: Format;
  /** Silent track, relative to the output folder. */
  path: string;
  width: number;
  height: number;
  durationSec: number;
}

export interface VideoGenerationOutput {
  tracks: VideoTrackRecord[];
}

/** Every variant in every format as a silent video track; one at a time, since a render uses both cores. */
export async function videoGenerationStep(ctx: StepContext): Promise<VideoGenerationOutput> {
  const storyboard = await ctx.output<Storyboard>('art_direction');
  const jobs = storyboard.variants.flatMap((variant) => ctx.brief.formats.map((format) => ({ variantId: variant.variantId, format })));
  const tracks: VideoTrackRecord[] = [];
  for (const [index, { variantId, format }] of jobs.entries()) {
    const outFile = join(ctx.workDir, `${outputName('track', variantId, format, storyboard.variants.length)}.mp4`);
    const track = await ctx.providers.video.renderVideo({
      storyboard,
      variantId,
      format,
      size: ctx.size,
      crf: ctx.tier.crf,
      images: ctx.brief.source?.images ?? [],
      brandName: ctx.brief.brand.name,
      tools: ctx.tools,
      outFile,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      onProgress: (fraction) => ctx.progress((index + fraction) / jobs.length),
    });
    track.notices.forEach(ctx.notice);
    tracks.push({ variantId, format, path: relative(ctx.outDir, track.path), width: track.width, height: track.height, durationSec: track.durationSec });
  }
  return { tracks };
}
