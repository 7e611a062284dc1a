import { espeakVoice } from '../audio/espeak-voice.ts';
import type { RenderTools } from '../render-request.ts';
import { renderStill } from '../stills/render-still.ts';
import { renderVideoTrack } from '../video/render-video-track.ts';
import type { ImageProvider, VideoProvider, VoiceProvider } from './media-provider-types.ts';

/** Every provider the registry can choose from, by kind. */
export interface MediaProviderCatalog {
  image: ImageProvider[];
  video: VideoProvider[];
  voice: VoiceProvider[];
}

/** Draws scenes on the canvas (no model): layouts, brand palette, the brief's own images. */
export const offlineCanvasImages: ImageProvider = { kind: 'image', id: 'offline-canvas', renderImage: renderStill };

/** Animates the canvas scenes (camera moves, text reveals, crossfades) and encodes them with ffmpeg. */
export const offlineMotionVideo: VideoProvider = { kind: 'video', id: 'offline-motion', renderVideo: renderVideoTrack };

/** The built-in providers, which render on this machine with no key and no network. */
export function offlineProviders(tools: RenderTools = {}): MediaProviderCatalog {
  return {
    image: [offlineCanvasImages],
    video: [offlineMotionVideo],
    voice: [espeakVoice(tools.espeakPath ? { binary: tools.espeakPath } : {})],
  };
}
