import { formatSizes, type Format } from '../contract/workflow-catalog.ts';

/**
 * `full` renders the formats' real sizes; `small` renders tiny frames (1/8 scale, fewer frames per
 * second) so tests and CI exercise the whole pipeline — canvas, ffmpeg, audio — in seconds.
 */
export type RenderSize = 'full' | 'small';

const scaleOf: Record<RenderSize, number> = { full: 1, small: 1 / 8 };
const fpsOf: Record<RenderSize, number> = { full: 30, small: 12 };

/** Pixel size of a format at a render size, rounded to even numbers as H.264 4:2:0 requires. */
export function frameSize(format: Format, size: RenderSize): { width: number; height: number } {
  const { width, height } = formatSizes[format];
  const even = (n: number) => Math.max(2, Math.round((n * scaleOf[size]) / 2) * 2);
  return { width: even(width), height: even(height) };
}

export function framesPerSecond(size: RenderSize): number {
  return fpsOf[size];
}
