import { stat } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import { locateFfmpeg } from '../ffmpeg/locate-ffmpeg.ts';
import type { FfmpegStats } from '../ffmpeg/ffmpeg-benchmark.ts';
import { cancelled } from '../ffmpeg/ffmpeg-process.ts';
import { findVariant } from '../frames/find-variant.ts';
import { frameCompositor } from '../frames/frame-compositor.ts';
import { loadSourceImages } from '../frames/source-images.ts';
import { writeAtomically } from '../output/partial-file.ts';
import { defaultBrandName, type PictureRequest } from '../render-request.ts';
import { frameSize, framesPerSecond } from '../../render-size.ts';
import { startFrameEncoder } from './frame-encoder.ts';

export interface VideoTrackRequest extends PictureRequest {
  /** x264 CRF, from the tier. */
  crf: number;
  outFile: string;
  signal?: AbortSignal;
  /** Called with 0..1 as frames are encoded. */
  onProgress?: (fraction: number) => void;
}

export interface VideoTrack {
  path: string;
  width: number;
  height: number;
  durationSec: number;
  frames: number;
  bytes: number;
  /** Plain sentences about what was skipped (an unreadable image…). */
  notices: string[];
  /** ffmpeg's CPU time for the encode, when it reported it. */
  encoder?: FfmpegStats;
}

/**
 * Renders one variant in one format to a silent H.264 MP4: frames painted on the canvas, piped
 * raw to ffmpeg. The file appears under its final name only once complete.
 */
export async function renderVideoTrack(request: VideoTrackRequest): Promise<VideoTrack> {
  const variant = findVariant(request.storyboard, request.variantId);
  const { ffmpeg } = await locateFfmpeg(request.tools?.ffmpegPath === undefined ? {} : { path: request.tools.ffmpegPath });
  const { width, height } = frameSize(request.format, request.size);
  const fps = request.size === 'full' ? request.storyboard.fps : framesPerSecond(request.size);
  const frames = Math.max(1, Math.round(variant.durationSec * fps));
  const { images, notices } = await loadSourceImages(request.images, variant);
  const compositor = frameCompositor({
    storyboard: request.storyboard,
    variant,
    format: request.format,
    width,
    height,
    images,
    brandName: request.brandName ?? defaultBrandName,
  });

  const encoder = await writeAtomically(request.outFile, async (partial) => {
    const encode = startFrameEncoder({ ffmpeg, width, height, fps, crf: request.crf, outFile: partial, ...(request.signal ? { signal: request.signal } : {}) });
    const every = Math.max(1, Math.round(frames / 100));
    try {
      for (let frame = 0; frame < frames; frame++) {
        if (request.signal?.aborted) throw cancelled(request.signal);
        compositor.paintFrame(frame / fps);
        await encode.write(compositor.canvas.data());
        // canvas.data() buffers are native memory released by finalizers that only run between
        // event-loop turns: without this turn a long render holds every frame it ever painted.
        await setImmediate();
        if (frame % every === 0) request.onProgress?.(frame / frames);
      }
      const { stats } = await encode.finish();
      request.onProgress?.(1);
      return stats;
    } catch (error) {
      await encode.abandon();
      throw error;
    }
  });
  const { size: bytes } = await stat(request.outFile);
  return { path: request.outFile, width, height, durationSec: frames / fps, frames, bytes, notices, ...(encoder ? { encoder } : {}) };
}
