import { CinematicAdsError } from '../../../contract/errors.ts';
import type { ImageProvider, VideoProvider, VoiceProvider } from './media-provider-types.ts';
import { offlineProviders, type MediaProviderCatalog } from './offline-providers.ts';

/** The capability ids a brief asks for (`models` in the launch request); unset means the first in the catalog. */
export interface MediaSelection {
  image?: string;
  video?: string;
  voice?: string;
}

export interface SelectedProviders {
  image: ImageProvider;
  video: VideoProvider;
  voice: VoiceProvider;
}

/**
 * Resolves a brief's model choices against a catalog (the offline providers by default; a
 * deployment with model keys passes a catalog that also lists its AI providers). An unknown id is
 * the caller's mistake and says which ids exist.
 */
export function mediaProviders(selection: MediaSelection = {}, catalog: MediaProviderCatalog = offlineProviders()): SelectedProviders {
  return {
    image: pick('image', selection.image, catalog.image),
    video: pick('video', selection.video, catalog.video),
    voice: pick('voice', selection.voice, catalog.voice),
  };
}

function pick<T extends { id: string }>(kind: keyof MediaSelection, id: string | undefined, available: readonly T[]): T {
  const found = id === undefined ? available[0] : available.find((provider) => provider.id === id);
  if (found) return found;
  const ids = available.map((provider) => provider.id).join(', ') || 'none';
  const message = id === undefined ? `no ${kind} provider is configured` : `unknown ${kind} model "${id}"; available: ${ids}`;
  throw new CinematicAdsError('invalid_request', message, { details: { field: `models.${kind}` } });
}
