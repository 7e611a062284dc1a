import { join } from 'node:path';
import type { Scene } from '../../storyboard.ts';
import type { VoiceProvider } from '../providers/media-provider-types.ts';

/** One spoken line, placed at its scene's start, with the room it has before the scene ends. */
export interface VoiceLine {
  path: string;
  start: number;
  /** Seconds until the scene ends: the line is sped up or trimmed to fit. */
  room: number;
  /** Length as spoken. */
  natural: number;
}

export interface VoiceSettings {
  voice: string;
  wordsPerMinute: number;
}

/**
 * Speaks each scene's voice-over into its own WAV. A voice the engine does not know falls back to
 * its default English voice once, with a notice, rather than leaving the ad silent.
 */
export async function speakSceneLines(
  scenes: readonly Scene[],
  provider: VoiceProvider,
  settings: VoiceSettings,
  dir: string,
  signal?: AbortSignal,
): Promise<{ lines: VoiceLine[]; notices: string[] }> {
  const lines: VoiceLine[] = [];
  const notices: string[] = [];
  let voice = settings.voice;
  for (const [i, scene] of scenes.entries()) {
    const text = scene.voiceOver.trim();
    if (text === '') continue;
    const request = { text, voice, wordsPerMinute: settings.wordsPerMinute, outFile: join(dir, `voice-${i}.wav`), ...(signal ? { signal } : {}) };
    let spoken: { path: string; durationSec: number };
    try {
      spoken = await provider.synthesize(request);
    } catch (error) {
      if (voice === 'en-us' || signal?.aborted) throw error;
      notices.push(`Voice "${voice}" could not be used by ${provider.id}; the default English voice spoke instead.`);
      voice = 'en-us';
      spoken = await provider.synthesize({ ...request, voice });
    }
    lines.push({ path: spoken.path, start: scene.start, room: scene.duration, natural: spoken.durationSec });
  }
  return { lines, notices };
}
