import { join } from 'node:path';
import { muxVideoAndAudio, renderPoster, writeCaptions } from '../render/index.ts';
import { deliverableFile } from '../deliverable-file.ts';
import type { Deliverable } from '../manifest.ts';
import type { Storyboard } from '../storyboard.ts';
import type { AudioOutput } from './audio-step.ts';
import { outputName } from './output-naming.ts';
import type { DeliveringOutput, StepContext } from './step-context.ts';
import type { VideoGenerationOutput } from './video-generation-step.ts';

/** The finished ads: picture and sound in one MP4 per format, with a poster and WebVTT captions each. */
export async function composeStep(ctx: StepContext): Promise<DeliveringOutput> {
  const storyboard = await ctx.output<Storyboard>('art_direction');
  const { tracks } = await ctx.output<VideoGenerationOutput>('video_generation');
  const audio = await ctx.output<AudioOutput>('audio');
  const deliverables: Deliverable[] = [];
  for (const [index, track] of tracks.entries()) {
    const name = outputName('video', track.variantId, track.format, storyboard.variants.length);
    const sound = audio.tracks.find((candidate) => candidate.variantId === track.variantId)?.path;
    const video = await muxVideoAndAudio({
      video: join(ctx.outDir, track.path),
      ...(sound ? { audio: join(ctx.outDir, sound) } : {}),
      outFile: join(ctx.outDir, `${name}.mp4`),
      durationSec: track.durationSec,
      tools: ctx.tools,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    const picture = { storyboard, variantId: track.variantId, format: track.format, size: ctx.size, images: ctx.brief.source?.images ?? [], brandName: ctx.brief.brand.name, tools: ctx.tools };
    const poster = await renderPoster({ ...picture, outFile: join(ctx.outDir, `${outputName('poster', track.variantId, track.format, storyboard.variants.length)}.jpg`) });
    const captions = await writeCaptions({ storyboard, variantId: track.variantId, outFile: join(ctx.outDir, `${name}.vtt`) });
    const common = { format: track.format, variantId: track.variantId, width: track.width, height: track.height };
    deliverables.push(
      await deliverableFile(ctx.outDir, video.path, { kind: 'video', ...common, durationSec: video.durationSec, hasAudio: video.hasAudio }),
      await deliverableFile(ctx.outDir, poster.path, { kind: 'poster', ...common }),
      await deliverableFile(ctx.outDir, captions.path, { kind: 'captions', format: track.format, variantId: track.variantId }),
    );
    ctx.progress((index + 1) / tracks.length);
  }
  return { deliverables };
}
