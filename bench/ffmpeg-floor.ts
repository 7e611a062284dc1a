import { join } from 'node:path';
import type { Format } from '../src/contract/workflow-catalog.ts';
import { findVariant } from '../src/studio/render/frames/find-variant.ts';
import { frameCompositor } from '../src/studio/render/frames/frame-compositor.ts';
import { locateFfmpeg } from '../src/studio/render/index.ts';
import { startFrameEncoder } from '../src/studio/render/video/frame-encoder.ts';
import { frameSize } from '../src/studio/render-size.ts';
import type { Storyboard } from '../src/studio/storyboard.ts';

/**
 * The floor the studio is compared with: ffmpeg encoding the same number of frames with the same
 * settings through the same pipe, with no painting at all. The frames are real studio frames (one
 * second of the opening camera move, played forward and back) so x264 faces the same kind of
 * picture; a flat color would make the encoder's job, and so the floor, unrealistically cheap.
 */
export async function prepareFloorFrames(storyboard: Storyboard, format: Format, count = 30): Promise<Buffer[]> {
  const { width, height } = frameSize(format, 'full');
  const variant = findVariant(storyboard, storyboard.variants[0]?.variantId ?? 'v1');
  const compositor = frameCompositor({ storyboard, variant, format, width, height, images: [], brandName: 'Solstice' });
  const frames: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    compositor.paintFrame(0.5 + i / storyboard.fps);
    frames.push(compositor.canvas.data());
  }
  return frames;
}

export async function encodeFloor(frames: readonly Buffer[], total: number, format: Format, fps: number, crf: number, dir: string): Promise<void> {
  const { ffmpeg } = await locateFfmpeg();
  const { width, height } = frameSize(format, 'full');
  const encoder = startFrameEncoder({ ffmpeg, width, height, fps, crf, outFile: join(dir, 'floor.mp4') });
  const cycle = [...frames, ...[...frames].reverse()];
  for (let i = 0; i < total; i++) await encoder.write(cycle[i % cycle.length] as Buffer);
  await encoder.finish();
}
