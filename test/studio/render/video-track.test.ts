import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workflowCatalog, type Format } from '../../../src/contract/workflow-catalog.ts';
import { frameSize } from '../../../src/studio/render-size.ts';
import { locateFfmpeg, muxVideoAndAudio, probeMedia, renderAudioTrack, renderVideoTrack } from '../../../src/studio/render/index.ts';
import { colorShare, lumaVariance } from '../../fixtures/pixels.ts';
import { everyLayoutStoryboard } from '../../fixtures/sample-storyboard.ts';
import { testDir } from '../../fixtures/temp-dir.ts';

const dir = testDir('video');
const storyboard = everyLayoutStoryboard();
const crf = workflowCatalog.cinematic.tiers.standard.crf;
// One soundtrack serves every format, as in a real multi-format job.
const soundtrack = renderAudioTrack({ storyboard, variantId: 'v1', outFile: join(dir, 'sound.m4a') });

/** Decodes the frame at `seconds` to raw RGBA with ffmpeg. */
async function frameAt(file: string, seconds: number, width: number, height: number) {
  const { ffmpeg } = await locateFfmpeg();
  const data = execFileSync(ffmpeg, ['-v', 'error', '-ss', String(seconds), '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgba', '-']);
  return { width, height, data };
}

describe.each(['9:16', '1:1', '16:9'] as Format[])('a %s ad with every layout', (format) => {
  const slug = format.replace(':', 'x');
  const { width, height } = frameSize(format, 'small');

  it('renders H.264 at the format size and the storyboard length, then muxes the soundtrack', async () => {
    const progress: number[] = [];
    const video = await renderVideoTrack({
      storyboard,
      variantId: 'v1',
      format,
      size: 'small',
      crf,
      images: [],
      brandName: 'Solstice',
      outFile: join(dir, `track-${slug}.mp4`),
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(video).toMatchObject({ width, height, frames: 9 * 12 });
    expect(progress.at(-1)).toBe(1);

    const silent = await probeMedia(video.path);
    expect(silent.streams).toEqual([expect.objectContaining({ type: 'video', codec: 'h264', width, height })]);
    expect(Math.abs(silent.durationSec - 9)).toBeLessThan(0.1);

    const audio = await soundtrack;
    const final = await muxVideoAndAudio({ video: video.path, ...(audio ? { audio: audio.path } : {}), outFile: join(dir, `ad-${slug}.mp4`) });
    const probed = await probeMedia(final.path);
    expect(probed.streams.map((stream) => `${stream.type}:${stream.codec}`)).toEqual(['video:h264', 'audio:aac']);
    expect(Math.abs(probed.durationSec - 9)).toBeLessThan(0.1);

    // Frames decoded back from the H.264 stream: the product scene shows both brand colors
    // (bottle in the primary, badge in the accent); the hook is not a blank frame.
    const product = await frameAt(final.path, 3.9, width, height);
    expect(colorShare(product, storyboard.palette.primary, 40)).toBeGreaterThan(0.01);
    expect(colorShare(product, storyboard.palette.accent, 40)).toBeGreaterThan(0.01);
    const hook = await frameAt(final.path, 0.9, width, height);
    expect(lumaVariance(hook, { x: 0, y: 0, width, height })).toBeGreaterThan(50);
  });
});

describe('the npm fallback ffmpeg build', () => {
  it('encodes the same frames (an older build without xfade or ffprobe)', async () => {
    const npm = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;
    const video = await renderVideoTrack({ storyboard, variantId: 'v1', format: '1:1', size: 'small', crf, images: [], outFile: join(dir, 'npm.mp4'), tools: { ffmpegPath: npm } });
    const probed = await probeMedia(video.path);
    expect(probed.streams).toEqual([expect.objectContaining({ type: 'video', codec: 'h264', ...frameSize('1:1', 'small') })]);
    expect(Math.abs(probed.durationSec - 9)).toBeLessThan(0.1);
  });
});

