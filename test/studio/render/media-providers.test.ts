import { describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../../src/contract/errors.ts';
import { mediaProviders, offlineProviders, type VoiceProvider } from '../../../src/studio/render/index.ts';

describe('mediaProviders', () => {
  it('picks the offline providers by default and by id', () => {
    const picked = mediaProviders();
    expect([picked.image.id, picked.video.id, picked.voice.id]).toEqual(['offline-canvas', 'offline-motion', 'espeak-ng']);
    expect(mediaProviders({ image: 'offline-canvas', video: 'offline-motion', voice: 'espeak-ng' }).voice.id).toBe('espeak-ng');
  });

  it('rejects an unknown id and lists what exists', () => {
    const error = (() => {
      try {
        mediaProviders({ voice: 'x' });
      } catch (e) {
        return e as CinematicAdsError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CinematicAdsError);
    expect(error?.code).toBe('invalid_request');
    expect(error?.message).toBe('unknown voice model "x"; available: espeak-ng');
  });

  it('resolves a provider a deployment adds to the catalog', () => {
    const hosted: VoiceProvider = {
      kind: 'voice',
      id: 'hosted-tts',
      unavailableReason: async () => 'no key configured',
      synthesize: async () => {
        throw new Error('not called');
      },
    };
    const catalog = offlineProviders();
    const picked = mediaProviders({ voice: 'hosted-tts' }, { ...catalog, voice: [...catalog.voice, hosted] });
    expect(picked.voice).toBe(hosted);
  });

  it('reports espeak-ng as unavailable at a path where it is not installed', async () => {
    const voice = offlineProviders({ espeakPath: '/nonexistent/espeak-ng' }).voice[0]!;
    expect(await voice.unavailableReason()).toContain('espeak-ng not found');
  });
});
