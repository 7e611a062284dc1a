import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFfmpeg } from '../ffmpeg/ffmpeg-process.ts';
import { locateFfmpeg, type FfmpegInstallation } from '../ffmpeg/locate-ffmpeg.ts';
import { findVariant } from '../frames/find-variant.ts';
import { writeAtomically } from '../output/partial-file.ts';
import type { VoiceProvider } from '../providers/media-provider-types.ts';
import type { RenderTools } from '../render-request.ts';
import type { Storyboard } from '../../storyboard.ts';
import { audioMixArgs } from './audio-mix-args.ts';
import { espeakVoice } from './espeak-voice.ts';
import { synthesizeMusicBed } from './music-bed.ts';
import { speakSceneLines, type VoiceLine } from './voice-lines.ts';
import { encodeWav } from './wav-file.ts';

export interface AudioTrackRequest {
  storyboard: Storyboard;
  variantId: string;
  /** An .m4a (AAC) file. */
  outFile: string;
  signal?: AbortSignal;
  tools?: RenderTools;
  /** The voice to speak with; espeak-ng (at `tools.espeakPath`) by default. */
  voice?: VoiceProvider;
  /** A specific ffmpeg (with its features) instead of the one found on the machine. */
  ffmpeg?: FfmpegInstallation;
}

export interface AudioTrack {
  path: string;
  durationSec: number;
  hasVoice: boolean;
  hasMusic: boolean;
  /** What was degraded or skipped (no voice engine, a filter missing…), as sentences. */
  notices: string[];
}

/**
 * The soundtrack of one variant: voice-over lines at their scenes' starts over a generated music
 * bed, ducked and loudness-normalised, as AAC. Null when the storyboard turns both voice and music
 * off. Without a voice engine the track still renders (music, or silence) with a notice, so the
 * ad ships caption-only instead of failing.
 */
export async function renderAudioTrack(request: AudioTrackRequest): Promise<AudioTrack | null> {
  const { storyboard, signal } = request;
  if (!storyboard.music.enabled && !storyboard.voice.enabled) return null;
  const variant = findVariant(storyboard, request.variantId);
  const installation = request.ffmpeg ?? (await locateFfmpeg(request.tools?.ffmpegPath === undefined ? {} : { path: request.tools.ffmpegPath }));
  const workDir = await mkdtemp(join(tmpdir(), 'cinematicads-audio-'));
  const notices: string[] = [];
  try {
    let voices: VoiceLine[] = [];
    if (storyboard.voice.enabled) {
      const provider = request.voice ?? espeakVoice(request.tools?.espeakPath ? { binary: request.tools.espeakPath } : {});
      const reason = await provider.unavailableReason();
      if (reason) notices.push(reason);
      else {
        const spoken = await speakSceneLines(variant.scenes, provider, storyboard.voice, workDir, signal);
        voices = spoken.lines;
        notices.push(...spoken.notices);
      }
    }
    let music: string | undefined;
    if (storyboard.music.enabled) {
      music = join(workDir, 'music.wav');
      const { bpm, mood } = storyboard.music;
      await writeFile(music, encodeWav(synthesizeMusicBed({ durationSec: variant.durationSec, bpm, mood, seed: variant.variantId }), 48000));
    }
    await writeAtomically(request.outFile, async (partial) => {
      const mix = audioMixArgs({ durationSec: variant.durationSec, ...(music ? { music } : {}), voices, features: installation.features, outFile: partial });
      notices.push(...mix.notices);
      await runFfmpeg(installation.ffmpeg, mix.args, { task: 'mixing the soundtrack', ...(signal ? { signal } : {}) });
    });
    return { path: request.outFile, durationSec: variant.durationSec, hasVoice: voices.length > 0, hasMusic: music !== undefined, notices };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
