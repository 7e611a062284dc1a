import type { ResultOf } from '../contract/operations.ts';
import { locateFfmpeg, offlineProviders } from '../studio/render/index.ts';
import type { ServiceSettings } from './service-settings.ts';

type ModelsStatus = ResultOf<'get_models_status'>;
type Capability = ModelsStatus['capabilities']['text'];

/** What each built-in capability id is good at; the ids are what a launch's `models` field takes. */
const offlineLabels: Record<string, string> = {
  'offline-canvas': 'Layouts painted on this machine in the brand palette, with the page\'s own images',
  'offline-motion': 'Camera moves, text reveals and crossfades rendered on this machine (H.264)',
  'espeak-ng': 'Synthetic voice-over rendered on this machine',
  'offline-copywriter': 'Scripts written on this machine, one per marketing framework, from the brief, brand and page facts',
};

/**
 * GET /api/models/status, from the provider catalog the studio really uses and from what this
 * machine can run now (ffmpeg for video, espeak-ng for voice). Providers are never named: a
 * configured text model shows as mode "provider" with a neutral id.
 */
export async function modelsStatus(settings: ServiceSettings): Promise<ModelsStatus> {
  const catalog = offlineProviders(settings.tools);
  const ffmpeg = await locateFfmpeg(settings.tools.ffmpegPath ? { path: settings.tools.ffmpegPath } : {}).then(
    () => true,
    () => false,
  );
  const voiceReady = (await Promise.all(catalog.voice.map((voice) => voice.unavailableReason()))).some((reason) => reason === undefined);
  const listed = (ids: string[], available: boolean): Capability => ({
    available,
    mode: ids.every((id) => id in offlineLabels) ? 'offline' : 'provider',
    models: ids.map((id, index) => ({ id, label: offlineLabels[id] ?? 'A configured model', default: index === 0 })),
  });
  const text: Capability = settings.textModel
    ? {
        available: true,
        mode: 'provider',
        models: [
          { id: 'configured-text-model', label: 'The configured text model writes the scripts', default: true },
          { id: 'offline-copywriter', label: `${offlineLabels['offline-copywriter']}; steps in when the model fails`, default: false },
        ],
      }
    : listed(['offline-copywriter'], true);
  return {
    capabilities: {
      text,
      image: listed(catalog.image.map((provider) => provider.id), true),
      video: listed(catalog.video.map((provider) => provider.id), ffmpeg),
      voice: listed(catalog.voice.map((provider) => provider.id), voiceReady),
    },
  };
}
