import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CinematicAdsError } from '../../../src/contract/errors.ts';
import { locateFfmpeg, probeMedia, renderStill, renderVideoTrack } from '../../../src/studio/render/index.ts';
import type { VideoTrackRequest } from '../../../src/studio/render/index.ts';
import { processesMentioning } from './fixtures/ffmpeg-processes.ts';
import { everyLayoutStoryboard } from '../../fixtures/sample-storyboard.ts';
import { testDir } from '../../fixtures/temp-dir.ts';

const dir = testDir('failures');

function request(outDir: string, overrides: Partial<VideoTrackRequest> = {}): VideoTrackRequest {
  return { storyboard: everyLayoutStoryboard(), variantId: 'v1', format: '9:16', size: 'small', crf: 23, images: [], outFile: join(outDir, 'ad.mp4'), ...overrides };
}

/** An output folder of its own per test, so its listing shows exactly what the render left. */
function folder(name: string): string {
  return join(dir, name);
}

describe('render failures and partial files', () => {
  it('paints scenes without an unreadable image and says which one', async () => {
    const corrupt = join(dir, 'corrupt.png');
    writeFileSync(corrupt, Buffer.from('\x89PNG\r\n\x1a\n this is not really a png'));
    const storyboard = everyLayoutStoryboard();
    storyboard.variants[0]!.scenes[0]!.imageIndex = 0;
    const still = await renderStill({ storyboard, variantId: 'v1', format: '1:1', size: 'small', images: [corrupt], outFile: join(dir, 'corrupt-still.png') });
    expect(still.notices).toEqual([expect.stringContaining(corrupt)]);
    const video = await renderVideoTrack({ ...request(folder('corrupt')), storyboard, images: [corrupt] });
    expect(video.notices).toEqual([expect.stringContaining(corrupt)]);
    expect((await probeMedia(video.path)).streams[0]?.codec).toBe('h264');
  });

  it('uses a readable source image', async () => {
    const storyboard = everyLayoutStoryboard();
    storyboard.variants[0]!.scenes[0]!.imageIndex = 0;
    const source = join(dir, 'source.png');
    await renderStill({ storyboard: everyLayoutStoryboard(), variantId: 'v1', format: '1:1', size: 'small', images: [], outFile: source });
    const still = await renderStill({ storyboard, variantId: 'v1', format: '9:16', size: 'small', images: [source], outFile: join(dir, 'with-image.png') });
    expect(still.notices).toEqual([]);
  });

  it('surfaces the end of ffmpeg stderr and leaves no file behind when the encode fails', async () => {
    // A stand-in ffmpeg: answers the feature probes with the real one, fails any encode after 200 lines of noise.
    const failing = join(dir, 'failing-ffmpeg');
    writeFileSync(
      failing,
      `#!/bin/sh\ncase "$*" in *rawvideo*) i=0; while [ $i -lt 200 ]; do echo "noise line $i" >&2; i=$((i+1)); done\necho "Simulated encoder failure: out of cheese" >&2; exit 3;; esac\nexec ${(await locateFfmpeg()).ffmpeg} "$@"\n`,
      { mode: 0o755 },
    );
    const out = folder('failing');
    const error = (await renderVideoTrack(request(out, { tools: { ffmpegPath: failing } })).catch((e: unknown) => e)) as CinematicAdsError;
    expect(error.code).toBe('render_failed');
    expect(error.message).toContain('exited with code 3');
    expect(error.message).toContain('out of cheese');
    expect(error.message).toContain('noise line 199');
    expect(error.message).not.toContain('noise line 0\n');
    expect((error.details?.stderr as string[]).length).toBeLessThanOrEqual(30);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('never shows the final name before the encode completes', async () => {
    const out = folder('atomic');
    const seen: Array<{ final: boolean; partial: boolean }> = [];
    const video = await renderVideoTrack(
      request(out, {
        onProgress: (fraction) => {
          if (fraction > 0 && fraction < 1) seen.push({ final: existsSync(join(out, 'ad.mp4')), partial: readdirSync(out).some((name) => name.includes('.partial-')) });
        },
      }),
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((state) => state.final)).toBe(false);
    expect(seen.some((state) => state.partial)).toBe(true);
    expect(readdirSync(out)).toEqual(['ad.mp4']);
    expect(video.bytes).toBeGreaterThan(0);
  });

  it('kills ffmpeg and removes the partial file when aborted', async () => {
    const out = folder('aborted');
    const controller = new AbortController();
    let running: number[] = [];
    const error = (await renderVideoTrack(
      request(out, {
        signal: controller.signal,
        onProgress: (fraction) => {
          if (fraction > 0.2 && !controller.signal.aborted) {
            running = processesMentioning(out);
            controller.abort();
          }
        },
      }),
    ).catch((e: unknown) => e)) as CinematicAdsError;
    expect(error.code).toBe('conflict');
    expect(running).toHaveLength(1);
    expect(processesMentioning(out)).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('names the variants when asked for one that does not exist', async () => {
    const error = (await renderVideoTrack(request(folder('unknown'), { variantId: 'v9' })).catch((e: unknown) => e)) as CinematicAdsError;
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain('v1');
  });
});
