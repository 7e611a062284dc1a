import type { VideoTrack, VideoTrackRequest } from '../video/render-video-track.ts';
import type { StillRequest, StillResult } from '../stills/render-still.ts';

/**
 * Media providers make the studio's raw material. The offline ones ship here and really render;
 * a hosted model plugs in by implementing the same interface and being added to the catalog.
 */
export interface ImageProvider {
  kind: 'image';
  /** Capability id, as a brief's `models.image` names it. */
  id: string;
  /** Renders one scene of a variant as a still image file. */
  renderImage(request: StillRequest): Promise<StillResult>;
}

export interface VideoProvider {
  kind: 'video';
  id: string;
  /** Renders a variant in one format as a silent video track. */
  renderVideo(request: VideoTrackRequest): Promise<VideoTrack>;
}

export interface SpeechRequest {
  text: string;
  voice: string;
  wordsPerMinute: number;
  /** WAV file to write. */
  outFile: string;
  signal?: AbortSignal;
}

export interface VoiceProvider {
  kind: 'voice';
  id: string;
  /** Why this provider cannot speak on this machine (a sentence for the notices), or undefined when it can. */
  unavailableReason(): Promise<string | undefined>;
  /** Speaks one line into a WAV file and returns its length. */
  synthesize(request: SpeechRequest): Promise<{ path: string; durationSec: number }>;
}
