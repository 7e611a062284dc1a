import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audioMixArgs } from '../../../src/studio/render/audio/audio-mix-args.ts';
import { espeakMissingNotice, locateFfmpeg, probeMedia, renderAudioTrack } from '../../../src/studio/render/index.ts';
import { everyLayoutStoryboard } from '../../fixtures/sample-storyboard.ts';
import { testDir } from '../../fixtures/temp-dir.ts';

const dir = testDir('audio');

async function expectAacOf(path: string, seconds: number) {
  const probed = await probeMedia(path);
  expect(probed.streams).toEqual([expect.objectContaining({ type: 'audio', codec: 'aac' })]);
  expect(Math.abs(probed.durationSec - seconds)).toBeLessThan(0.1);
}

describe('renderAudioTrack', () => {
  it('speaks every scene over the music bed, as AAC of the storyboard length', async () => {
    const track = await renderAudioTrack({ storyboard: everyLayoutStoryboard(), variantId: 'v1', outFile: join(dir, 'full.m4a') });
    expect(track).toMatchObject({ hasVoice: true, hasMusic: true, notices: [] });
    await expectAacOf(track!.path, 9);
  });

  it('returns null when both voice and music are off', async () => {
    const storyboard = everyLayoutStoryboard({ music: { enabled: false, bpm: 100, mood: 'calm' }, voice: { enabled: false, voice: 'en-us', wordsPerMinute: 165 } });
    expect(await renderAudioTrack({ storyboard, variantId: 'v1', outFile: join(dir, 'none.m4a') })).toBeNull();
  });

  it('goes caption-only with a notice when espeak-ng is not installed', async () => {
    const track = await renderAudioTrack({
      storyboard: everyLayoutStoryboard(),
      variantId: 'v1',
      outFile: join(dir, 'no-voice.m4a'),
      tools: { espeakPath: join(dir, 'not-installed', 'espeak-ng') },
    });
    expect(track).toMatchObject({ hasVoice: false, hasMusic: true, notices: [espeakMissingNotice] });
    await expectAacOf(track!.path, 9);
  });

  it('still delivers an audio stream when the voice is missing and music is off', async () => {
    const storyboard = everyLayoutStoryboard({ music: { enabled: false, bpm: 100, mood: 'calm' } });
    const track = await renderAudioTrack({ storyboard, variantId: 'v1', outFile: join(dir, 'silent.m4a'), tools: { espeakPath: join(dir, 'nope') } });
    expect(track).toMatchObject({ hasVoice: false, hasMusic: false, notices: [espeakMissingNotice] });
    await expectAacOf(track!.path, 9);
  });

  it('mixes with the plain equivalents, and says so, when ffmpeg lacks the filters', async () => {
    const system = await locateFfmpeg();
    const limited = { ...system, features: { ...system.features, sidechaincompress: false, loudnorm: false, amixNormalize: false } };
    const track = await renderAudioTrack({ storyboard: everyLayoutStoryboard(), variantId: 'v1', outFile: join(dir, 'limited.m4a'), ffmpeg: limited });
    expect(track!.notices).toEqual([expect.stringContaining('sidechaincompress'), expect.stringContaining('loudnorm')]);
    await expectAacOf(track!.path, 9);
  });

  it('works with the npm fallback ffmpeg build', async () => {
    const npm = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;
    const track = await renderAudioTrack({ storyboard: everyLayoutStoryboard(), variantId: 'v1', outFile: join(dir, 'npm.m4a'), tools: { ffmpegPath: npm } });
    expect(track).toMatchObject({ hasVoice: true, hasMusic: true });
    await expectAacOf(track!.path, 9);
  });
});

describe('audioMixArgs', () => {
  const features = { version: 'x', libx264: true, aac: true, xfade: true, sidechaincompress: true, loudnorm: true, atempo: true, amixNormalize: true };
  const graphOf = (args: string[]) => args[args.indexOf('-filter_complex') + 1] ?? '';

  it('places a line at its scene start and speeds a long one up to 1.4× before trimming it with a fade', () => {
    const { args } = audioMixArgs({
      durationSec: 6,
      features,
      outFile: 'out.m4a',
      voices: [
        { path: 'a.wav', start: 0, room: 2, natural: 2.4 },
        { path: 'b.wav', start: 2.5, room: 1, natural: 2 },
      ],
    });
    const graph = graphOf(args);
    expect(graph).toContain('atempo=1.200');
    expect(graph).toMatch(/\[1:a\][^;]*atempo=1\.400,atrim=end=1\.000,afade=t=out:st=0\.850:d=0\.15,adelay=2500\|2500/);
    expect(graph).toContain('loudnorm=I=-16');
  });

  it('ducks the music with a sidechain keyed by the voice', () => {
    const graph = graphOf(audioMixArgs({ durationSec: 3, features, outFile: 'o.m4a', music: 'm.wav', voices: [{ path: 'a.wav', start: 0, room: 3, natural: 1 }] }).args);
    expect(graph).toContain('[music][key]sidechaincompress');
    expect(graph).not.toContain('atempo');
  });
});
