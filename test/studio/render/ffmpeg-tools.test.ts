import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../../src/contract/errors.ts';
import { locateFfmpeg, ffmpegMissingMessage } from '../../../src/studio/render/index.ts';
import { runFfmpeg } from '../../../src/studio/render/ffmpeg/ffmpeg-process.ts';
import { stderrTail } from '../../../src/studio/render/ffmpeg/stderr-tail.ts';
import { processesMentioning } from './fixtures/ffmpeg-processes.ts';
import { testDir } from '../../fixtures/temp-dir.ts';

const dir = testDir('ffmpeg');

describe('locateFfmpeg', () => {
  it('prefers the system ffmpeg and reads its features', async () => {
    const found = await locateFfmpeg();
    expect(found.origin).toBe('system');
    expect(found.ffprobe).toBeDefined();
    expect(found.features).toMatchObject({ libx264: true, aac: true, sidechaincompress: true, loudnorm: true });
    expect(await locateFfmpeg()).toBe(found);
  });

  it('uses a configured binary, such as the npm fallback build', async () => {
    const npm = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;
    const found = await locateFfmpeg({ path: npm });
    expect(found.origin).toBe('configured');
    expect(found.features.libx264).toBe(true);
    expect(found.features.xfade).toBe(false);
  });

  it('says how to install ffmpeg when the configured one does not run', async () => {
    const error = await locateFfmpeg({ path: join(dir, 'no-such-ffmpeg') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CinematicAdsError);
    expect((error as CinematicAdsError).code).toBe('dependency_missing');
    expect((error as CinematicAdsError).message).toContain(ffmpegMissingMessage);
  });
});

describe('runFfmpeg', () => {
  it('fails with render_failed carrying the end of stderr', async () => {
    const { ffmpeg } = await locateFfmpeg();
    const missing = join(dir, 'missing-input.mp4');
    const error = (await runFfmpeg(ffmpeg, ['-hide_banner', '-i', missing, '-f', 'null', '-'], { task: 'testing' }).catch((e: unknown) => e)) as CinematicAdsError;
    expect(error.code).toBe('render_failed');
    expect(error.message).toContain('while testing');
    expect(error.message).toContain('No such file or directory');
    expect(error.details?.stderr).toEqual(expect.arrayContaining([expect.stringContaining(missing)]));
  });

  it('kills the process when the signal aborts', async () => {
    const { ffmpeg } = await locateFfmpeg();
    const marker = join(dir, 'endless.wav');
    const controller = new AbortController();
    // -re reads the synthetic source in real time: this would run for a minute.
    const running = runFfmpeg(ffmpeg, ['-re', '-f', 'lavfi', '-i', 'sine=d=60', '-y', marker], { task: 'testing', signal: controller.signal });
    // Wait (polling) until the process is really running, however slow the machine.
    while (processesMentioning(marker).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(processesMentioning(marker)).toHaveLength(1);
    controller.abort();
    const error = (await running.catch((e: unknown) => e)) as CinematicAdsError;
    expect(error.code).toBe('conflict');
    expect(processesMentioning(marker)).toHaveLength(0);
  });
});

describe('stderrTail', () => {
  it('keeps only the last lines, each bounded', () => {
    const tail = stderrTail(3, 10);
    for (let i = 0; i < 1000; i++) tail.push(`line ${i}\n`);
    tail.push('x'.repeat(50));
    expect(tail.lines()).toEqual(['line 998', 'line 999', 'x'.repeat(10)]);
  });

  it('treats carriage returns (progress lines) as line ends', () => {
    const tail = stderrTail(5);
    tail.push('frame=1\rframe=2\rerror: boom\n');
    expect(tail.lines()).toEqual(['frame=1', 'frame=2', 'error: boom']);
  });
});
