import { join, relative } from 'node:path';
import { renderAudioTrack } from '../render/index.ts';
import type { Storyboard } from '../storyboard.ts';
import type { StepContext } from './step-context.ts';

export interface AudioTrackRecord {
  variantId: string;
  /** Relative to the output folder; null when the storyboard has neither voice nor music. */
  path: string | null;
  hasVoice: boolean;
  hasMusic: boolean;
}

export interface AudioOutput {
  tracks: AudioTrackRecord[];
}

/** One soundtrack per variant (voice-over over a music bed), shared by all its formats. */
export async function audioStep(ctx: StepContext): Promise<AudioOutput> {
  const storyboard = await ctx.output<Storyboard>('art_direction');
  const tracks: AudioTrackRecord[] = [];
  for (const [index, variant] of storyboard.variants.entries()) {
    const audio = await renderAudioTrack({
      storyboard,
      variantId: variant.variantId,
      outFile: join(ctx.workDir, `audio-${variant.variantId}.m4a`),
      tools: ctx.tools,
      voice: ctx.providers.voice,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    audio?.notices.forEach(ctx.notice);
    tracks.push({
      variantId: variant.variantId,
      path: audio ? relative(ctx.outDir, audio.path) : null,
      hasVoice: audio?.hasVoice ?? false,
      hasMusic: audio?.hasMusic ?? false,
    });
    ctx.progress((index + 1) / storyboard.variants.length);
  }
  return { tracks };
}
